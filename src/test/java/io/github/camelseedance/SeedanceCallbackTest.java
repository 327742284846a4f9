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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.consumer.CallbackReceiver;
import io.github.camelseedance.emulator.Journal;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code webhook:seedance:tasks} over platform-http (Vert.x, as Camel Main runs it) on a free 127.0.0.1 port, fed by
 * the emulator's own callbacks: a genuine callback is emitted once, without a poll; forged ones are dropped with the
 * right status and no exchange.
 */
class SeedanceCallbackTest {

    private static final Duration QUEUE = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(20);
    /** Polls that never come during a test: what is emitted arrived by callback. */
    private static final String NO_POLL = "delay=3600000&initialDelay=3600000";

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(QUEUE).runTime(RUN)
            .callbackRetryDelay(Duration.ofMillis(10)));

    private final List<String> emitted = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private DefaultCamelContext context;
    private String hookUrl;

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
    }

    private DefaultCamelContext start(String consumerOptions) throws Exception {
        context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(0);
        VertxPlatformHttpServer httpServer = new VertxPlatformHttpServer(server);
        context.addService(httpServer);
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setMaxQueuedCreates(0); // no queue cap: the creates' watcher sends no request
        context.addComponent("seedance", component);
        context.start();
        String external = "http://127.0.0.1:" + httpServer.getServer().actualPort();
        hookUrl = external + "/seedance/callbacks";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:seedance:tasks?webhookComponentName=platform-http&webhookPath=/seedance/callbacks"
                     + "&webhookExternalUrl=" + external + "&" + consumerOptions)
                        .routeId("callbacks")
                        .process(e -> emitted.add(e.getMessage().getHeader(SeedanceConstants.TASK_ID) + ":"
                                                  + e.getMessage().getHeader(SeedanceConstants.TASK_STATUS)));
            }
        });
        return context;
    }

    private CallbackReceiver receiver() {
        SeedanceEndpoint endpoint = context.getEndpoints().stream().filter(SeedanceEndpoint.class::isInstance)
                .map(SeedanceEndpoint.class::cast).filter(e -> e.getCallbackReceiver() != null).findFirst().orElseThrow();
        return endpoint.getCallbackReceiver();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(hookUrl)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long count(String id, String status) {
        return emitted.stream().filter((id + ":" + status)::equals).count();
    }

    @Test
    void aGenuineCallbackIsEmittedOnceWithoutAPoll() throws Exception {
        start(NO_POLL);
        String id = context.createProducerTemplate().requestBody("seedance:create", "Callback", String.class);
        Journal.Entry create = emulator.emulator().journal().entries(e -> e.method().equals("POST")).get(0);
        assertTrue(create.body().contains("\"callback_url\":\"" + hookUrl + "\""), create.body());

        emulator.clock().advance(QUEUE.plusSeconds(1));
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(id, "running") == 1);
        emulator.clock().advance(RUN.plusSeconds(1));
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(id, "succeeded") == 1);
        // the emulator's callbacks and the re-reads are all done: nothing more comes
        await().atMost(10, TimeUnit.SECONDS).until(() -> receiver().counts().snapshot().get("accepted") >= 2);
        assertEquals(1, count(id, "running"), emitted.toString());
        assertEquals(1, count(id, "succeeded"), emitted.toString());
        assertEquals(0, emulator.emulator().journal().count(e -> e.method().equals("GET") && e.query() != null
                                                                && e.query().contains("filter")),
                "no list request: nothing polled");
        long rereads = emulator.emulator().journal().count(e -> e.method().equals("GET") && e.path().endsWith("/" + id));
        assertTrue(rereads >= 2 && rereads <= emulator.emulator().callbacksDelivered(),
                rereads + " re-reads: at most one per callback");
    }

    @Test
    void forgedCallbacksAreDroppedWithTheRightStatusAndNoExchange() throws Exception {
        start(NO_POLL);
        String id = context.createProducerTemplate().requestBody("seedance:create", "Forged", String.class);
        assertEquals(204, post("{\"id\":\"cgt-20260101000000-unknown\",\"status\":\"succeeded\"}").statusCode());
        assertEquals(400, post("{\"id\":\"../../etc/passwd\",\"status\":\"succeeded\"}").statusCode());
        assertEquals(400, post("{\"id\":\"..\",\"status\":\"succeeded\"}").statusCode());
        assertEquals(400, post("not json at all").statusCode());
        assertEquals(400, post("[\"" + id + "\"]").statusCode());
        assertEquals(400, post("{\"status\":\"succeeded\"}").statusCode());
        assertEquals(400, post("{\"id\":42}").statusCode());
        assertEquals(413, post("{\"id\":\"" + id + "\",\"pad\":\"" + "x".repeat(70_000) + "\"}").statusCode());
        // a known id whose claimed status the re-read contradicts: only the re-read's (queued) counts
        HttpResponse<String> lie = post("{\"id\":\"" + id + "\",\"status\":\"succeeded\"}");
        assertEquals(202, lie.statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> receiver().counts().snapshot().get("contradicted") == 1);
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(id, "queued") == 1);
        assertEquals(0, count(id, "succeeded"), emitted.toString());
        assertEquals(List.of(id + ":queued"), emitted);
        assertEquals(1, receiver().counts().snapshot().get("unknown"));
        assertEquals(7, receiver().counts().snapshot().get("refused"));
    }
}
