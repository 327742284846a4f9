/*
 * Copyright 2026 the camel-seedance authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelseedance;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelseedance.client.Provider;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The clients that download result files and fetch remote media before their upload go where the API client goes:
 * through the configured proxy, with its credentials sent at once (a 407 to a streamed exchange cannot be answered
 * by sending it again), and with the user's HttpClientConfigurer unless {@code configureDownloads=false}.
 */
class SeedanceFetchClientsTest extends SeedanceWireMockTestSupport {

    private static final String BASIC_SCOTT = "Basic c2NvdHQ6dDFnZXIh";
    private static final byte[] VIDEO = "\0\0\0\u0018ftypmp42 a small video".getBytes();

    /** A second origin, on TLS, for result URLs reached through a CONNECT tunnel. */
    @RegisterExtension
    static WireMockExtension tls = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1"))
            .build();

    private static AuthenticatingProxy proxy;
    private final java.util.concurrent.atomic.AtomicInteger downloads = new java.util.concurrent.atomic.AtomicInteger();

    /** Marks every request of the clients it configures. */
    private final HttpClientConfigurer marking = builder -> builder.addRequestInterceptorFirst(
            (request, entity, context) -> request.addHeader("X-Configured-By", "user"));

    /** A user's configurer whose interceptor throws an Error on every request of the paths it is given. */
    private static HttpClientConfigurer throwingOn(String pathPrefix) {
        return builder -> builder.addRequestInterceptorFirst((request, entity, context) -> {
            if (request.getPath().startsWith(pathPrefix)) {
                throw new LinkageError("a class of the user's configurer could not be linked");
            }
        });
    }

    @BeforeAll
    static void startProxy() throws Exception {
        proxy = new AuthenticatingProxy("scott", "t1ger!");
    }

    @AfterAll
    static void stopProxy() throws Exception {
        proxy.close();
    }

    @BeforeEach
    void clearProxy() {
        proxy.clear();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("marking", marking);
        context.getRegistry().bind("throwingOnFiles", throwingOn("/files/"));
        context.getRegistry().bind("throwingOnTasks", throwingOn(Provider.POWERTOKENS.tasksPath() + "/"));
        SSLContextParameters trustTheTestServer = new SSLContextParameters();
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setTrustManager(new TrustingManager());
        trustTheTestServer.setTrustManagers(trust);
        context.getRegistry().bind("testTls", trustTheTestServer);
        return context;
    }

    private static String proxied() {
        return "proxyHost=127.0.0.1&proxyPort=" + proxy.port() + "&proxyUsername=scott&proxyPassword=RAW(t1ger!)";
    }

    private static String local(String path) {
        return wm.baseUrl() + path;
    }

