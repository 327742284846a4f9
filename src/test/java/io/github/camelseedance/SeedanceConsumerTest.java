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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelseedance.client.Provider;
import io.github.camelseedance.consumer.SeedanceConsumer;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.model.Task;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code from("seedance:tasks")} against the emulator: one exchange per observed status change, with the right
 * previous status, exactly once per task and status; a few list requests per look however many tasks are watched; a
 * failed exchange offered again; bad options refused at start; a health check that tells a refused key from a
 * degraded provider.
 */
class SeedanceConsumerTest extends CamelTestSupport {

    private static final Duration QUEUE = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(30);

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(QUEUE).runTime(RUN)
            .maxQueuedTasksPerKey(5000));

    /** Each emitted transition: task id, previous status, status. */
    private final List<String[]> emitted = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToInject = new AtomicInteger();
    private final List<String> failedOnce = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setMaxQueuedCreates(0);
        context.addComponent("seedance", component);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?delay=30&initialDelay=0").routeId("tasks")
                        .process(e -> {
                            String id = e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
                            String status = e.getMessage().getHeader(SeedanceConstants.TASK_STATUS, String.class);
                            if ("running".equals(status) && failuresToInject.get() > 0
                                && !failedOnce.contains(id) && failuresToInject.decrementAndGet() >= 0) {
                                failedOnce.add(id);
                                throw new IllegalStateException("the route failed on " + id);
                            }
                            emitted.add(new String[] {
                                    id, e.getMessage().getHeader(SeedanceConstants.PREVIOUS_STATUS, String.class), status,
                                    e.getMessage().getBody(Task.class).id() });
                        });
            }
        };
    }

    private List<String> createTasks(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(template.requestBody("seedance:create", "Task number " + i, String.class));
        }
        return ids;
    }

    private long transitions(List<String> ids, String status) {
        return emitted.stream().filter(t -> ids.contains(t[0]) && status.equals(t[2])).count();
    }

    @Test
    void everyTransitionOfTwoHundredTasksComesOutOnceInOrderWithItsPreviousStatus() {
        List<String> ids = createTasks(200);
        await().atMost(30, TimeUnit.SECONDS).until(() -> transitions(ids, "queued") == 200);
        emulator.clock().advance(QUEUE.plusSeconds(1));
        await().atMost(30, TimeUnit.SECONDS).until(() -> transitions(ids, "running") == 200);
        emulator.clock().advance(RUN.plusSeconds(1));
        await().atMost(30, TimeUnit.SECONDS).until(() -> transitions(ids, "succeeded") == 200);
        Map<String, List<String[]>> byTask = new HashMap<>();
        emitted.stream().filter(t -> ids.contains(t[0])).forEach(t -> byTask.computeIfAbsent(t[0], k -> new ArrayList<>())
                .add(t));
        for (String id : ids) {
            List<String[]> seen = byTask.get(id);
            assertEquals(3, seen.size(), id);
            assertEquals(List.of("queued", "running", "succeeded"), seen.stream().map(t -> t[2]).toList());
            assertNull(seen.get(0)[1]);
            assertEquals("queued", seen.get(1)[1]);
            assertEquals("running", seen.get(2)[1]);
            seen.forEach(t -> assertEquals(id, t[3], "the body is the task"));
        }
    }

    @Test
    void aFewListRequestsPerLookHoweverManyTasksAreWatched() {
        int n = 1000;
        List<String> ids = createTasks(n);
        SeedanceConsumer consumer = (SeedanceConsumer) context.getRoute("tasks").getConsumer();
        await().atMost(60, TimeUnit.SECONDS).until(() -> transitions(ids, "queued") == n);
        long getsBefore = gets();
        emulator.clock().advance(QUEUE.plusSeconds(1));
        await().atMost(60, TimeUnit.SECONDS).until(() -> transitions(ids, "running") == n);
        // the look that saw them running: every watched id, in pages of watchPageSize ids
        int page = context.getComponent("seedance", SeedanceComponent.class).getWatchPageSize();
        int requests = consumer.lastLookRequests();
        assertEquals(n, consumer.lastLookIds());
        assertTrue(requests <= Math.ceil((double) n / page) + 1, requests + " requests for " + n + " tasks");
        assertEquals(getsBefore, gets(), "no task was read on its own");
        System.out.println("Watching " + n + " tasks: " + requests + " list requests per look (page " + page + ")");
    }

    private static long gets() {
        return emulator.emulator().journal().countPrefix("GET", Provider.POWERTOKENS.tasksPath() + "/");
    }


    @Test
    void aTransitionWhoseExchangeFailedIsOfferedAgainThenHandledOnce() {
        failuresToInject.set(3);
        List<String> ids = createTasks(5);
        await().atMost(30, TimeUnit.SECONDS).until(() -> transitions(ids, "queued") == 5);
        emulator.clock().advance(QUEUE.plusSeconds(1));
        await().atMost(30, TimeUnit.SECONDS).until(() -> transitions(ids, "running") == 5);
        assertEquals(3, failedOnce.size(), "three exchanges failed the first time");
        emulator.clock().advance(RUN.plusSeconds(1));
        await().atMost(30, TimeUnit.SECONDS).until(() -> transitions(ids, "succeeded") == 5);
        for (String id : ids) {
            assertEquals(1, emitted.stream().filter(t -> t[0].equals(id) && "running".equals(t[2])).count(), id);
        }
    }

    @Test
    void theWatchOperationAndTheTerminalFilter() throws Exception {
        String elsewhere = template.requestBody("seedance:create", "Created and then watched", String.class);
        List<String> terminal = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?scope=ids&emit=terminal&delay=30ms&initialDelay=0")
                        .process(e -> terminal.add(e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class) + ":"
                                                   + e.getMessage().getHeader(SeedanceConstants.TASK_STATUS)));
            }
        });
        template.sendBodyAndHeader("seedance:watch", null, SeedanceConstants.TASK_ID, elsewhere);
        emulator.clock().advance(QUEUE.plus(RUN).plusSeconds(2));
        await().atMost(30, TimeUnit.SECONDS).until(() -> terminal.contains(elsewhere + ":succeeded"));
        assertEquals(List.of(elsewhere + ":succeeded"), terminal, "only the final status, only the watched task");
    }

    @Test
    void aPlainConsumerUriStartsWithCamelsSchedulerDefaults() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks").routeId("plain").log("${header.CamelSeedanceTaskStatus}");
            }
        });
        assertTrue(context.getRouteController().getRouteStatus("plain").isStarted());
    }

    @Test
    void theOpenAiStyleReadsEachTaskByIdForItHasNoList() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?apiStyle=openai&scope=ids&emit=terminal&delay=30&initialDelay=0")
                        .process(e -> seen.add(e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class)));
            }
        });
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(template.requestBody("seedance:create?apiStyle=openai", "OpenAI style " + i, String.class));
        }
        template.sendBodyAndHeader("seedance:watch", null, SeedanceConstants.TASK_IDS, ids);
        emulator.clock().advance(QUEUE.plus(RUN).plusSeconds(2));
        await().atMost(30, TimeUnit.SECONDS).until(() -> seen.containsAll(ids));
        assertTrue(emulator.emulator().journal().countPrefix("GET", "/v1/videos/") >= 3);
    }

    @ParameterizedTest
    @ValueSource(strings = { "seedance:tasks?delay=-1", "seedance:tasks?delay=-5s", "seedance:tasks?delay=0",
        "seedance:tasks?emit=done", "seedance:tasks?emit=queued,pending", "seedance:tasks?scope=galaxy",
        "seedance:tasks?createdWithin=0", "seedance:tasks?taskIds=a/b", "seedance:tasks?initialDelay=-5" })
    void badConsumerOptionsAreRefusedWhenTheRouteStarts(String uri) {
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("bad").log("never");
            }
        }), uri);
        Refusals.causeOf(e);
    }

    @Test
    void theHealthCheckIsDownWhenTheKeyIsRefused() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?scope=account&apiKey=RAW(sk-not-known)&delay=30&initialDelay=0").routeId("refused")
                        .log("never");
            }
        });
        HealthCheck refused = ((SeedanceConsumer) context.getRoute("refused").getConsumer()).getHealthCheck();
        HealthCheck working = ((SeedanceConsumer) context.getRoute("tasks").getConsumer()).getHealthCheck();
        assertEquals("consumer:refused", refused.getId());
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            HealthCheck.Result result = refused.call(Map.of());
            return result.getState() == HealthCheck.State.DOWN
                   && result.getMessage().orElse("").contains("refused the API key");
        });
        await().atMost(30, TimeUnit.SECONDS).until(() -> working.call(Map.of()).getState() == HealthCheck.State.UP);
    }
}
