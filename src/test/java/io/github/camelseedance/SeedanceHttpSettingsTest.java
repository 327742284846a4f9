package io.github.camelseedance;

import java.security.cert.X509Certificate;

import java.net.Socket;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelseedance.client.TransportException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
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
                from("direct:proxied").to("seedance:get?baseUrl=http://seedance.test&proxyHost=127.0.0.1&proxyPort="
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

    /** Trusts the WireMock test certificate; for this test only. */
    private static final class TrustingManager extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
