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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.camelseedance.client.OutcomeUnknownException;
import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.emulator.SeedanceEmulator;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.producer.LedgerProbe;
import io.github.camelseedance.runtime.RuntimeProbe;
import io.github.camelseedance.watch.TaskAbandonedException;
import io.github.camelseedance.watch.TaskDeadlineException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One paid create per request: the deadline covers the queue wait, exchanges with one correlation key share one
 * create, a create whose answer was lost is reconciled (every page of candidates) instead of paid again, and a stop
 * lets a sent create finish and names the task it abandons. The emulator's clock and the component's move together.
 */
class SeedanceExactlyOnceTest {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofSeconds(30))
            .runTime(Duration.ofSeconds(30)).maxQueuedTasksPerKey(5000));

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private VirtualClock clock;

    private SeedanceComponent component(Consumer<SeedanceConfiguration> settings) {
        clock = new VirtualClock(emu().clock().now());
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.setClock(clock);
        component.getConfiguration().setRequestsPerSecond(0);
        settings.accept(component.getConfiguration());
        return component;
    }

    private static DefaultCamelContext start(SeedanceComponent component) {
        DefaultCamelContext context = new DefaultCamelContext();
        context.addComponent("seedance", component);
        context.start();
        return context;
    }

    private static SeedanceEmulator emu() {
        return emulator.emulator();
    }

    /** Moves the provider's time and ours together, five seconds at a time, until {@code done}. */
    private void runUntil(java.util.function.BooleanSupplier done) {
        await().atMost(60, TimeUnit.SECONDS).until(() -> {
            emu().clock().advance(Duration.ofSeconds(5));
            clock.advance(Duration.ofSeconds(5));
            return done.getAsBoolean();
        });
    }

    /** Keys recorded in {@code repository}, and no cap on queued creates (the tests create many tasks). */
    private SeedanceComponent recordingWithoutCap(MemoryStateRepository repository) {
        return component(c -> {
            c.setTaskRepository(repository);
            c.setMaxQueuedCreates(0);
        });
    }

    private static String model() {
        String model = "ep-" + Long.toString(System.nanoTime(), 36);
        emu().registerModel(model);
        return model;
    }

    /** Defect 1: a generate waiting for room in the queue created its task after its deadline. */
    @Test
    void theDeadlineCoversTheWaitForRoomInTheQueueAndNothingIsCreatedAfterIt() throws Exception {
        SeedanceComponent component = component(c -> c.setMaxQueuedCreates(1));
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            // the account's one place is taken by a task that stays queued for 30 s
            Exchange holder = template.send("seedance:create", e -> e.getMessage().setBody("Holds the place"));
            assertNull(holder.getException());
            CompletableFuture<Exchange> late = template.asyncSend("seedance:generate?deadline=2s", e -> {
                e.getMessage().setBody("Waits for the place");
                e.getMessage().setHeader(SeedanceConstants.TASK_ID, "cgt-20250101000000-older");
            });
            await().atMost(30, TimeUnit.SECONDS).until(() -> {
                clock.advance(Duration.ofMillis(500)); // the provider's time stands still: the place stays taken
                return late.isDone();
            });
            TaskDeadlineException deadline = assertInstanceOf(TaskDeadlineException.class, late.join().getException());
            assertNull(deadline.getTaskId(), "no task was created for it");
            assertNull(late.join().getMessage().getHeader(SeedanceConstants.TASK_ID), "no task id, not even an older one");
            assertEquals(1, emu().journal().creates());

            // the place it waited for goes to the next in line once the first task leaves the queue
            CompletableFuture<Exchange> next = template.asyncSend("seedance:create", e -> e.getMessage().setBody("Next"));
            runUntil(next::isDone);
            assertNull(next.join().getException());
            assertEquals(2, emu().journal().creates(), "the late generate never created");
        }
    }

    /** Defect 2: exchanges with one correlation key at the same time each paid for a task. */
    @Test
    void exchangesWithOneKeyInFlightShareOneCreate() throws Exception {
        MemoryStateRepository repository = new MemoryStateRepository();
        for (MemoryStateRepository tasks : new MemoryStateRepository[] { null, repository }) {
            long before = emu().journal().creates();
            SeedanceComponent component = component(c -> c.setTaskRepository(tasks));
            try (DefaultCamelContext context = start(component)) {
                ProducerTemplate template = context.createProducerTemplate();
                List<CompletableFuture<Exchange>> sent = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    sent.add(template.asyncSend("seedance:generate?correlationKey=${header.order}", e -> {
                        e.getMessage().setBody("One order");
                        e.getMessage().setHeader("order", "order-" + (tasks == null ? "a" : "b"));
                    }));
                }
                runUntil(() -> sent.stream().allMatch(CompletableFuture::isDone));
                sent.forEach(f -> assertNull(f.join().getException()));
                assertEquals(1, sent.stream().map(f -> f.join().getMessage().getHeader(SeedanceConstants.TASK_ID))
                        .distinct().count(), "one task for the five");
                assertEquals(before + 1, emu().journal().creates(), "one create, repository " + tasks);
            }
        }
    }

    /**
     * Defects 3 and 10: a redelivery of a create whose answer was lost reconciles it instead of paying again, and finds
     * the task paid for on the third page of candidates, behind 250 newer tasks of its model.
     */
    @Test
    void aLostAnswerIsReconciledOnRedeliveryFromEveryPageAndNeverPaidAgain() throws Exception {
        MemoryStateRepository repository = new MemoryStateRepository();
        SeedanceComponent component = recordingWithoutCap(repository);
        String model = model();
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            emu().scenario().nextCreate().dropConnectionAfterCreate();
            Exchange lost = template.send("seedance:generate?correlationKey=order-lost", e -> {
                e.getMessage().setBody("Lost answer");
                e.getMessage().setHeader(SeedanceConstants.MODEL, model);
            });
            assertInstanceOf(OutcomeUnknownException.class, lost.getException());
            assertTrue(repository.getState("order-lost").startsWith("pending|"), repository.getState("order-lost"));
            // a busy account: 250 newer tasks of the same model, a minute later
            emu().clock().advance(Duration.ofMinutes(1));
            clock.advance(Duration.ofMinutes(1));
            for (int i = 0; i < 250; i++) {
                int index = i;
                assertNull(template.send("seedance:create", e -> {
                    e.getMessage().setBody("Newer " + index);
                    e.getMessage().setHeader(SeedanceConstants.MODEL, model);
                }).getException());
            }
            long creates = emu().journal().creates();
            assertEquals(251, creates);

            CompletableFuture<Exchange> redelivered = template.asyncSend("seedance:generate?correlationKey=order-lost",
                    e -> {
                        e.getMessage().setBody("Lost answer");
                        e.getMessage().setHeader(SeedanceConstants.MODEL, model);
                    });
            runUntil(redelivered::isDone);
            assertNull(redelivered.join().getException());
            assertEquals(creates, emu().journal().creates(), "the redelivery adopted the task paid for");
            String taskId = redelivered.join().getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
            assertEquals(taskId, LedgerProbe.recordedTaskId(repository.getState("order-lost")));
        }
    }

    /** Defect 3: with two candidates the key stays pending, nothing is created, and the route adopts one by header. */
    @Test
    void anAmbiguousLostAnswerIsNeverPaidAgainUntilTheRouteAdoptsATask() throws Exception {
        MemoryStateRepository repository = new MemoryStateRepository();
        SeedanceComponent component = recordingWithoutCap(repository);
        String model = model();
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            emu().scenario().nextCreate().dropConnectionAfterCreate();
            Consumer<Exchange> order = e -> {
                e.getMessage().setBody("Ambiguous");
                e.getMessage().setHeader(SeedanceConstants.MODEL, model);
                e.getMessage().setHeader(SeedanceConstants.CORRELATION_KEY, "order-twice");
            };
            assertInstanceOf(OutcomeUnknownException.class, template.send("seedance:generate", order::accept)
                    .getException());
            // another task of the model in the same window: which one was paid for cannot be told
            Exchange other = template.send("seedance:create", e -> {
                e.getMessage().setBody("Same second");
                e.getMessage().setHeader(SeedanceConstants.MODEL, model);
            });
            assertNull(other.getException());
            String otherId = other.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
            long creates = emu().journal().creates();
            List<String> candidates = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                OutcomeUnknownException again = assertInstanceOf(OutcomeUnknownException.class,
                        template.send("seedance:generate", order::accept).getException());
                assertEquals(2, again.getCandidates().size(), again.getMessage());
                assertTrue(again.getMessage().contains(SeedanceConstants.ADOPT_TASK_ID), again.getMessage());
                candidates = again.getCandidates().stream().map(io.github.camelseedance.model.Task::id).toList();
            }
            assertEquals(creates, emu().journal().creates(), "redeliveries never paid again");

            String paid = candidates.stream().filter(id -> !id.equals(otherId)).findFirst().orElseThrow();
            CompletableFuture<Exchange> adopted = template.asyncSend("seedance:generate", e -> {
                order.accept(e);
                e.getMessage().setHeader(SeedanceConstants.ADOPT_TASK_ID, paid);
            });
            runUntil(adopted::isDone);
            assertNull(adopted.join().getException());
            assertEquals(paid, adopted.join().getMessage().getHeader(SeedanceConstants.TASK_ID));
            assertEquals(creates, emu().journal().creates());
        }
    }

    /** Defects 5 and 13: a stop interrupted a sent create, and abandoned the task without naming it. */
    @Test
    void aStopLetsASentCreateFinishAndNamesTheTaskItAbandons() throws Exception {
        MemoryStateRepository repository = new MemoryStateRepository();
        // the application's bean, started by its owner, outlives the context (one the component started would be
        // stopped with it, and an in-memory one forgets on stop)
        repository.start();
        SeedanceComponent component = component(c -> c.setTaskRepository(repository));
        DefaultCamelContext context = start(component);
        emu().scenario().nextCreate().slowBody(Duration.ofMillis(1500));
        CompletableFuture<Exchange> sent = context.createProducerTemplate().asyncSend(
                "seedance:generate?correlationKey=order-stop", e -> e.getMessage().setBody("Stopped while created"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> emu().journal().creates() == 1);
        context.stop(); // while the answer of the create is on its way
        await().atMost(10, TimeUnit.SECONDS).until(sent::isDone);

        TaskAbandonedException abandoned = assertInstanceOf(TaskAbandonedException.class, sent.join().getException());
        String taskId = LedgerProbe.recordedTaskId(repository.getState("order-stop"));
        assertEquals(taskId, abandoned.getTaskId(), "the create was answered, not interrupted");
        assertEquals(taskId, sent.join().getMessage().getHeader(SeedanceConstants.TASK_ID));
        assertEquals(1, logs.lines().stream().filter(l -> l.contains("WARN") || l.contains("Stopped waiting"))
                .filter(l -> l.contains(taskId)).count(), "one line lists the abandoned task: " + logs.lines());
        assertEquals(1, emu().journal().creates());

        // resumed by sending the exchange again with the key: no second create
        try (DefaultCamelContext again = start(component(c -> c.setTaskRepository(repository)))) {
            CompletableFuture<Exchange> resent = again.createProducerTemplate().asyncSend(
                    "seedance:generate?correlationKey=order-stop", e -> e.getMessage().setBody("Stopped while created"));
            runUntil(resent::isDone);
            assertNull(resent.join().getException());
            assertEquals(taskId, resent.join().getMessage().getHeader(SeedanceConstants.TASK_ID));
            assertEquals(1, emu().journal().creates());
        }
    }

    /** Defect 9: a flood of exchanges filled the heap; the excess is refused at once, the admitted ones complete. */
    @Test
    void aFloodBeyondMaxInflightExchangesIsRefusedAtOnceAndTheRestComplete() throws Exception {
        SeedanceComponent component = component(c -> c.setMaxQueuedCreates(0));
        component.setMaxInflightExchanges(50);
        int n = 10_000;
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            List<CompletableFuture<Exchange>> sent = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                sent.add(template.asyncSend("seedance:generate", e -> e.getMessage().setBody("Flood " + index)));
            }
            await().atMost(60, TimeUnit.SECONDS).until(() -> sent.stream().filter(CompletableFuture::isDone).count()
                                                             == n - 50);
            long refused = sent.stream().filter(CompletableFuture::isDone).map(f -> f.join().getException())
                    .filter(e -> e instanceof java.util.concurrent.RejectedExecutionException
                                 && e.getMessage().contains("maxInflightExchanges"))
                    .count();
            assertEquals(n - 50, refused);
            sent.removeIf(CompletableFuture::isDone); // the test lets go of the refused; the component holds the 50
            System.gc();
            long heapFlooded = memory.getHeapMemoryUsage().getUsed();
            runUntil(() -> sent.stream().allMatch(CompletableFuture::isDone));
            assertEquals(50, sent.stream().filter(f -> f.join().getException() == null).count());
            assertEquals(50, emu().journal().creates(), "nothing refused was sent");
            assertEquals(0, RuntimeProbe.inflightExchanges(component));
            System.out.printf("Flood of %d exchanges, maxInflightExchanges=50: %d refused at once, 50 completed; heap"
                              + " %d MB before, %d MB after it with the 50 in flight%n", n, refused, heapBefore >> 20,
                    heapFlooded >> 20);
        }
    }

    /** Defect 9: the I/O queue is bounded; a create beyond it is refused, naming the option, and never sent. */
    @Test
    void aCreateBeyondTheIoQueueIsRefusedNamingTheOptionAndNotSent() throws Exception {
        SeedanceComponent component = component(c -> {
            c.setMaxQueuedCreates(0);
            c.setMaxConnections(1);
        });
        // one I/O thread (the component's one pool) and a queue of one call behind it
        component.setIoPoolSize(1);
        component.setIoQueueSize(1);
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            emu().scenario().nextCreate().slowBody(Duration.ofMillis(1500));
            CompletableFuture<Exchange> running = template.asyncSend("seedance:create", e -> e.getMessage().setBody("1"));
            await().atMost(10, TimeUnit.SECONDS).until(() -> emu().journal().creates() == 1);
            List<CompletableFuture<Exchange>> more = List.of(
                    template.asyncSend("seedance:create", e -> e.getMessage().setBody("2")),
                    template.asyncSend("seedance:create", e -> e.getMessage().setBody("3")));
            // one waits in the queue, the other finds it full and is refused at once
            await().atMost(10, TimeUnit.SECONDS).until(() -> more.stream().anyMatch(CompletableFuture::isDone));
            Exchange refused = more.stream().filter(CompletableFuture::isDone).findFirst().orElseThrow().join();
            assertNotNull(refused.getException());
            assertTrue(refused.getException().getMessage().contains("ioQueueSize"), refused.getException().getMessage());
            assertTrue(refused.getException().getMessage().contains("nothing was sent"));
            await().atMost(20, TimeUnit.SECONDS).until(() -> running.isDone() && more.stream().allMatch(
                    CompletableFuture::isDone));
            assertNull(running.join().getException());
            assertEquals(1, more.stream().filter(f -> f.join().getException() == null).count());
            assertEquals(2, emu().journal().creates());
        }
    }

    /** Defect 4: an Error out of a user's StateRepository let the exchange go on without an exception or a result. */
    @Test
    void anErrorFromTheTaskRepositoryFailsTheExchangeWithIt() throws Exception {
        MemoryStateRepository broken = new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                throw new NoClassDefFoundError("org/h2/Driver");
            }
        };
        SeedanceComponent component = component(c -> c.setTaskRepository(broken));
        try (DefaultCamelContext context = start(component)) {
            Exchange done = context.createProducerTemplate().send("seedance:generate?correlationKey=order-error",
                    e -> e.getMessage().setBody("Broken repository"));
            // Camel keeps an Error on the exchange as the cause of a CamelExecutionException
            assertInstanceOf(NoClassDefFoundError.class, done.getException().getCause(), String.valueOf(done.getException()));
            assertEquals(0, emu().journal().creates(), "nothing is created that cannot be recorded");
            assertEquals(0, RuntimeProbe.inflightExchanges(component));
            // the worker threads survived: the next exchange completes
            assertNull(context.createProducerTemplate().send("seedance:create", e -> e.getMessage().setBody("After"))
                    .getException());
        }
    }

    /** Defect 4: an Error out of the fileName expression, on a worker thread, once the task succeeded. */
    @Test
    void anErrorFromTheFileNameExpressionFailsTheExchangeWithIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        SeedanceComponent component = component(c -> c.setMaxQueuedCreates(0));
        try (DefaultCamelContext context = start(component)) {
            context.getRegistry().bind("names", new Object() {
                @SuppressWarnings("unused")
                public String name() {
                    throw new StackOverflowError("the name went round in circles");
                }
            });
            CompletableFuture<Exchange> sent = context.createProducerTemplate().asyncSend("seedance:generate?output=file"
                    + "&directory=" + dir + "&fileName=${bean:names?method=name}", e -> e.getMessage().setBody("Named"));
            runUntil(sent::isDone);
            Throwable failure = sent.join().getException();
            assertNotNull(failure, "the exchange failed instead of going on without a result");
            assertTrue(causedBy(failure, StackOverflowError.class), String.valueOf(failure));
            assertEquals(0, RuntimeProbe.inflightExchanges(component));
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Defect 12: the same key with another image answered the old task's video, without a create or a word. */
    @Test
    void aKeyNamesOneRequestNewBytesUnderTheSameNameCreateAnew(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        MemoryStateRepository repository = new MemoryStateRepository();
        SeedanceComponent component = component(c -> {
            c.setTaskRepository(repository);
            c.setCorrelationKey("${header.CamelFileName}");
            c.setMaxQueuedCreates(0);
        });
        java.nio.file.Path frame = dir.resolve("frame.png");
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            java.nio.file.Files.write(frame, TestImages.png(640, 480));
            String first = generateFrom(template, frame);
            assertEquals(1, emu().journal().creates());

            java.nio.file.Files.write(frame, TestImages.png(480, 640)); // another image under the same name
            String second = generateFrom(template, frame);
            assertTrue(!second.equals(first), "a new video for the new image");
            assertEquals(2, emu().journal().creates());
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("frame.png") && l.contains("creating anew")
                                                           && l.contains(first)), "the replaced task is logged");

            assertEquals(second, generateFrom(template, frame), "the same image again: the task it made");
            assertEquals(2, emu().journal().creates(), "without a create");
        }
    }

    private String generateFrom(ProducerTemplate template, java.nio.file.Path frame) {
        CompletableFuture<Exchange> sent = template.asyncSend("seedance:generate", e -> {
            e.getMessage().setBody("A video of the frame");
            e.getMessage().setHeader(Exchange.FILE_NAME, frame.getFileName().toString());
            e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, frame.toFile());
        });
        runUntil(sent::isDone);
        assertNull(sent.join().getException());
        return sent.join().getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
    }

    /** Defect 11: settings that cannot work together passed silently. */
    @Test
    void settingsThatCannotWorkTogetherAreRefusedNamingThem() throws Exception {
        try (DefaultCamelContext context = start(component(c -> { }))) {
            Exception noOutput = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> context.getEndpoint("seedance:generate?directory=/tmp/videos"));
            assertTrue(String.valueOf(noOutput.getCause()).contains("directory")
                       && String.valueOf(noOutput.getCause()).contains("output=file"), String.valueOf(noOutput.getCause()));
            Exception noDirectory = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> context.getEndpoint("seedance:download?output=file"));
            assertTrue(String.valueOf(noDirectory.getCause()).contains("directory"), String.valueOf(noDirectory));
        }
        DefaultCamelContext context = new DefaultCamelContext();
        context.addComponent("seedance", component(c -> { }));
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("seedance:create?maxQueuedCreates=3");
                from("direct:b").to("seedance:generate?maxQueuedCreates=5");
            }
        });
        try (context) {
            Exception conflict = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, context::start);
            String message = String.valueOf(org.apache.camel.util.ObjectHelper.getException(
                    io.github.camelseedance.model.SeedanceValidationException.class, conflict));
            assertTrue(message.contains("seedance://create?maxQueuedCreates=3")
                       && message.contains("seedance://generate?maxQueuedCreates=5"), message);
        }
    }

    /** Every exchange ends once: a stop ends those still waiting for a place in the queue, having sent nothing. */
    @Test
    void aStopEndsTheExchangesWaitingForAPlaceInTheQueueWithNothingSent() throws Exception {
        SeedanceComponent component = component(c -> c.setMaxQueuedCreates(1));
        DefaultCamelContext context = start(component);
        ProducerTemplate template = context.createProducerTemplate();
        assertNull(template.send("seedance:create", e -> e.getMessage().setBody("Holds the place")).getException());
        CompletableFuture<Exchange> plain = template.asyncSend("seedance:generate", e -> e.getMessage().setBody("Waits"));
        CompletableFuture<Exchange> keyed = template.asyncSend("seedance:generate?correlationKey=order-waits",
                e -> e.getMessage().setBody("Waits with a key"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> RuntimeProbe.inflightExchanges(component) == 2);
        context.stop();
        await().atMost(10, TimeUnit.SECONDS).until(() -> plain.isDone() && keyed.isDone());
        for (CompletableFuture<Exchange> sent : List.of(plain, keyed)) {
            Exception failure = sent.join().getException();
            assertNotNull(failure);
            assertTrue(failure.getMessage().contains("nothing was created"), failure.getMessage());
        }
        assertEquals(1, emu().journal().creates());
        assertEquals(0, RuntimeProbe.inflightExchanges(component));
    }

    /** A claim on a key is given back when the generation fails before its create was sent. */
    @Test
    void aKeyWhoseGenerationFailedBeforeTheCreateIsNotLeftClaimed() throws Exception {
        org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository claims =
                new org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository();
        MemoryStateRepository repository = new MemoryStateRepository();
        SeedanceComponent component = component(c -> {
            c.setMaxQueuedCreates(1);
            c.setTaskRepository(repository);
            c.setCorrelationRepository(claims);
        });
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            assertNull(template.send("seedance:create", e -> e.getMessage().setBody("Holds the place")).getException());
            CompletableFuture<Exchange> late = template.asyncSend("seedance:generate?deadline=2s&correlationKey=order-x",
                    e -> e.getMessage().setBody("Waits for the place"));
            await().atMost(30, TimeUnit.SECONDS).until(() -> {
                clock.advance(Duration.ofMillis(500));
                return late.isDone();
            });
            assertInstanceOf(TaskDeadlineException.class, late.join().getException());
            assertTrue(!claims.contains("order-x"), "the claim was given back");
            assertNull(repository.getState("order-x"), "nothing recorded: nothing was sent");
        }
    }

    /** The adopt header is checked before anything is sent: a safe task id, with a key and a task repository. */
    @Test
    void anAdoptHeaderThatCannotWorkIsRefusedNamingItBeforeAnythingIsSent() throws Exception {
        SeedanceComponent component = component(c -> c.setTaskRepository(new MemoryStateRepository()));
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            long requests = emu().journal().size();
            Exchange unsafe = template.send("seedance:generate?correlationKey=order-adopt", e -> {
                e.getMessage().setBody("Adopts");
                e.getMessage().setHeader(SeedanceConstants.ADOPT_TASK_ID, "../tasks?x=1");
            });
            io.github.camelseedance.model.SeedanceValidationException refused = assertInstanceOf(
                    io.github.camelseedance.model.SeedanceValidationException.class, unsafe.getException());
            assertEquals(SeedanceConstants.ADOPT_TASK_ID, refused.getField());
            Exchange keyless = template.send("seedance:generate", e -> {
                e.getMessage().setBody("Adopts without a key");
                e.getMessage().setHeader(SeedanceConstants.ADOPT_TASK_ID, "cgt-20250101000000-adopt");
            });
            refused = assertInstanceOf(io.github.camelseedance.model.SeedanceValidationException.class,
                    keyless.getException());
            assertTrue(refused.getMessage().contains("correlation key"), refused.getMessage());
            assertEquals(requests, emu().journal().size(), "nothing was sent");
        }
    }

    /**
     * A claim lost to another instance that gave it back before the loser looked (camel-sql answers the loser with a
     * duplicate-key error, and the winner holds the claim only until its pending record is written) is asked for again.
     */
    @Test
    void aClaimLostToAnInstanceThatAlreadyGaveItBackIsAskedForAgain() throws Exception {
        org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository claims =
                new org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository() {
                    private final java.util.concurrent.atomic.AtomicBoolean raced =
                            new java.util.concurrent.atomic.AtomicBoolean();

                    @Override
                    public boolean add(String key) {
                        if (raced.compareAndSet(false, true)) {
                            throw new IllegalStateException("duplicate key " + key + " (the winner has given it back)");
                        }
                        return super.add(key);
                    }
                };
        SeedanceComponent component = component(c -> {
            c.setTaskRepository(new MemoryStateRepository());
            c.setCorrelationRepository(claims);
        });
        try (DefaultCamelContext context = start(component)) {
            CompletableFuture<Exchange> sent = context.createProducerTemplate().asyncSend(
                    "seedance:generate?correlationKey=order-race", e -> e.getMessage().setBody("Raced"));
            runUntil(sent::isDone);
            assertNull(sent.join().getException());
            assertEquals(1, emu().journal().creates());
        }
    }
}
