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

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelseedance.client.Provider;
import io.github.camelseedance.client.TransportException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** TLS comes from Camel's SSLContextParameters, and requests go through the configured proxy. */
class SeedanceHttpSettingsTest extends CamelTestSupport {

    private static final String TASKS = "/api/v3/contents/generations/tasks";

    @RegisterExtension
    static WireMockExtension tls = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1"))
            .build();

    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SSLContextParameters trustTheTestServer = new SSLContextParameters();
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setTrustManager(new TrustingManager());
        trustTheTestServer.setTrustManagers(trust);
        context.getRegistry().bind("testTls", trustTheTestServer);
        SeedanceComponent component = new SeedanceComponent();
        component.getConfiguration().setApiKey("sk-test");
        component.getConfiguration().setProvider(io.github.camelseedance.client.Provider.CUSTOM);
        component.getConfiguration().setMaxRetries(0);
        context.addComponent("seedance", component);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String https = "https://localhost:" + tls.getRuntimeInfo().getHttpsPort();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:trusted").to("seedance:get?baseUrl=" + https + "&sslContextParameters=#testTls");
                from("direct:untrusted").to("seedance:get?baseUrl=" + https);
                from("direct:powertokens").to("seedance:create?provider=powertokens&model=dreamina-seedance-2-0-260128"
                                              + "&baseUrl=" + https + "&sslContextParameters=#testTls"
                                              + "&allowPrivateMediaHosts=true&assetPollInterval=5");
                from("direct:tls-create").to("seedance:create?model=dreamina-seedance-2-0-260128&baseUrl=" + https
                                             + "&sslContextParameters=#testTls");
                from("direct:tls-to-plain").to("seedance:create?model=dreamina-seedance-2-0-260128&baseUrl=https://localhost:"
                                               + proxy.getPort() + "&sslContextParameters=#testTls");
                from("direct:proxied")
                        .to("seedance:get?baseUrl=http://seedance.test&allowInsecureBaseUrl=true&proxyHost=127.0.0.1&proxyPort="
                                          + proxy.getPort());
            }
        };
    }

    @Test
    void theSslContextParametersAreUsed() {
        tls.stubFor(get(TASKS + "/t-1").willReturn(okJson("{\"id\":\"t-1\",\"status\":\"queued\"}")));

        assertEquals("queued", template.request("direct:trusted", e -> e.getMessage().setBody("t-1"))
                .getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        Exchange refused = template.request("direct:untrusted", e -> e.getMessage().setBody("t-1"));
        assertInstanceOf(TransportException.class, refused.getException(), "the JDK does not trust the test certificate");
    }

    @Test
    void requestsGoThroughTheProxy() {
        proxy.stubFor(get(TASKS + "/t-2").willReturn(okJson("{\"id\":\"t-2\",\"status\":\"running\"}")));

        assertEquals("running", template.request("direct:proxied", e -> e.getMessage().setBody("t-2"))
                .getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        proxy.verify(getRequestedFor(urlEqualTo(TASKS + "/t-2")));
    }

    @Test
    void onPowerTokensAnHttpsMediumIsFetchedWithoutTheKeyAndUploaded() {
        String png = "https://localhost:" + tls.getRuntimeInfo().getHttpsPort() + "/media/cat.png";
        tls.stubFor(get("/media/cat.png").willReturn(aResponse().withHeader("Content-Type", "image/png")
                .withBody(TestImages.png(640, 360))));
        tls.stubFor(post("/v1/asset/upload").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-9\"}}")));
        tls.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id"))
                .willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"asset-9\"}}")));
        tls.stubFor(post(Provider.POWERTOKENS.tasksPath()).willReturn(okJson("{\"id\":\"cgt-9\"}")));

        Exchange out = template.request("direct:powertokens", e -> {
            e.getMessage().setBody("A cat");
            e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, png);
        });

        assertEquals("cgt-9", out.getMessage().getBody(), () -> String.valueOf(out.getException()));
        tls.verify(getRequestedFor(urlEqualTo("/media/cat.png")).withoutHeader("Authorization"));
        tls.verify(postRequestedFor(urlEqualTo("/v1/asset/upload"))
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Type", containing("image/png")).build()));
        tls.verify(postRequestedFor(urlEqualTo(Provider.POWERTOKENS.tasksPath())).withRequestBody(
                matchingJsonPath("$.content[1].image_url.url", WireMock.equalTo("asset://asset-9"))));
    }

    @Test
    void aCreateWhoseTlsConnectionIsResetHasAnUnknownOutcomeAndIsNotResent() {
        tls.stubFor(post("/api/v3/contents/generations/tasks")
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        Exchange out = template.request("direct:tls-create", e -> e.getMessage().setBody("A lost answer"));

        assertInstanceOf(io.github.camelseedance.client.OutcomeUnknownException.class, out.getException(),
                () -> String.valueOf(out.getException()));
        tls.verify(1, postRequestedFor(urlEqualTo("/api/v3/contents/generations/tasks")));
    }

    @Test
    void aTlsFailureWhileConnectingMeansNothingWasSent() {
        Exchange out = template.request("direct:tls-to-plain", e -> e.getMessage().setBody("Never sent"));

        assertInstanceOf(io.github.camelseedance.client.TransportException.class, out.getException(),
                () -> String.valueOf(out.getException()));
        proxy.verify(0, postRequestedFor(urlEqualTo(Provider.POWERTOKENS.tasksPath())));
    }

    @Test
    void aRemoteMediumLargerThanTheLimitIsRefusedWhileStreaming() {
        String png = "https://localhost:" + tls.getRuntimeInfo().getHttpsPort() + "/media/huge.png";
        byte[] huge = new byte[31 * 1024 * 1024];
        System.arraycopy(TestImages.png(400, 400), 0, huge, 0, 64);
        tls.stubFor(get("/media/huge.png").willReturn(aResponse().withHeader("Content-Type", "image/png")
                .withBody(huge).withChunkedDribbleDelay(4, 1)));
        tls.stubFor(post("/v1/asset/upload").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-x\"}}")));

        Exchange out = template.request("direct:powertokens", e -> {
            e.getMessage().setBody("Too big");
            e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, png);
        });

        io.github.camelseedance.model.SeedanceValidationException refusal = assertInstanceOf(
                io.github.camelseedance.model.SeedanceValidationException.class, out.getException(),
                () -> String.valueOf(out.getException()));
        assertEquals("file", refusal.getField());
        tls.verify(0, postRequestedFor(urlEqualTo(Provider.POWERTOKENS.tasksPath())));
    }

    @Test
    void aRemoteMediumIsUploadedWithEveryByteAfterItsFirstBytesWereChecked() {
        byte[] cat = TestImages.png(640, 360);
        String png = "https://localhost:" + tls.getRuntimeInfo().getHttpsPort() + "/media/whole.png";
        tls.stubFor(get("/media/whole.png").willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(cat)));
        tls.stubFor(post("/v1/asset/upload").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-w\"}}")));
        tls.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id"))
                .willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"asset-w\"}}")));
        tls.stubFor(post(Provider.POWERTOKENS.tasksPath()).willReturn(okJson("{\"id\":\"cgt-w\"}")));

        Exchange out = template.request("direct:powertokens", e -> {
            e.getMessage().setBody("A whole cat");
            e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, png);
        });

        assertEquals("cgt-w", out.getMessage().getBody(), () -> String.valueOf(out.getException()));
        assertArrayEquals(cat, tls.findAll(postRequestedFor(urlEqualTo("/v1/asset/upload"))).get(0).getPart("file")
                .getBody().asBytes());
    }

    @Test
    void aRemoteMediumWhoseBytesAreNotTheAnnouncedTypeIsNotUploaded() {
        String png = "https://localhost:" + tls.getRuntimeInfo().getHttpsPort() + "/media/fake.png";
        tls.stubFor(get("/media/fake.png").willReturn(aResponse().withHeader("Content-Type", "image/png")
                .withBody("<html>not found, but with a 200</html>")));

        Exchange out = template.request("direct:powertokens", e -> {
            e.getMessage().setBody("A fake cat");
            e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, png);
        });

        io.github.camelseedance.model.SeedanceValidationException refusal = assertInstanceOf(
                io.github.camelseedance.model.SeedanceValidationException.class, out.getException(),
                () -> String.valueOf(out.getException()));
        assertEquals("file", refusal.getField());
        tls.verify(0, postRequestedFor(urlEqualTo("/v1/asset/upload")));
        tls.verify(0, postRequestedFor(urlEqualTo(Provider.POWERTOKENS.tasksPath())));
    }
}
