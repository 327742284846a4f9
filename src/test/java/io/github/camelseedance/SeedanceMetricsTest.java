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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.emulator.EmulatorClock;
import io.github.camelseedance.emulator.Journal;
import io.github.camelseedance.emulator.Routes;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.metrics.SeedanceMetrics;
import io.github.camelseedance.model.Task;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The meters of a scripted run against the emulator, with a {@link SimpleMeterRegistry} bound: three generates (one
 * refused once with a 429 and retried, one failing), a consumer that sees the same tasks and a plain get of a finished
 * one. Every count equals what the emulator's journal recorded; durations are on the component's virtual clock; each
 * task ends once, whoever saw it end; no tag carries the key.
 */
class SeedanceMetricsTest extends CamelTestSupport {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.clock(EmulatorClock.realTime())
            .queueTime(Duration.ofMillis(100)).runTime(Duration.ofMillis(200)));

    // virtual time that starts at the real time: the emulator stamps tasks with the real time
    private final VirtualClock clock = new VirtualClock(Instant.now());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Map<String, Set<String>> emitted = new ConcurrentHashMap<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("metricsRegistry", registry);
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.setClock(clock);
        // two requests a second: calls wait for the account's slots on the virtual clock
        component.getConfiguration().setRequestsPerSecond(2);
        context.addComponent("seedance", component);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?delay=20&initialDelay=0").routeId("tasks").process(e -> emitted
                        .computeIfAbsent(e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class),
                                id -> ConcurrentHashMap.newKeySet())
                        .add(e.getMessage().getHeader(SeedanceConstants.TASK_STATUS, String.class)));
            }
        };
    }

    @Test
    void aScriptedRunCountsWhatTheEmulatorSaw() {
        emulator.emulator().scenario().whenPromptContains("forbidden").failWith("OutputVideoSensitiveContentDetected");
        emulator.emulator().scenario().nextCreate().respond(429, "RateLimitExceeded.EndpointRPMExceeded",
                "Too many requests", 1);
        Instant start = clock.now();

        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (String prompt : List.of("A fox", "A heron", "Something forbidden")) {
            sent.add(template.asyncSend("seedance:generate?output=task", e -> e.getMessage().setBody(prompt)));
        }
        // none can end before the virtual clock moves: all three are in flight
        await().atMost(10, TimeUnit.SECONDS).until(() -> gauge(SeedanceMetrics.GENERATIONS_INFLIGHT) == 3);
        await().atMost(60, TimeUnit.SECONDS).until(() -> {
            clock.advance(Duration.ofSeconds(1));
            return sent.stream().allMatch(CompletableFuture::isDone);
        });
        List<Exchange> done = sent.stream().map(CompletableFuture::join).toList();
        assertNull(done.get(0).getException());
        assertNull(done.get(1).getException());
        assertNotNull(done.get(2).getException(), "the forbidden prompt's task failed");
        Duration elapsed = Duration.between(start, clock.now());

        // the consumer sees the three tasks end too, and a get reads a finished one again: each still ends once
        await().atMost(20, TimeUnit.SECONDS).until(() -> emitted.values().stream()
                .filter(statuses -> statuses.contains("succeeded") || statuses.contains("failed")).count() == 3);
        Task first = done.get(0).getMessage().getBody(Task.class);
        template.requestBodyAndHeader("seedance:get", null, SeedanceConstants.TASK_ID, first.id());

        Journal journal = emulator.emulator().journal();
        assertEquals(3, journal.count(e -> e.status() == 200 && isCreate(e)), "three tasks created");
        assertEquals(3.0, count(SeedanceMetrics.TASKS_CREATED));
        assertEquals(2.0, count(SeedanceMetrics.TASKS_FINISHED, "status", "succeeded", "error.code", "none"));
        assertEquals(1.0, count(SeedanceMetrics.TASKS_FINISHED, "status", "failed", "error.code",
                "OutputVideoSensitiveContentDetected"));
        assertEquals(3.0, count(SeedanceMetrics.TASKS_FINISHED), "each task ended once, whoever saw it end");
        assertEquals(1, journal.count(e -> e.status() == 429), "one refusal");
        assertEquals(1.0, count(SeedanceMetrics.RETRIES, "operation", "create"), "one retry, of the create");
        assertEquals(1.0, count(SeedanceMetrics.RETRIES));
        long tokens = done.stream().limit(2).mapToLong(e -> e.getMessage().getBody(Task.class).usage().totalTokens()).sum();
        assertTrue(tokens > 0);
        assertEquals((double) tokens, count(SeedanceMetrics.TOKENS_USED));

        // durations on the virtual clock: each generation took some of the elapsed virtual time, none more
        Timer generation = registry.get(SeedanceMetrics.GENERATION_DURATION).timers().stream()
                .reduce((a, b) -> a.count() > b.count() ? a : b).orElseThrow();
        assertEquals(3, registry.get(SeedanceMetrics.GENERATION_DURATION).timers().stream().mapToLong(Timer::count).sum());
        assertTrue(generation.max(TimeUnit.MILLISECONDS) > 0);
        assertTrue(generation.max(TimeUnit.MILLISECONDS) <= elapsed.toMillis(), generation.max(TimeUnit.MILLISECONDS)
                + " ms within the " + elapsed.toMillis() + " ms that passed on the virtual clock");
        Timer queued = registry.get(SeedanceMetrics.QUEUE_DURATION).timer();
        assertEquals(3, queued.count(), "each task seen out of the queue once");
        assertTrue(queued.max(TimeUnit.MILLISECONDS) <= elapsed.toMillis());
        Timer waits = registry.get(SeedanceMetrics.RATELIMIT_WAIT).timer();
        assertTrue(waits.count() > 0, "calls waited for the account's slots");
        assertTrue(waits.max(TimeUnit.MILLISECONDS) > 0 && waits.max(TimeUnit.MILLISECONDS) <= elapsed.toMillis(),
                "slots two a second on the virtual clock: " + waits.max(TimeUnit.MILLISECONDS) + " ms");

        // every exchange, by operation and status, as the journal recorded it
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertEquals(journalled(journal), requests()));

        // nothing left in flight
        assertEquals(0.0, gauge(SeedanceMetrics.GENERATIONS_INFLIGHT));
        assertEquals(0.0, gauge(SeedanceMetrics.TASKS_WATCHED));
        Meter queue = registry.get(SeedanceMetrics.CREATES_QUEUED).meter();
        assertEquals(0.0, registry.get(SeedanceMetrics.CREATES_QUEUED).gauge().value());
        assertTrue(queue.getId().getTag("account").startsWith("127.0.0.1:"), queue.getId().getTag("account"));

        // no tag carries the key
        for (Meter meter : registry.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                assertFalse(tag.getValue().contains(emulator.apiKey()), meter.getId().toString());
            }
        }

        // the meters are those documented
        Set<String> documented = Set.of(SeedanceMetrics.TASKS_CREATED, SeedanceMetrics.TASKS_FINISHED,
                SeedanceMetrics.GENERATION_DURATION, SeedanceMetrics.QUEUE_DURATION, SeedanceMetrics.HTTP_REQUESTS,
                SeedanceMetrics.RETRIES, SeedanceMetrics.RATELIMIT_WAIT, SeedanceMetrics.TOKENS_USED,
                SeedanceMetrics.GENERATIONS_INFLIGHT, SeedanceMetrics.CREATES_QUEUED, SeedanceMetrics.TASKS_WATCHED);
        assertEquals(documented, registry.getMeters().stream().map(m -> m.getId().getName()).collect(Collectors.toSet()));

        // the gauges go with the component; what was counted stays
        context.stop();
        assertTrue(registry.find(SeedanceMetrics.GENERATIONS_INFLIGHT).gauges().isEmpty());
        assertTrue(registry.find(SeedanceMetrics.CREATES_QUEUED).gauges().isEmpty());
        assertEquals(3.0, count(SeedanceMetrics.TASKS_CREATED));
    }

    private static boolean isCreate(Journal.Entry e) {
        return "POST".equals(e.method()) && Routes.isCreatePath(e.path());
    }

    /** The journal's requests as operation/status counts. */
    private static Map<String, Long> journalled(Journal journal) {
        return journal.entries().stream().collect(Collectors.groupingBy(e -> operation(e) + "/" + e.status(),
                TreeMap::new, Collectors.counting()));
    }

    private static String operation(Journal.Entry e) {
        if (isCreate(e)) {
            return "create";
        }
        if ("GET".equals(e.method()) && e.path().endsWith("/tasks")) {
            return "list";
        }
        if ("GET".equals(e.method()) && e.path().contains("/tasks/")) {
            return "get";
        }
        return e.method() + " " + e.path();
    }

    /** The http.requests timers as operation/status counts. */
    private Map<String, Long> requests() {
        return registry.find(SeedanceMetrics.HTTP_REQUESTS).timers().stream().collect(Collectors.groupingBy(
                t -> t.getId().getTag("operation") + "/" + t.getId().getTag("status"), TreeMap::new,
                Collectors.summingLong(Timer::count)));
    }

    private double count(String name, String... tags) {
        return registry.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
