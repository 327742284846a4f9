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
package io.github.camelseedance.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.model.GenerationParameter;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.TaskQuery;
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
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelseedance.client.WireMockClients.KEY;
import static io.github.camelseedance.client.WireMockClients.STANDARD;
import static io.github.camelseedance.client.WireMockClients.config;
import static io.github.camelseedance.client.WireMockClients.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API key never shows in a toString, an exception or a log line of this project. */
class SecretsTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockClients.newServer();

    private static final String LOGGER = "io.github.camelseedance";
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private AbstractAppender appender;

    @BeforeEach
    void captureLogs() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        appender = new AbstractAppender("secrets-capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                        .append(event.getMessage().getFormattedMessage());
                if (event.getThrown() != null) {
                    line.append(' ').append(stackTrace(event.getThrown()));
                }
                logLines.add(line.toString());
            }
        };
        appender.start();
        LoggerConfig loggerConfig = new LoggerConfig(LOGGER, Level.ALL, false);
        loggerConfig.addAppender(appender, Level.ALL, null);
        configuration.addLogger(LOGGER, loggerConfig);
        context.updateLoggers();
    }

    @AfterEach
    void stopCapture() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().removeLogger(LOGGER);
        context.updateLoggers();
        appender.stop();
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static void assertNoKey(String what, String text) {
        assertFalse(text.contains(KEY), what + " shows the API key: " + text);
        assertFalse(text.contains("MARKER"), what + " shows part of the API key: " + text);
    }

    private static SeedanceClientConfig.Builder builder() {
        return config(wm, Provider.POWERTOKENS);
    }

    @Test
    void configToStringHidesTheKey() {
        for (AuthScheme scheme : AuthScheme.values()) {
            for (ApiStyle style : ApiStyle.values()) {
                SeedanceClientConfig config = builder().authScheme(scheme).apiStyle(style).build();
                assertNoKey("toString", config.toString());
                assertTrue(config.toString().contains("SeedanceClientConfig"));
                try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config))) {
                    assertNoKey("client toString", client.toString());
                    assertNoKey("config toString", client.config().toString());
                }
            }
        }
    }

    @Test
    void configsWithDifferentKeysDiffer() {
        SeedanceClientConfig a = builder().build();
        SeedanceClientConfig b = builder().apiKey("sk-OTHER").build();
        assertEquals(a, builder().build());
        assertEquals(a.hashCode(), builder().build().hashCode());
        assertNotEquals(a, b);
        assertEquals(a.toString(), b.toString().replace("sk-OTHER", KEY));
    }

    @Test
    void noFailureShowsTheKey() throws Exception {
        GenerationRequest request = GenerationRequest.builder().model(STANDARD).prompt("x").build();
        String tasks = Provider.POWERTOKENS.tasksPath();
        List<Throwable> failures = new ArrayList<>();

        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(builder().responseTimeout(Duration
                .ofMillis(200)).build()))) {
            List<Supplier<Object>> calls = List.of(() -> client.get("t1"), () -> client.create(request),
                    () -> client.list(TaskQuery.builder().build()), () -> client.cancel("t1"),
                    () -> client.upload(AssetSource.ofBytes(TestMedia.mp3(), "a.mp3", null), "g"),
                    () -> client.findAssetId("up-1"));
            // 401 with the usual error body, then a 503 (retried, logged), then lost answers, then a slow server
            wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withHeader("X-Request-Id", "r401")
                    .withBody(error("AuthenticationError", "The API key is invalid"))));
            calls.forEach(call -> failures.add(assertThrows(SeedanceException.class, call::get)));
            wm.resetAll();
            wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withBody(error("ServerOverloaded", "busy"))));
            calls.forEach(call -> failures.add(assertThrows(SeedanceException.class, call::get)));
            wm.resetAll();
            wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            calls.forEach(call -> failures.add(assertThrows(SeedanceException.class, call::get)));
            wm.resetAll();
            wm.stubFor(get(urlEqualTo(tasks + "/t1")).willReturn(aResponse().withStatus(200).withFixedDelay(1000)));
            failures.add(assertThrows(TransportException.class, () -> client.get("t1")));
            wm.resetAll();
            wm.stubFor(post(urlEqualTo(tasks)).willReturn(aResponse().withStatus(200).withBody("{broken")));
            failures.add(assertThrows(OutcomeUnknownException.class, () -> client.create(request)));
            wm.stubFor(get(urlPathEqualTo(SeedanceClientConfig.DEFAULT_ASSET_QUERY_PATH))
                    .willReturn(aResponse().withStatus(200).withBody("{\"code\":200,\"data\":{}}")));
            ExecutionException timeout = assertThrows(ExecutionException.class,
                    () -> client.awaitAsset("up-1", Duration.ofMillis(10), Duration.ofMillis(50)).get(10, TimeUnit.SECONDS));
            failures.add(timeout.getCause());
        }
        try (HttpSeedanceClient openAi = new HttpSeedanceClient(builder().apiStyle(ApiStyle.OPENAI).build())) {
            failures.add(assertThrows(IllegalArgumentException.class,
                    () -> SeedanceClient.join(openAi.list(TaskQuery.builder().build()))));
            failures.add(assertThrows(IllegalArgumentException.class,
                    () -> SeedanceClient.join(openAi.create(request.toBuilder().set(GenerationParameter.CALLBACK_URL,
                            "https://hooks.example").build()))));
        }
        SeedanceClientConfig closed = builder().baseUrl("http://127.0.0.1:" + WireMockClients.closedPort()).build();
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(closed))) {
            failures.add(assertThrows(TransportException.class, () -> client.create(request)));
            failures.add(assertThrows(TransportException.class, () -> client.get("t1")));
        }
        failures.add(assertThrows(IllegalArgumentException.class,
                () -> SeedanceClientConfig.builder().provider(Provider.CUSTOM).apiKey(KEY).build()));

        assertTrue(failures.size() > 20, "failures collected: " + failures.size());
        for (Throwable failure : failures) {
            assertNoKey("exception " + failure.getClass().getSimpleName(), stackTrace(failure));
            assertNoKey("exception toString", String.valueOf(failure));
        }
        assertFalse(logLines.isEmpty(), "the retries were logged");
        for (String line : logLines) {
            assertNoKey("log line", line);
        }
    }
}
