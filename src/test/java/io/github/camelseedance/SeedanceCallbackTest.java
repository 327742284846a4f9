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

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.console.SeedanceDevConsole;
import io.github.camelseedance.consumer.CallbackReceiver;
import io.github.camelseedance.emulator.Journal;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    private final List<String> fromRoutes = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private DefaultCamelContext context;
    private VertxPlatformHttpServer httpServer;
    private String hookUrl;
    private FileStateRepository state;

    @TempDir
    Path dir;

    @BeforeEach
    void state() {
        state = FileStateRepository.fileStateRepository(dir.resolve("consumer.state").toFile());
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
    }

    private DefaultCamelContext start(String consumerOptions) throws Exception {
        startServer(0, null);
        return withWebhookRoute(consumerOptions);
    }

    /** A context with its HTTP server on {@code port} (0: any free one) and the component on {@code clock} if set. */
    private DefaultCamelContext startServer(int port, SeedanceClock clock) throws Exception {
        context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        httpServer = new VertxPlatformHttpServer(server);
        context.addService(httpServer);
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setMaxQueuedCreates(0); // no queue cap: the creates' watcher sends no request
        if (clock != null) {
            component.setClock(clock);
        }
        context.getRegistry().bind("state", state);
        context.addComponent("seedance", component);
        context.start();
        return context;
    }

    private DefaultCamelContext withWebhookRoute(String consumerOptions) throws Exception {
        String external = "http://127.0.0.1:" + httpServer.getServer().actualPort();
        hookUrl = external + "/seedance/callbacks";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:seedance:tasks?webhookComponentName=platform-http&webhookPath=/seedance/callbacks"
                     + "&webhookExternalUrl=" + external + "&" + consumerOptions)
                        .routeId("callbacks")
                        .process(e -> {
                            emitted.add(e.getMessage().getHeader(SeedanceConstants.TASK_ID) + ":"
                                        + e.getMessage().getHeader(SeedanceConstants.TASK_STATUS));
                            fromRoutes.add(e.getFromRouteId());
                        });
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
        assertEquals(List.of("callbacks", "callbacks"), fromRoutes, "the exchanges name the webhook route");
        // Camel's consumer health checks see the route's consumer: whether polls work, and what the callbacks did
        HealthCheck check = context.getRoute("callbacks").getConsumer() instanceof HealthCheckAware aware
                ? aware.getHealthCheck() : null;
        assertTrue(check != null, "the webhook route's consumer lends the seedance consumer's health check");
        assertEquals("consumer:callbacks", check.getId());
        assertEquals(receiver().counts().snapshot().get("accepted"),
                ((Number) check.call().getDetails().get("callbacks.accepted")).longValue());
        // the dev console lists the webhook route's consumer with the same counts
        SeedanceDevConsole console = new SeedanceDevConsole();
        console.setCamelContext(context);
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains("Consumer callbacks:") && text.contains("callbacks {accepted="), text);
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

    @Test
    void theProvidersRetriesOfAFinalStatusAndAPollThatSawItFirstMakeOneExchange() throws Exception {
        start("delay=20&initialDelay=0");
        // the emulator's own callbacks go nowhere: the poll sees the end first, the retries come after
        String first = context.createProducerTemplate().requestBodyAndHeader("seedance:create", "Poll first",
                SeedanceConstants.CALLBACK_URL, "http://127.0.0.1:9/nowhere", String.class);
        String second = context.createProducerTemplate().requestBody("seedance:create", "Either first", String.class);
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(first, "queued") == 1 && count(second, "queued") == 1);
        emulator.clock().advance(QUEUE.plus(RUN).plusSeconds(2));
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(first, "succeeded") == 1 && count(second, "succeeded") == 1);
        for (int i = 0; i < 4; i++) { // the callback and its 3 retries, as the provider sends them
            for (String id : List.of(first, second)) {
                assertEquals(200, post("{\"id\":\"" + id + "\",\"status\":\"succeeded\"}").statusCode());
            }
        }
        // the 8 posts were not re-read: nothing can be news (the emulator's own callback of the second may count too)
        assertTrue(receiver().counts().snapshot().get("alreadyFinal") >= 8, receiver().counts().snapshot().toString());
        for (String id : List.of(first, second)) {
            for (String status : List.of("queued", "succeeded")) {
                assertEquals(1, count(id, status), id + ":" + status + " in " + emitted);
            }
        }
    }

    @Test
    void aGenerateFinishesOnTheCallbacksReReadNotAtItsNextPoll() throws Exception {
        VirtualClock clock = new VirtualClock();
        startServer(0, clock);
        String generate = "seedance:generate?pollInterval=60s&maxPollInterval=60s&output=task";
        // polling alone: the generate learns of the end at its next check, on the component's (virtual) clock
        Duration polling = latency(clock, generate, "Polled");
        withWebhookRoute(NO_POLL);
        Duration callback = latency(clock, generate, "Called back");
        assertTrue(polling.compareTo(Duration.ZERO) > 0 && polling.compareTo(Duration.ofSeconds(60)) <= 0,
                "polling: " + polling);
        assertEquals(Duration.ZERO, callback, "one re-read of the callback, no poll interval");
        System.out.printf("Latency from a task's end to its generate's completion, on the component's clock:"
                          + " polling %s, callback %s%n", polling, callback);
    }

    /** How long, on the component's clock, a generate takes to finish after its task ended at the provider. */
    private Duration latency(VirtualClock clock, String uri, String prompt) throws Exception {
        long before = emulator.emulator().journal().creates();
        CompletableFuture<Object> done = context.createProducerTemplate().asyncRequestBody(uri, prompt);
        await().atMost(10, TimeUnit.SECONDS).until(() -> emulator.emulator().journal().creates() == before + 1);
        emulator.clock().advance(QUEUE.plus(RUN).plusSeconds(2)); // the task ends now
        Instant ended = clock.now();
        // the component's clock moves 5 s at a time, only while the generate has not finished
        Duration wait = Duration.ofSeconds(5); // real time for it to finish before the clock moves at all
        for (int i = 0; i < 24 && !finishedWithin(done, wait); i++) {
            clock.advance(Duration.ofSeconds(5));
            wait = Duration.ofMillis(300);
        }
        await().atMost(10, TimeUnit.SECONDS).until(done::isDone);
        done.get();
        return Duration.between(ended, clock.now());
    }

    private static boolean finishedWithin(CompletableFuture<Object> done, Duration wait) {
        try {
            await().atMost(wait).until(done::isDone);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    @Test
    void callbacksAndPollingThroughARestartWithAFileStateNeitherRepeatNorLose() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = free.getLocalPort();
        }
        String options = "delay=30&initialDelay=0&stateRepository=#state";
        startServer(port, null);
        withWebhookRoute(options);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(context.createProducerTemplate().requestBody("seedance:create", "Restart " + i, String.class));
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> ids.stream().allMatch(id -> count(id, "queued") == 1));
        emulator.clock().advance(QUEUE.plusSeconds(1));
        await().atMost(10, TimeUnit.SECONDS).until(() -> ids.stream().allMatch(id -> count(id, "running") == 1));
        context.close();
        // down: the tasks end, their callbacks find nobody (retried, then given up)
        emulator.clock().advance(RUN.plusSeconds(1));
        state = FileStateRepository.fileStateRepository(dir.resolve("consumer.state").toFile());
        startServer(port, null);
        withWebhookRoute(options);
        await().atMost(10, TimeUnit.SECONDS).until(() -> ids.stream().allMatch(id -> count(id, "succeeded") == 1));
        for (String id : ids) { // late retries of the final callbacks, after the poll found the ends
            assertEquals(200, post("{\"id\":\"" + id + "\",\"status\":\"succeeded\"}").statusCode());
        }
        for (String id : ids) {
            for (String status : List.of("queued", "running", "succeeded")) {
                assertEquals(1, count(id, status), id + ":" + status + " in " + emitted);
            }
        }
    }

    @Test
    void aRouteThatEmitsOnlyFinalStatusesReReadsEachTaskOnce() throws Exception {
        start(NO_POLL + "&emit=terminal");
        int n = 20;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(context.createProducerTemplate().requestBody("seedance:create", "Terminal " + i, String.class));
        }
        emulator.clock().advance(QUEUE.plusSeconds(1));
        emulator.clock().advance(RUN.plusSeconds(1));
        await().atMost(20, TimeUnit.SECONDS).until(() -> emitted.size() == n);
        // every callback answered: queued and running ones are not worth a re-read here, the final ones are
        await().atMost(20, TimeUnit.SECONDS).until(() -> answered() == emulator.emulator().callbacksDelivered());
        Map<String, Long> counts = receiver().counts().snapshot();
        assertEquals(n, counts.get("accepted"), counts.toString());
        assertTrue(counts.get("notNeeded") >= n, counts.toString());
        for (String id : ids) {
            assertEquals(1, count(id, "succeeded"), emitted.toString());
            assertEquals(1, emulator.emulator().journal().count(e -> e.method().equals("GET") && e.path().endsWith("/" + id)),
                    "one re-read of " + id + ": its final status's");
        }
    }

    @Test
    void aCreateThatSetsItsOwnCallbackUrlKeepsIt() throws Exception {
        start(NO_POLL);
        context.createProducerTemplate().requestBody("seedance:create?callbackUrl=https://mine.example.com/hook", "Own");
        context.createProducerTemplate().requestBodyAndHeader("seedance:create", "Header",
                SeedanceConstants.CALLBACK_URL, "https://header.example.com/hook");
        List<Journal.Entry> creates = emulator.emulator().journal().entries(e -> e.method().equals("POST"));
        assertTrue(creates.get(0).body().contains("\"callback_url\":\"https://mine.example.com/hook\""));
        assertTrue(creates.get(1).body().contains("\"callback_url\":\"https://header.example.com/hook\""));
    }

    @Test
    void withoutAutoRegisterTheCreatesCarryNoCallbackUrl() throws Exception {
        start(NO_POLL + "&webhookAutoRegister=false");
        context.createProducerTemplate().requestBody("seedance:create", "Unregistered");
        Journal.Entry create = emulator.emulator().journal().entries(e -> e.method().equals("POST")).get(0);
        assertTrue(!create.body().contains("callback_url"), create.body());
    }

    @Test
    void aWebhookOnAnotherOperationOrWithAnUnusableUrlIsRefusedNamingTheOption() throws Exception {
        startServer(0, null);
        String base = "webhook:seedance:%s?webhookComponentName=platform-http&webhookPath=/hook%d&webhookExternalUrl=%s";
        assertRefused(String.format(base, "get", 1, "http://127.0.0.1:9"), "operation");
        assertRefused(String.format(base, "tasks", 2, "ftp://files.example.com"), "webhookExternalUrl");
        assertRefused(String.format(base, "tasks", 3, "http://exa mple.com"), "webhookExternalUrl");
        // one account, one callback URL: a second route of the account with another URL is refused
        context.addRoutes(route(String.format(base, "tasks", 4, "https://one.example.com") + "&" + NO_POLL));
        context.createProducerTemplate().requestBody("seedance:create", "One");
        Journal.Entry create = emulator.emulator().journal().entries(e -> e.method().equals("POST")).get(0);
        assertTrue(create.body().contains("\"callback_url\":\"https://one.example.com/hook4\""), create.body());
        assertRefused(String.format(base, "tasks", 5, "https://two.example.com") + "&emit=terminal&" + NO_POLL,
                "one.example.com");
        // the same seedance:tasks options: the same endpoint, whose consumer state cannot be split between two routes
        assertRefused(String.format(base, "tasks", 6, "https://one.example.com") + "&" + NO_POLL,
                "one webhook route per seedance:tasks endpoint");
        context.createProducerTemplate().requestBody("seedance:create", "Still one");
        create = emulator.emulator().journal().entries(e -> e.method().equals("POST")).get(1);
        assertTrue(create.body().contains("\"callback_url\":\"https://one.example.com/hook4\""), create.body());
    }

    private void assertRefused(String uri, String named) {
        Exception refused = assertThrows(Exception.class, () -> context.addRoutes(route(uri)));
        StringBuilder chain = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            chain.append(t.getMessage()).append(" | ");
        }
        assertTrue(chain.toString().contains(named), chain.toString());
        assertTrue(!chain.toString().contains(emulator.apiKey()), "the key in no message");
    }

    private static RouteBuilder route(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).log("${body}");
            }
        };
    }

    private long answered() {
        Map<String, Long> counts = receiver().counts().snapshot();
        return counts.get("accepted") + counts.get("notNeeded") + counts.get("unknown") + counts.get("alreadyFinal");
    }
}
