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
package io.github.camelseedance.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceEndpoint;
import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.emulator.SeedanceEmulator;
import io.github.camelseedance.model.TaskStatus;
import io.github.camelseedance.watch.Watcher;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import static org.awaitility.Awaitility.await;

/**
 * Generate's watcher with {@code n} generations waiting, on a virtual clock: each sweep is triggered by moving the
 * clock one poll interval, so the journal between two sweeps holds exactly one sweep's requests. Three sweeps see
 * the tasks queued, running and succeeded (which completes the exchanges).
 */
final class WatcherPollingProbe {

    static final Duration POLL = Duration.ofSeconds(10);

    /** Per sweep: its requests, and its requests per status change it observed. */
    record Result(SampleSpread requestsPerSweep, SampleSpread requestsPerTransition) {
    }

    private WatcherPollingProbe() {
    }

    static Result measure(SeedanceEmulator emulator, int n, Duration queue, Duration run) throws Exception {
        VirtualClock clock = new VirtualClock();
        SeedanceComponent component = ConsumerPollingProbe.component(emulator);
        component.setClock(clock);
        component.getConfiguration().setPollInterval(POLL);
        component.getConfiguration().setMaxPollInterval(POLL);
        SampleSpread perSweep = new SampleSpread();
        SampleSpread perTransition = new SampleSpread();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addComponent("seedance", component);
            context.start();
            Watcher watcher = context.getEndpoint("seedance:generate", SeedanceEndpoint.class).getWatcher();
            ProducerTemplate template = context.createProducerTemplate();
            emulator.journal().clear();
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String prompt = "Generation " + i;
                sent.add(template.asyncSend("seedance:generate", e -> e.getMessage().setBody(prompt)));
            }
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10))
                    .until(() -> watcher.watchedTasks() == n);
            sweep(emulator, clock, Duration.ZERO, () -> all(watcher, TaskStatus.QUEUED), n, perSweep, perTransition);
            sweep(emulator, clock, queue.plusSeconds(1), () -> all(watcher, TaskStatus.RUNNING), n, perSweep,
                    perTransition);
            sweep(emulator, clock, run.plusSeconds(1), () -> sent.stream().allMatch(CompletableFuture::isDone), n,
                    perSweep, perTransition);
            for (CompletableFuture<Exchange> done : sent) {
                if (done.join().getException() != null) {
                    throw new IllegalStateException("a generation failed", done.join().getException());
                }
            }
        }
        return new Result(perSweep, perTransition);
    }

    private static boolean armedWithin(VirtualClock clock, Duration window) {
        List<Instant> due = clock.dueTimes();
        return !due.isEmpty() && !due.get(0).isAfter(clock.now().plus(window));
    }

    private static boolean all(Watcher watcher, TaskStatus status) {
        return watcher.waitingTasks().stream().allMatch(t -> status.equals(t.status()));
    }

    private static void sweep(SeedanceEmulator emulator, VirtualClock clock, Duration emulatorStep,
            BooleanSupplier seen, int n, SampleSpread perSweep, SampleSpread perTransition) {
        emulator.clock().advance(emulatorStep);
        emulator.journal().clear();
        // the last check's answer arms the next sweep just after it records what it saw: wait for that timer
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5)).until(() -> armedWithin(clock, POLL));
        clock.advance(POLL);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).until(seen::getAsBoolean);
        long requests = LookCounts.of(emulator.journal()).requests();
        perSweep.add(requests);
        perTransition.add((double) requests / n);
    }
}
