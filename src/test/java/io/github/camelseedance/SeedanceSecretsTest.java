package io.github.camelseedance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelseedance.client.SeedanceClient;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API key (a marker value) appears in no log line, exception message, endpoint URI or toString. */
class SeedanceSecretsTest extends SeedanceWireMockTestSupport {

    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private AbstractAppender capture;

    @BeforeEach
    void captureLogs() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        capture = new AbstractAppender("secrets-capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                logLines.add(event.getLoggerName() + " " + event.getMessage().getFormattedMessage()
                             + (event.getThrown() == null ? "" : " " + event.getThrown()));
            }
        };
        capture.start();
        Configuration config = ctx.getConfiguration();
        config.getRootLogger().addAppender(capture, Level.ALL, null);
        // our own code and Camel's at the most verbose level
        for (String name : List.of("io.github.camelseedance", "org.apache.camel")) {
            LoggerConfig logger = new LoggerConfig(name, Level.TRACE, true);
            config.addLogger(name, logger);
        }
        ctx.updateLoggers();
    }

    @AfterEach
    void stopCapture() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender("secrets-capture");
        ctx.getConfiguration().removeLogger("io.github.camelseedance");
        ctx.getConfiguration().removeLogger("org.apache.camel");
        ctx.updateLoggers();
        capture.stop();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seedance:create?apiKey=" + API_KEY + "&duration=5");
                from("direct:get").to("seedance:get?apiKey=RAW(" + API_KEY + ")");
            }
        };
    }

    @Test
    void theKeyIsNeverPrinted() {
        wm.stubFor(post(TASKS).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"code\":\"AuthenticationError\",\"message\":\"bad key\"}}")));
        wm.stubFor(get(TASKS + "/t-1").willReturn(aResponse().withFault(
                com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        Exchange created = template.request("direct:create", e -> e.getMessage().setBody("prompt"));
        Exchange read = template.request("direct:get", e -> e.getMessage().setBody("t-1"));

        assertTrue(created.isFailed() && read.isFailed());
        for (Exchange e : List.of(created, read)) {
            for (Throwable t = e.getException(); t != null; t = t.getCause()) {
                assertNoKey("exception message", String.valueOf(t.getMessage()));
                assertNoKey("exception", t.toString());
            }
        }
        for (Endpoint endpoint : context.getEndpoints()) {
            assertNoKey("endpoint toString", endpoint.toString());
            if (endpoint instanceof SeedanceEndpoint seedance) {
                SeedanceClient client = seedance.getClient();
                assertNoKey("client config", String.valueOf(client.config()));
                assertNoKey("configuration", String.valueOf(seedance.getConfiguration()));
            }
        }
        context.getRoutes().forEach(route -> assertNoKey("route", route.toString() + route.getEndpoint()));
        assertFalse(logLines.isEmpty(), "the capture saw the logs");
        logLines.forEach(line -> assertNoKey("log line", line));
    }

    private static void assertNoKey(String where, String text) {
        assertFalse(text.contains(API_KEY), where + " shows the API key: " + text);
        assertFalse(text.contains("MARKER-5f3c"), where + " shows part of the API key: " + text);
    }
}