    /** Downloads through a route of its own that reads the stream before the exchange completes (and closes it). */
    private byte[] download(String uri, String url) throws Exception {
        String route = "direct:download-" + downloads.incrementAndGet();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(route).to(uri).convertBodyTo(byte[].class);
            }
        });
        Exchange done = template.request(route, e -> e.getMessage().setHeader(SeedanceConstants.VIDEO_URL, url));
        assertNull(done.getException(), () -> done.getException() + " (the proxy saw " + proxy.seen() + ")");
        return done.getMessage().getBody(byte[].class);
    }

    private static void serveVideo(WireMockExtension server, String path) {
        server.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", "video/mp4").withBody(VIDEO)));
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void aResultDownloadGoesThroughTheProxyWithItsCredentials(boolean configureDownloads) throws Exception {
        serveVideo(wm, "/files/v.mp4");

        byte[] video = download("seedance:download?allowHttpDownloads=true&allowPrivateDownloadHosts=true&"
                                + proxied() + (configureDownloads ? "" : "&configureDownloads=false"),
                local("/files/v.mp4"));

        assertArrayEquals(VIDEO, video);
        List<AuthenticatingProxy.Seen> seen = proxy.seen("/files/v.mp4");
        assertEquals(1, seen.size(), () -> String.valueOf(proxy.seen()));
        assertEquals(BASIC_SCOTT, seen.get(0).header("Proxy-Authorization"));
        assertEquals(0, proxy.refused(), "the credentials are sent with the first request: " + proxy.seen());
        wm.verify(getRequestedFor(urlEqualTo("/files/v.mp4")));
    }

    @Test
    void anHttpsResultDownloadIsTunnelledThroughTheProxyWithItsCredentials() throws Exception {
        serveVideo(tls, "/files/t.mp4");
        String url = "https://localhost:" + tls.getRuntimeInfo().getHttpsPort() + "/files/t.mp4";

        byte[] video = download("seedance:download?allowPrivateDownloadHosts=true&sslContextParameters=#testTls&"
                                + proxied(), url);

        assertArrayEquals(VIDEO, video);
        List<AuthenticatingProxy.Seen> seen = proxy.seen("localhost:" + tls.getRuntimeInfo().getHttpsPort());
        assertEquals(1, seen.size(), () -> String.valueOf(proxy.seen()));
        assertEquals("CONNECT", seen.get(0).method());
        assertEquals(BASIC_SCOTT, seen.get(0).header("Proxy-Authorization"));
        assertEquals(0, proxy.refused(), () -> String.valueOf(proxy.seen()));
        tls.verify(getRequestedFor(urlEqualTo("/files/t.mp4")).withoutHeader("Proxy-Authorization"));
    }

    @Test
    void aRemoteMediumIsFetchedThroughTheProxyWithItsCredentialsAndUploaded() {
        stubAssetLibrary("up-1", "asset-1", "cgt-1");
        wm.stubFor(get("/media/cat.png").willReturn(aResponse().withHeader("Content-Type", "image/png")
                .withBody(TestImages.png(640, 360))));

        Exchange out = template.request("seedance:create?provider=powertokens&allowHttpDownloads=true"
                                        + "&allowPrivateMediaHosts=true&" + proxied(),
                e -> {
                    e.getMessage().setBody("A cat");
                    e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, local("/media/cat.png"));
                });

        assertEquals("cgt-1", out.getMessage().getBody(), () -> String.valueOf(out.getException()));
        List<AuthenticatingProxy.Seen> fetched = proxy.seen("/media/cat.png");
        assertEquals(1, fetched.size(), () -> String.valueOf(proxy.seen()));
        assertEquals(BASIC_SCOTT, fetched.get(0).header("Proxy-Authorization"));
        List<AuthenticatingProxy.Seen> uploaded = proxy.seen("/v1/asset/upload");
        assertEquals(1, uploaded.size(), () -> String.valueOf(proxy.seen()));
        assertEquals(BASIC_SCOTT, uploaded.get(0).header("Proxy-Authorization"));
        assertEquals(0, proxy.refused(), () -> String.valueOf(proxy.seen()));
        wm.verify(getRequestedFor(urlEqualTo("/media/cat.png")).withoutHeader("Authorization"));
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void theUsersConfigurerAppliesToDownloadsUnlessConfigureDownloadsIsFalse(boolean configureDownloads)
            throws Exception {
        serveVideo(wm, "/files/a.mp4");

        download("seedance:download?allowHttpDownloads=true&allowPrivateDownloadHosts=true&httpClientConfigurer=#marking"
                 + (configureDownloads ? "" : "&configureDownloads=false"), local("/files/a.mp4"));

        wm.verify(getRequestedFor(urlEqualTo("/files/a.mp4"))
                .withHeader("X-Configured-By", configureDownloads ? equalTo("user") : absent()));
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void theUsersConfigurerAppliesToMediaFetchesUnlessConfigureDownloadsIsFalse(boolean configureDownloads) {
        stubAssetLibrary("up-2", "asset-2", "cgt-2");
        wm.stubFor(get("/media/dog.png").willReturn(aResponse().withHeader("Content-Type", "image/png")
                .withBody(TestImages.png(640, 360))));

        Exchange out = template.request("seedance:create?provider=powertokens&allowHttpDownloads=true"
                                        + "&allowPrivateMediaHosts=true&httpClientConfigurer=#marking"
                                        + (configureDownloads ? "" : "&configureDownloads=false"),
                e -> {
                    e.getMessage().setBody("A dog");
                    e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, local("/media/dog.png"));
                });

        assertEquals("cgt-2", out.getMessage().getBody(), () -> String.valueOf(out.getException()));
        wm.verify(getRequestedFor(urlEqualTo("/media/dog.png"))
                .withHeader("X-Configured-By", configureDownloads ? equalTo("user") : absent()));
        // the API calls are configured either way
        wm.verify(postRequestedFor(urlEqualTo("/v1/asset/upload")).withHeader("X-Configured-By", equalTo("user")));
        wm.verify(postRequestedFor(urlEqualTo(TASKS)).withHeader("X-Configured-By", equalTo("user")));
    }

    /** Defect 4: an Error out of a user's customizer, in a download or an API call, fails the exchange with it. */
    @Test
    @Timeout(60) // before the fix the exchange never ended
    void anErrorFromTheUsersCustomizerFailsTheExchangeWithIt() {
        serveVideo(wm, "/files/error.mp4");
        Exchange download = template.request("seedance:download?allowHttpDownloads=true&allowPrivateDownloadHosts=true"
                                             + "&httpClientConfigurer=#throwingOnFiles",
                e -> e.getMessage().setHeader(SeedanceConstants.VIDEO_URL, local("/files/error.mp4")));
        assertNotNull(download.getException(), "the download failed instead of hanging or going on without a body");
        assertInstanceOf(LinkageError.class, download.getException().getCause(), String.valueOf(download.getException()));

        Exchange get = template.request("seedance:get?provider=powertokens&httpClientConfigurer=#throwingOnTasks",
                e -> e.getMessage().setBody("cgt-20250101000000-error"));
        assertNotNull(get.getException());
        assertInstanceOf(LinkageError.class, get.getException().getCause(), String.valueOf(get.getException()));
    }

    private static void stubAssetLibrary(String uploadTask, String asset, String task) {
        wm.stubFor(post("/v1/asset/upload").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"" + uploadTask
                                                              + "\"}}")));
        wm.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id"))
                .willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"" + asset + "\"}}")));
        wm.stubFor(post(Provider.POWERTOKENS.tasksPath()).willReturn(okJson("{\"id\":\"" + task + "\"}")));
    }
}
