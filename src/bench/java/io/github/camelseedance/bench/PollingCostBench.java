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

import io.github.camelseedance.emulator.EmulatorClock;
import io.github.camelseedance.emulator.SeedanceEmulator;

/**
 * Section 30 of the report (issue 18, item 3): requests per look and per emitted transition for 10 to 10,000 watched
 * tasks, for the consumer and for generate's watcher, against a naive look that reads each task by id. Counts come
 * from the emulator's journal; the emulator's clock is manual and the watcher's virtual, so the figures do not depend
 * on the machine's speed.
 */
public final class PollingCostBench {

    /** For {@code BenchMain}: the heap this section's JVM needs (10,000 tasks, their exchanges and the journal). */
    public static final String[] JVM_OPTIONS = {"-Xmx1g"};

    private static final int[] WATCHED = {10, 100, 1_000, 10_000};
    private static final Duration QUEUE = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(30);

    private PollingCostBench() {
    }

    public static void main(String[] args) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        boolean met = true;
        try (SeedanceEmulator emulator = SeedanceEmulator.builder().clock(EmulatorClock.manual()).queueTime(QUEUE)
                .runTime(RUN).maxQueuedTasksPerKey(1_000_000).build().start();
             BareSeedanceCalls bare = new BareSeedanceCalls(emulator.baseUrl(), emulator.apiKey())) {
            // warm-up: a small round of each kind, not reported
            ConsumerPollingProbe.measure(emulator, bare.createMany(10, "Warm-up"), QUEUE, RUN);
            WatcherPollingProbe.measure(emulator, 10, QUEUE, RUN);
            for (int n : WATCHED) {
                List<String> ids = bare.createMany(n, "Watched");
                ConsumerPollingProbe.Result consumer = ConsumerPollingProbe.measure(emulator, ids, QUEUE, RUN);
                WatcherPollingProbe.Result watcher = WatcherPollingProbe.measure(emulator, n, QUEUE, RUN);
                long naive = naiveLook(emulator, bare, ids);
                int target = (int) Math.ceil(n / 100.0) + 1;
                met &= consumer.requestsPerLook().max() <= target && watcher.requestsPerSweep().max() <= target;
                rows.add(List.of(ScaleReport.number(n, 0), String.valueOf(target),
                        consumer.requestsPerLook().format(1), consumer.requestsPerTransition().format(4),
                        watcher.requestsPerSweep().format(0), watcher.requestsPerTransition().format(4),
                        String.valueOf(naive),
                        ScaleReport.number(consumer.requestsPerLook().median() / naive, 3),
                        ScaleReport.number(watcher.requestsPerSweep().median() / naive, 3)));
            }
        }
        new ScaleReport("Polling cost: requests per look")
                .paragraph("The emulator in the same JVM on a manual clock (tasks queued 5 s, running 30 s), no pacing"
                           + " of list calls (`listRequestsPerSecond=0`; the default of 1 a second spaces the pages of a"
                           + " look without changing their number: a look at 10,000 tasks then takes 100 s). For each"
                           + " N, N tasks are followed through their three statuses: queued (first sight), running and"
                           + " succeeded, giving three rounds; a warm-up round of 10 tasks comes first. **Consumer**:"
                           + " `from(\"seedance:tasks?scope=ids&delay=50\")` with the N ids registered by"
                           + " `seedance:watch`; per look = the journal's requests divided by the looks they make up"
                           + " (task ids asked / N); per transition = every request from the status change until the"
                           + " route had all N transitions, idle looks included, / N. **Watcher**: N `generate`"
                           + " exchanges in flight on a virtual clock, one sweep per poll interval (10 s); per sweep ="
                           + " the journal's requests between two sweeps. **Naive**: one look reading each task by id"
                           + " with a bare HttpClient 5 loop, counted by the same journal. Median (min–max) over the"
                           + " three rounds.")
                .table(List.of("watched tasks N", "target per look", "consumer: requests per look",
                        "consumer: requests per transition", "watcher: requests per sweep",
                        "watcher: requests per transition", "naive: requests per look", "consumer / naive",
                        "watcher / naive"), rows)
                .paragraph((met ? "Target met" : "Target missed") + ": at most ceil(N/100) + 1 requests per look."
                           + " A look costs one list request per 100 watched ids and no read by id, so it grows"
                           + " with N/100 where the naive loop grows with N; per transition it stays near 1/100"
                           + " of a request. The consumer's figure is about twice the watcher's: the look under way"
                           + " when the status changed still saw the old one, and it counts too; a fraction above a"
                           + " whole look is the key probe of a consumer that had nothing to watch yet.")
                .publish("30-polling-cost.md");
    }

    /** One look of the naive loop: each task read by id. Answers the requests the journal saw. */
    private static long naiveLook(SeedanceEmulator emulator, BareSeedanceCalls bare, List<String> ids) throws Exception {
        emulator.journal().clear();
        for (String id : ids) {
            bare.get(id);
        }
        return LookCounts.of(emulator.journal()).requests();
    }
}
