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
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The baseline: a platform thread per generation (stack 256 KiB) that creates its task with a bare HttpClient 5 and
 * then reads it by id every {@code poll} until it is final, as a blocking loop would.
 */
final class BlockingGenerations {

    static final long STACK_BYTES = 256 * 1024;
    private static final Set<String> FINAL = Set.of("succeeded", "failed", "cancelled", "expired");

    private BlockingGenerations() {
    }

    static InFlightRun run(RemoteEmulator emulator, int n, Duration poll) throws Exception {
        try (BareSeedanceCalls bare = new BareSeedanceCalls(emulator.baseUrl(), emulator.apiKey())) {
            long heapBefore = ProcessSampler.liveHeap();
            emulator.clearJournal();
            CountDownLatch created = new CountDownLatch(n);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>(n);
            try (ProcessSampler sampler = new ProcessSampler(List.of(name -> name.startsWith("blocking-generation")))) {
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    String prompt = "In flight " + i;
                    Thread thread = new Thread(null, () -> generate(bare, prompt, poll, created, failure),
                            "blocking-generation-" + i, STACK_BYTES);
                    thread.start();
                    threads.add(thread);
                }
                if (!created.await(3, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("not all tasks were created", failure.get());
                }
                double createMillis = (System.nanoTime() - start) / 1e6;
                long liveHeap = ProcessSampler.liveHeap() - heapBefore;
                long released = System.nanoTime();
                emulator.advance(Duration.ofSeconds(3));
                for (Thread thread : threads) {
                    thread.join();
                }
                double drainMillis = (System.nanoTime() - released) / 1e6;
                if (failure.get() != null) {
                    throw new IllegalStateException("a generation failed", failure.get());
                }
                return new InFlightRun(n, sampler.peakThreads(), sampler.peakThreadsOf(0), 0, liveHeap,
                        emulator.requests(), createMillis, drainMillis);
            }
        }
    }

    private static void generate(BareSeedanceCalls bare, String prompt, Duration poll, CountDownLatch created,
            AtomicReference<Throwable> failure) {
        try {
            String id = bare.create(prompt);
            created.countDown();
            while (!FINAL.contains(bare.get(id).path("status").asText())) {
                Thread.sleep(poll.toMillis()); // the loop's poll interval, as a hand-written poller waits
            }
        } catch (Exception e) {
            failure.compareAndSet(null, e);
            created.countDown();
        }
    }
}
