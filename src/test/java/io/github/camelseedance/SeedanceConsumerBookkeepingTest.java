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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's bookkeeping when what it relies on fails: an idempotent repository that cannot claim or confirm, a
 * state repository that cannot record, a route that fails. No task is left in flight for ever, every transition is
 * offered again until it is handled, failures reach the consumer's exception handler, two consumers sharing one
 * repository emit a transition once, {@code maxMessagesPerPoll} spreads a burst over polls, and the repositories the
 * component started are stopped by their last user, and only those.
 */
class SeedanceConsumerBookkeepingTest extends CamelTestSupport {

    private static final Duration QUEUE = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(30);
    private static final List<String> STATUSES = List.of("queued", "running", "succeeded");

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(QUEUE).runTime(RUN)
            .maxQueuedTasksPerKey(5000));

    /** Each exchange the route processed without failing: "task:status". */
    private final List<String> emitted = new CopyOnWriteArrayList<>();
    private final RecordingHandler handler = new RecordingHandler();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setMaxQueuedCreates(0);
        context.addComponent("seedance", component);
        context.getRegistry().bind("handler", handler);
        return context;
    }

    private void consume(String options, Processor route) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?delay=20&initialDelay=0&exceptionHandler=#handler" + options).routeId("tasks")
                        .process(route).process(e -> emitted.add(transition(e)));
            }
        });
    }

    private static String transition(Exchange e) {
        return e.getMessage().getHeader(SeedanceConstants.TASK_ID) + ":"
               + e.getMessage().getHeader(SeedanceConstants.TASK_STATUS);
    }

    private List<String> createTasks(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(template.requestBody("seedance:create", "Bookkeeping " + i, String.class));
        }
        return ids;
    }

    private long count(List<String> ids, String status) {
        return emitted.stream().filter(t -> ids.stream().anyMatch(id -> t.equals(id + ":" + status))).count();
    }

    /** Moves the tasks through queued, running and succeeded, waiting for {@code times} emissions of each. */
    private void runThrough(List<String> ids, int times) {
        await().atMost(30, TimeUnit.SECONDS).until(() -> count(ids, "queued") == (long) times * ids.size());
        emulator.clock().advance(QUEUE.plusSeconds(1));
        await().atMost(30, TimeUnit.SECONDS).until(() -> count(ids, "running") == (long) times * ids.size());
        emulator.clock().advance(RUN.plusSeconds(1));
        await().atMost(30, TimeUnit.SECONDS).until(() -> count(ids, "succeeded") == (long) times * ids.size());
    }

    private void assertEmittedTimes(List<String> ids, int times) {
        for (String id : ids) {
            for (String status : STATUSES) {
                assertEquals(times, emitted.stream().filter(t -> t.equals(id + ":" + status)).count(), id + ":" + status);
            }
        }
    }

    @Test
    void aClaimThatFailsLeavesNoTaskStuckAndTheTransitionIsOfferedAgain() throws Exception {
        FlakyIdempotentRepository claims = new FlakyIdempotentRepository(true, false);
        context.getRegistry().bind("claims", claims);
        consume("&idempotentRepository=#claims", e -> {
        });
        List<String> ids = createTasks(3);
        runThrough(ids, 1);
        assertEmittedTimes(ids, 1);
        for (String id : ids) {
            for (String status : STATUSES) {
                assertTrue(claims.contains(id + ":" + status), "claimed and kept: " + id + ":" + status);
            }
        }
        assertEquals(9, handler.failures().size(), "each failed claim reached the exception handler");
    }

    @Test
    void aConfirmThatFailsLeavesNoTaskStuckAndTheTransitionIsOfferedAgain() throws Exception {
        FlakyIdempotentRepository claims = new FlakyIdempotentRepository(false, true);
        context.getRegistry().bind("claims", claims);
        consume("&idempotentRepository=#claims", e -> {
        });
        List<String> ids = createTasks(3);
        runThrough(ids, 2);
        assertEmittedTimes(ids, 2);
        for (String id : ids) {
            for (String status : STATUSES) {
                assertTrue(claims.contains(id + ":" + status), "confirmed the second time: " + id + ":" + status);
            }
        }
        assertEquals(9, handler.failures().size(), "each failed confirm reached the exception handler");
    }

    @Test
    void aStateRepositoryThatFailsToRecordLeavesNoTaskInFlight() throws Exception {
        FlakyStateRepository state = new FlakyStateRepository();
        context.getRegistry().bind("state", state);
        consume("&stateRepository=#state", e -> {
        });
        List<String> ids = createTasks(3);
        runThrough(ids, 2);
        assertEmittedTimes(ids, 2);
        for (String id : ids) {
            assertEquals("succeeded", state.getState("task:" + id));
        }
        assertEquals(9, handler.failures().size(), "each failed record reached the exception handler");
    }

    @Test
    void aFailedExchangeGoesToTheExceptionHandlerAndIsOfferedAgain() throws Exception {
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        consume("", e -> {
            String transition = transition(e);
            if (transition.endsWith(":running") && failedOnce.add(transition)) {
                throw new IllegalStateException("the route failed on " + transition);
            }
        });
        List<String> ids = createTasks(4);
        runThrough(ids, 1);
        assertEmittedTimes(ids, 1);
        assertEquals(4, failedOnce.size());
        List<Throwable> failures = handler.failures();
        assertEquals(4, failures.size(), "each failed exchange reached the consumer's exception handler");
        failures.forEach(f -> assertInstanceOf(IllegalStateException.class, f));
        assertEquals(4, handler.exchanges().size());
        assertTrue(handler.exchanges().stream().allMatch(e -> "running".equals(e.getMessage()
                .getHeader(SeedanceConstants.TASK_STATUS))), "with the exchange that failed");
    }

    @Test
    void twoConsumersSharingTheIdempotentRepositoryEmitATransitionOnceWhileItIsInFlight() throws Exception {
        MemoryIdempotentRepository shared = new MemoryIdempotentRepository();
        MemoryStateRepository stateA = new MemoryStateRepository();
        MemoryStateRepository stateB = new MemoryStateRepository();
        context.getRegistry().bind("shared", shared);
        context.getRegistry().bind("stateA", stateA);
        context.getRegistry().bind("stateB", stateB);
        List<String> entered = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?delay=20&initialDelay=0&idempotentRepository=#shared&stateRepository=#stateA")
                        .routeId("a").process(holdUntilTheOtherHandled("a", stateB, entered))
                        .process(e -> emitted.add(transition(e)));
                from("seedance:tasks?delay=20&initialDelay=0&idempotentRepository=#shared&stateRepository=#stateB")
                        .routeId("b").process(holdUntilTheOtherHandled("b", stateA, entered))
                        .process(e -> emitted.add(transition(e)));
            }
        });
        List<String> ids = createTasks(3);
        await().atMost(30, TimeUnit.SECONDS).until(() -> ids.stream().allMatch(id -> "queued".equals(
                stateA.getState("task:" + id)) && "queued".equals(stateB.getState("task:" + id))));
        assertEquals(3, count(ids, "queued"), "each transition once across both consumers: " + entered);
    }

    /**
     * Holds a queued transition until the other consumer has either handled it (recorded without emitting) or taken
     * it into its own route: both only if both were let through.
     */
    private static Processor holdUntilTheOtherHandled(String me, MemoryStateRepository otherState, List<String> entered) {
        String other = me.equals("a") ? "b" : "a";
        return e -> {
            String transition = transition(e);
            entered.add(me + ":" + transition);
            String id = e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
            await().atMost(30, TimeUnit.SECONDS).until(() -> "queued".equals(otherState.getState("task:" + id))
                                                             || entered.contains(other + ":" + transition));
        };
    }

    @Test
    void maxMessagesPerPollSpreadsTwoHundredFiftyTransitionsOverThreePolls() throws Exception {
        List<int[]> batches = new CopyOnWriteArrayList<>(); // {index, size} of each exchange
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?delay=20&initialDelay=0&maxMessagesPerPoll=100").routeId("batched")
                        .autoStartup(false)
                        .process(e -> batches.add(new int[] {
                                e.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class),
                                e.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class) }))
                        .process(e -> emitted.add(transition(e)));
            }
        });
        List<String> ids = createTasks(250);
        context.getRouteController().startRoute("batched");
        await().atMost(60, TimeUnit.SECONDS).until(() -> count(ids, "queued") == 250);
        List<Integer> perPoll = new ArrayList<>();
        for (int[] exchange : batches) {
            if (exchange[0] == 0) {
                perPoll.add(exchange[1]);
            }
        }
        assertEquals(List.of(100, 100, 50), perPoll, "exchanges per poll");
        assertEquals(250, emitted.stream().distinct().count());
    }

    @Test
    void maxMessagesPerPollIsRefusedBelowZero() {
        Exception e = assertThrows(Exception.class,
                () -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("seedance:tasks?maxMessagesPerPoll=-1").routeId("bad").log("never");
                    }
                }));
        assertEquals("maxMessagesPerPoll", Refusals.causeOf(e).getField());
    }

    @Test
    void theRepositoriesTheConsumerStartedAreStoppedWithItAndOnlyThose() throws Exception {
        MemoryIdempotentRepository claims = new MemoryIdempotentRepository();
        MemoryStateRepository theirs = new MemoryStateRepository();
        theirs.start(); // started by someone else: not the consumer's to stop
        context.getRegistry().bind("claims", claims);
        context.getRegistry().bind("theirs", theirs);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?delay=20&initialDelay=0&idempotentRepository=#claims&stateRepository=#theirs")
                        .routeId("first").log("${header.CamelSeedanceTaskStatus}");
                from("seedance:tasks?delay=30&initialDelay=0&idempotentRepository=#claims").routeId("second")
                        .log("${header.CamelSeedanceTaskStatus}");
            }
        });
        assertTrue(claims.isStarted(), "the consumers started the idempotent repository");
        context.getRouteController().stopRoute("first");
        assertTrue(claims.isStarted(), "still used by the second consumer");
        assertTrue(theirs.isStarted(), "not the consumer's to stop");
        context.getRouteController().stopRoute("second");
        assertTrue(claims.isStopped(), "stopped with its last user");
        assertTrue(theirs.isStarted(), "not the consumer's to stop");
        context.getRouteController().startRoute("second");
        assertTrue(claims.isStarted(), "started again with the consumer");
        context.getRouteController().stopRoute("second");
        assertTrue(claims.isStopped());
        theirs.stop();
    }

    @Test
    void theTaskRepositoryTheEndpointStartedIsStoppedWithIt() throws Exception {
        MemoryStateRepository tasks = new MemoryStateRepository();
        MemoryStateRepository theirs = new MemoryStateRepository();
        theirs.start();
        context.getRegistry().bind("tasks", tasks);
        context.getRegistry().bind("theirs", theirs);
        SeedanceEndpoint first = context.getEndpoint("seedance:generate?taskRepository=#tasks&correlationKey=${body}",
                SeedanceEndpoint.class);
        SeedanceEndpoint second = context.getEndpoint(
                "seedance:generate?taskRepository=#tasks&correlationKey=${body}&deadline=60s", SeedanceEndpoint.class);
        SeedanceEndpoint third = context.getEndpoint("seedance:generate?taskRepository=#theirs&correlationKey=${body}",
                SeedanceEndpoint.class);
        assertTrue(first.isStarted() && second.isStarted() && third.isStarted());
        assertTrue(tasks.isStarted(), "the endpoints started the task repository");
        first.stop();
        assertTrue(tasks.isStarted(), "still used by the second endpoint");
        second.stop();
        assertTrue(tasks.isStopped(), "stopped with its last user");
        third.stop();
        assertTrue(theirs.isStarted(), "not the endpoint's to stop");
        assertFalse(theirs.isStopped());
        theirs.stop();
    }

    /** An idempotent repository whose add, or confirm, fails the first time for each key. */
    static final class FlakyIdempotentRepository extends MemoryIdempotentRepository {
        private final Set<String> failedAdd = ConcurrentHashMap.newKeySet();
        private final Set<String> failedConfirm = ConcurrentHashMap.newKeySet();
        private final boolean failAdd;
        private final boolean failConfirm;

        FlakyIdempotentRepository(boolean failAdd, boolean failConfirm) {
            this.failAdd = failAdd;
            this.failConfirm = failConfirm;
        }

        @Override
        public boolean add(String key) {
            if (failAdd && failedAdd.add(key)) {
                throw new IllegalStateException("the repository is unreachable (add " + key + ")");
            }
            return super.add(key);
        }

        @Override
        public boolean confirm(String key) {
            if (failConfirm && failedConfirm.add(key)) {
                throw new IllegalStateException("the repository is unreachable (confirm " + key + ")");
            }
            return super.confirm(key);
        }
    }

    /** A state repository that fails the first time it records each task's status. */
    static final class FlakyStateRepository extends MemoryStateRepository {
        private final Set<String> failed = ConcurrentHashMap.newKeySet();

        @Override
        public void setState(String key, String value) {
            if (key.startsWith("task:") && failed.add(key + "=" + value)) {
                throw new IllegalStateException("the state store is unreachable (" + key + "=" + value + ")");
            }
            super.setState(key, value);
        }
    }

    /** The consumer's exception handler: what reached it, and the exchanges it came with. */
    static final class RecordingHandler implements ExceptionHandler {
        private final List<Throwable> failures = new CopyOnWriteArrayList<>();
        private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

        @Override
        public void handleException(Throwable exception) {
            handleException(null, null, exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handleException(message, null, exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            failures.add(exception);
            if (exchange != null) {
                exchanges.add(exchange);
            }
        }

        List<Throwable> failures() {
            return List.copyOf(failures);
        }

        List<Exchange> exchanges() {
            return List.copyOf(exchanges);
        }
    }
}
