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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.SeedanceEndpoint;
import io.github.camelseedance.watch.Watcher;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import static org.awaitility.Awaitility.await;

/**
 * {@code n} {@code seedance:generate} exchanges sent at once with {@code asyncSend}, all waiting for their tasks
 * until the emulator's clock lets them succeed.
 */
final class ComponentGenerations {

    private ComponentGenerations() {
    }

    /** {@code ioPoolSize}: the component's I/O pool, or 0 for its default (16). */
    static InFlightRun run(RemoteEmulator emulator, int n, Duration poll, int ioPoolSize) throws Exception {
        SeedanceComponent component = BenchComponents.pointedAt(emulator.baseUrl(), emulator.apiKey());
        if (ioPoolSize > 0) {
            component.setIoPoolSize(ioPoolSize);
        }
        SeedanceConfiguration config = component.getConfiguration();
        config.setPollInterval(poll);
        config.setMaxPollInterval(poll);
        config.setListRequestsPerSecond(0); // the emulator does not limit lists
        config.setMaxQueuedCreates(0); // the tasks stay queued until the clock moves: the cap would hold creates back
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addComponent("seedance", component);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            Watcher watcher = context.getEndpoint("seedance:generate", SeedanceEndpoint.class).getWatcher();
            long heapBefore = ProcessSampler.liveHeap();
            emulator.clearJournal();
            try (ProcessSampler sampler = new ProcessSampler(List.of(name -> name.contains("seedance"),
                    name -> name.startsWith("camel")))) {
                long start = System.nanoTime();
                List<CompletableFuture<Exchange>> sent = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String prompt = "In flight " + i;
                    sent.add(template.asyncSend("seedance:generate", e -> e.getMessage().setBody(prompt)));
                }
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(5))
                        .until(() -> watcher.watchedTasks() == n);
                double createMillis = (System.nanoTime() - start) / 1e6;
                long liveHeap = ProcessSampler.liveHeap() - heapBefore;
                long released = System.nanoTime();
                emulator.advance(Duration.ofSeconds(3));
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(5))
                        .until(() -> sent.stream().allMatch(CompletableFuture::isDone));
                double drainMillis = (System.nanoTime() - released) / 1e6;
                for (CompletableFuture<Exchange> done : sent) {
                    if (done.join().getException() != null) {
                        throw new IllegalStateException("a generation failed", done.join().getException());
                    }
                }
                return new InFlightRun(n, sampler.peakThreads(), sampler.peakThreadsOf(0), sampler.peakThreadsOf(1),
                        liveHeap, emulator.requests(), createMillis, drainMillis);
            }
        }
    }
}
