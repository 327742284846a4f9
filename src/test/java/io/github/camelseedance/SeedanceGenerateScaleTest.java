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

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.emulator.SeedanceEmulator;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.producer.LedgerProbe;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generate at scale and across restarts: a thousand generations in flight on a worker pool of at most 16 threads; a
 * cap on queued creates that holds creates instead of collecting 429s; the account's request rate on a virtual clock;
 * and twenty generations that resume after a restart from a file repository instead of paying again.
 */
class SeedanceGenerateScaleTest {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofSeconds(5))
            .runTime(Duration.ofSeconds(30)).maxQueuedTasksPerKey(5000));

    @TempDir
    Path dir;

    private DefaultCamelContext start(SeedanceComponent component) {
        DefaultCamelContext context = new DefaultCamelContext();
        context.addComponent("seedance", component);
        context.start();
        return context;
    }

    private static Set<String> workerThreads() {
        Set<String> names = ConcurrentHashMap.newKeySet();
        Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> n.contains("SeedanceWorker"))
                .forEach(names::add);
        return names;
    }

    @Test
    void aThousandGenerationsInFlightOnAtMostSixteenWorkerThreads() throws Exception {
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setMaxQueuedCreates(0); // this test is about threads, not the queue cap
        int n = 1000;
        int tasksBefore = emulator.emulator().taskCount();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                sent.add(template.asyncSend("seedance:generate", e -> e.getMessage().setBody("Generation " + index)));
            }
            Set<String> workers = ConcurrentHashMap.newKeySet();
            int[] peakThreads = new int[1];
            // all created and waiting: no thread per waiting exchange
            await().atMost(60, TimeUnit.SECONDS).until(() -> {
                workers.addAll(workerThreads());
                peakThreads[0] = Math.max(peakThreads[0], ManagementFactory.getThreadMXBean().getThreadCount());
                return emulator.emulator().taskCount() - tasksBefore == n;
            });
            assertTrue(sent.stream().noneMatch(CompletableFuture::isDone), "every generation waits for its task");
            await().atMost(120, TimeUnit.SECONDS).until(() -> {
                emulator.clock().advance(Duration.ofSeconds(5));
                workers.addAll(workerThreads());
                peakThreads[0] = Math.max(peakThreads[0], ManagementFactory.getThreadMXBean().getThreadCount());
                return sent.stream().allMatch(CompletableFuture::isDone);
            });
            sent.forEach(f -> assertNull(f.join().getException()));
            assertEquals(n, emulator.emulator().journal().creates());
            assertTrue(workers.size() <= 16, "worker threads " + workers.size());
            System.out.println("1000 generations: worker threads " + workers.size() + ", JVM threads " + threadsBefore
                               + " before, peak " + peakThreads[0] + " while 1000 were in flight");
        }
    }

    @Test
    void theQueueCapHoldsCreatesInsteadOfCollecting429s() throws Exception {
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setMaxQueuedCreates(3);
        SeedanceEmulator emu = emulator.emulator();
        emu.maxQueuedTasksPerKey(3 + 2); // the provider would refuse a sixth queued task of this key
        emu.addApiKey("sk-queue-cap");
        component.getConfiguration().setApiKey("sk-queue-cap");
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int index = i;
                sent.add(template.asyncSend("seedance:create", e -> e.getMessage().setBody("Queued " + index)));
            }
            await().atMost(10, TimeUnit.SECONDS).until(() -> sent.stream().filter(CompletableFuture::isDone).count() == 3);
            assertEquals(3, emu.journal().creates(), "three queued; five held without a thread");
            // the tasks start running: their places come back, the held creates go out
            await().atMost(30, TimeUnit.SECONDS).until(() -> {
                emu.clock().advance(Duration.ofSeconds(5));
                return sent.stream().allMatch(CompletableFuture::isDone);
            });
            sent.forEach(f -> assertNull(f.join().getException()));
            assertEquals(8, emu.journal().creates());
            assertEquals(0, emu.journal().count(e -> e.status() == 429), "no 429 was collected");
        } finally {
            emu.maxQueuedTasksPerKey(5000);
        }
    }

    @Test
    void theAccountsRequestRateSpacesCallsOnTheClock() throws Exception {
        VirtualClock clock = new VirtualClock();
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.setClock(clock);
        component.getConfiguration().setRequestsPerSecond(2);
        component.getConfiguration().setMaxQueuedCreates(0);
        try (DefaultCamelContext context = start(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            // the create takes the first slot, at once
            String taskId = template.asyncSend("seedance:create", e -> e.getMessage().setBody("Rated")).join()
                    .getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
            long before = gets();
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(template.asyncSend("seedance:get", e -> e.getMessage().setBody(taskId)));
            }
            // all four wait for their slots on the clock, none was sent: the next slot is 500 ms away
            await().atMost(10, TimeUnit.SECONDS).until(() -> clock.pending() == 4);
            assertEquals(0, gets() - before);
            for (int step = 1; step <= 4; step++) {
                clock.advance(Duration.ofMillis(500));
                long expected = step;
                await().atMost(10, TimeUnit.SECONDS).until(() -> gets() - before == expected);
            }
            await().atMost(10, TimeUnit.SECONDS).until(() -> sent.stream().allMatch(CompletableFuture::isDone));
            sent.forEach(f -> assertNull(f.join().getException()));
        }
    }

    private static long gets() {
        return emu().journal().countPrefix("GET", io.github.camelseedance.client.Provider.POWERTOKENS.tasksPath() + "/");
    }

    private static SeedanceEmulator emu() {
        return emulator.emulator();
    }

    @Test
    void twentyGenerationsResumeAfterARestartWithoutPayingTwice() throws Exception {
        Path repositoryFile = dir.resolve("tasks.state");
        int creates;
        int n = 20;
        try (DefaultCamelContext first = start(restartable(repositoryFile))) {
            ProducerTemplate template = first.createProducerTemplate();
            for (int i = 0; i < n; i++) {
                send(template, i);
            }
            await().atMost(30, TimeUnit.SECONDS).until(() -> emulator.emulator().journal().creates() == n);
        } // the context stops while the 20 generations wait
        creates = (int) emulator.emulator().journal().creates();
        try (DefaultCamelContext second = start(restartable(repositoryFile))) {
            ProducerTemplate template = second.createProducerTemplate();
            List<CompletableFuture<Exchange>> resent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                resent.add(send(template, i));
            }
            await().atMost(60, TimeUnit.SECONDS).until(() -> {
                emulator.clock().advance(Duration.ofSeconds(5));
                return resent.stream().allMatch(CompletableFuture::isDone);
            });
            resent.forEach(f -> assertNull(f.join().getException()));
        }
        assertEquals(n, creates);
        assertEquals(n, emulator.emulator().journal().creates(), "20 creates in total, across the restart");
    }

    @Test
    void aRecordedTaskTheProviderNoLongerKnowsIsCreatedAnew() throws Exception {
        Path repositoryFile = dir.resolve("gone.state");
        SeedanceComponent component = restartable(repositoryFile);
        component.getConfiguration().getTaskRepository().setState("order-gone", "cgt-20250101000000-gone1");
        try (DefaultCamelContext context = start(component)) {
            long creates = emulator.emulator().journal().creates();
            CompletableFuture<Exchange> sent = context.createProducerTemplate().asyncSend(
                    "seedance:generate?correlationKey=${header.orderId}", e -> {
                        e.getMessage().setBody("Order gone");
                        e.getMessage().setHeader("orderId", "order-gone");
                    });
            await().atMost(60, TimeUnit.SECONDS).until(() -> {
                emulator.clock().advance(Duration.ofSeconds(5));
                return sent.isDone();
            });
            assertNull(sent.join().getException());
            assertEquals(1, emulator.emulator().journal().count(e -> e.path().endsWith("/cgt-20250101000000-gone1")
                                                                     && e.status() == 404), "the recorded task was looked up");
            assertEquals(creates + 1, emulator.emulator().journal().creates());
            // the key's record names the new task (with the fingerprint of its request)
            String record = component.getConfiguration().getTaskRepository().getState("order-gone");
            assertEquals(sent.join().getMessage().getHeader(SeedanceConstants.TASK_ID), LedgerProbe.recordedTaskId(record));
        }
    }

    private static CompletableFuture<Exchange> send(ProducerTemplate template, int i) {
        return template.asyncSend("seedance:generate?correlationKey=${header.orderId}", e -> {
            e.getMessage().setBody("Order " + i);
            e.getMessage().setHeader("orderId", "order-" + i);
        });
    }

    private SeedanceComponent restartable(Path repositoryFile) {
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        FileStateRepository repository = FileStateRepository.fileStateRepository(repositoryFile.toFile());
        component.getConfiguration().setTaskRepository(repository);
        return component;
    }
}
