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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.client.Provider;
import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.consumer.SeedanceConsumer;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer through a 429 with Retry-After and through 500s while it polls: no transition is lost, the wait the
 * provider asked for is honoured (on the component's virtual clock, so it costs no real time), reads are retried with
 * backoff, and polls that keep failing make the health check report a degraded consumer.
 */
class SeedanceConsumerFaultsTest extends CamelTestSupport {

    private static final Duration QUEUE = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(30);
    private static final String TASKS = Provider.POWERTOKENS.tasksPath();

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(QUEUE).runTime(RUN));

    private final VirtualClock clock = new VirtualClock(Instant.now());
    private final List<String> emitted = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.setClock(clock);
        component.getConfiguration().setMaxQueuedCreates(0);
        component.getConfiguration().setRetryMaxBackoff(Duration.ofMinutes(1));
        context.addComponent("seedance", component);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?delay=20&initialDelay=0").routeId("tasks").process(e -> emitted.add(e.getMessage()
                        .getHeader(SeedanceConstants.TASK_ID) + ":" + e.getMessage().getHeader(SeedanceConstants.TASK_STATUS)));
            }
        };
    }

    private List<String> createTasks(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(template.requestBody("seedance:create", "Fault " + i, String.class));
        }
        return ids;
    }

    private long count(List<String> ids, String status) {
        return emitted.stream().filter(t -> ids.stream().anyMatch(id -> t.equals(id + ":" + status))).count();
    }

    private static long lists() {
        return emulator.emulator().journal().count("GET", TASKS);
    }

    private static long answered(int status) {
        return emulator.emulator().journal().count(e -> "GET".equals(e.method()) && e.path().equals(TASKS)
                                                       && e.status() == status);
    }

    @Test
    void aRetryAfterOnTheListIsHonouredAndNoTransitionIsLost() {
        List<String> ids = createTasks(5);
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            clock.runDue();
            return count(ids, "queued") == 5;
        });
        emulator.emulator().scenario().nextRequest("GET", TASKS)
                .respond(429, "RateLimitExceeded.EndpointRPMExceeded", "Too many list requests", 30);
        await().atMost(30, TimeUnit.SECONDS).until(() -> answered(429) == 1);
        emulator.clock().advance(QUEUE.plusSeconds(1)); // the tasks run while the list waits for its Retry-After
        long listsAfter429 = lists();
        clock.advance(Duration.ofSeconds(29));
        assertEquals(listsAfter429, lists(), "nothing is listed before the 30 seconds are up");
        assertEquals(0, count(ids, "running"));
        clock.advance(Duration.ofSeconds(1));
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            clock.runDue();
            return count(ids, "running") == 5;
        });
        emulator.clock().advance(RUN.plusSeconds(1));
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            clock.advance(Duration.ofSeconds(1));
            return count(ids, "succeeded") == 5;
        });
        assertEquals(15, emitted.stream().filter(t -> ids.stream().anyMatch(t::startsWith)).count(), "each once");
    }

    @Test
    void serverErrorsAreRetriedWithBackoffAndNoTransitionIsLost() {
        List<String> ids = createTasks(5);
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            clock.runDue();
            return count(ids, "queued") == 5;
        });
        emulator.emulator().scenario().nextRequest("GET", TASKS).times(2).respond(500);
        await().atMost(30, TimeUnit.SECONDS).until(() -> answered(500) == 1);
        emulator.clock().advance(QUEUE.plusSeconds(1));
        clock.runDue();
        assertEquals(1, answered(500), "the retry waits for its backoff");
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            clock.advance(Duration.ofMillis(500));
            return count(ids, "running") == 5;
        });
        assertEquals(2, answered(500));
        assertEquals(10, emitted.stream().filter(t -> ids.stream().anyMatch(t::startsWith)).count(), "each once");
    }

    @Test
    void pollsThatKeepFailingLeaveTheConsumerUpButDegraded() throws Exception {
        List<String> degraded = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // a short backoff: by default the consumer would wait two minutes before it sees the provider back
                from("seedance:tasks?scope=account&maxRetries=0&delay=20&initialDelay=0&backoffMultiplier=5")
                        .routeId("flaky")
                        .process(e -> degraded.add("emitted"));
            }
        });
        emulator.emulator().scenario().nextRequest("GET", TASKS).times(1000).respond(500);
        HealthCheck check = ((SeedanceConsumer) context.getRoute("flaky").getConsumer()).getHealthCheck();
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            HealthCheck.Result result = check.call(Map.of());
            return result.getState() == HealthCheck.State.UP && Boolean.TRUE.equals(result.getDetails().get("degraded"));
        });
        assertTrue(check.call(Map.of()).getMessage().orElse("").startsWith("Degraded"));
        emulator.emulator().scenario().reset();
        await().atMost(30, TimeUnit.SECONDS).until(() -> check.call(Map.of()).getDetails().get("degraded") == null);
    }
}
