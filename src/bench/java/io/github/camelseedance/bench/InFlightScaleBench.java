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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Section 40 of the report (issue 18, item 4): 100, 1,000 and 10,000 {@code generate} exchanges in flight at once,
 * against a blocking loop with a platform thread per generation: peak threads, live heap, requests, time to create
 * and to drain. The emulator runs in a JVM of its own, so that the heap measured here is the client's.
 */
public final class InFlightScaleBench {

    /** For {@code BenchMain}: room for 10,000 exchanges and the samples without the collector setting the pace. */
    public static final String[] JVM_OPTIONS = {"-Xmx2g"};

    private static final int[] IN_FLIGHT = {100, 1_000, 10_000};
    /** The former default I/O pool, for comparison: one blocking HTTP exchange per I/O thread. */
    private static final int LARGE_IO_POOL = 64;
    private static final Duration POLL = Duration.ofMillis(500);

    private InFlightScaleBench() {
    }

    /** {@code args[0]}: rounds per N (default 3; 2 at 10,000, whose baseline alone takes half a minute a round). */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int roundsAtMost = args.length > 0 ? rounds : 2;
        List<List<String>> rows = new ArrayList<>();
        int worstThreads = 0;
        int largePoolThreads = 0;
        Map<Integer, Double> liveHeap = new HashMap<>();
        try (RemoteEmulator emulator = new RemoteEmulator("-Xmx2g", "queueMs=1000", "runMs=1000")) {
            ComponentGenerations.run(emulator, 1_000, POLL, 0); // warm-up, not reported
            BlockingGenerations.run(emulator, 1_000, POLL);
            for (int n : IN_FLIGHT) {
                List<InFlightRun> component = new ArrayList<>();
                List<InFlightRun> largePool = new ArrayList<>();
                List<InFlightRun> blocking = new ArrayList<>();
                for (int r = 0; r < (n >= 10_000 ? roundsAtMost : rounds); r++) {
                    component.add(ComponentGenerations.run(emulator, n, POLL, 0));
                    largePool.add(ComponentGenerations.run(emulator, n, POLL, LARGE_IO_POOL));
                    blocking.add(BlockingGenerations.run(emulator, n, POLL));
                }
                for (InFlightRun run : component) {
                    worstThreads = Math.max(worstThreads, run.peakOwnThreads());
                }
                for (InFlightRun run : largePool) {
                    largePoolThreads = Math.max(largePoolThreads, run.peakOwnThreads());
                }
                liveHeap.put(n, of(component, InFlightRun::liveHeapBytes).median());
                rows.add(row(n, "component", component, true));
                rows.add(row(n, "component, `ioPoolSize=" + LARGE_IO_POOL + "`", largePool, true));
                rows.add(row(n, "thread per generation", blocking, false));
                rows.add(ratios(n, "ratio component / thread per generation", component, blocking));
                rows.add(ratios(n, "ratio `ioPoolSize=" + LARGE_IO_POOL + "` / default", largePool, component));
            }
        }
        String marginal = ScaleReport.number((liveHeap.get(10_000) - liveHeap.get(1_000)) / 9_000 / 1e3, 1);
        new ScaleReport("In flight: 10,000 generations at once")
                .paragraph("The emulator in a JVM of its own (`-Xmx2g`) on a manual clock: a task stays queued until"
                           + " every generation of the run is created and waiting, then the clock moves 3 s and all"
                           + " succeed at once. **Component**: N `seedance:generate` exchanges sent with `asyncSend`"
                           + " (`pollInterval` = `maxPollInterval` = 500 ms, `maxQueuedCreates=0` so that the queue cap"
                           + " does not hold creates back, `listRequestsPerSecond=0`). **Thread per generation**: N"
                           + " platform threads (stack 256 KiB) sharing a bare HttpClient 5 (64 connections), each"
                           + " creating its task and reading it by id every 500 ms until final. Threads: the JVM's peak"
                           + " (ThreadMXBean, the benchmark's own few included), and the peak of the approach's threads"
                           + " sampled every 10 ms (the component: names containing `Seedance`, in brackets all of"
                           + " Camel's, the 10 of the `ProducerTemplate` that sends included; the baseline: its"
                           + " generation threads). Heap: live heap after a full GC with all"
                           + " N waiting, above the live heap before the run (the baseline's thread stacks are native"
                           + " memory on top: up to 256 KiB each). Requests: the emulator's journal."
                           + " Create: from the first send until all N wait; drain: from the clock step until all are"
                           + " done. Median (min–max) of " + rounds + " rounds per N (" + roundsAtMost + " at 10,000)"
                           + " after a warm-up round at N = 1,000. The second component row takes the former default"
                           + " I/O pool, `ioPoolSize=" + LARGE_IO_POOL + "`.")
                .table(List.of("N", "approach", "peak JVM threads", "peak threads of the approach",
                        "live heap, N waiting (MB)", "heap per generation (KB)", "requests sent",
                        "time to create all (s)", "time to drain (s)"), rows)
                .paragraph((worstThreads <= 32 ? "Target met" : "Target missed") + " with the defaults: at most "
                           + worstThreads + " component threads at any N (target 32), the same at 100 as at 10,000,"
                           + " where the baseline needs a thread per generation: the I/O pool (`ioPoolSize` 16, one"
                           + " blocking HTTP exchange per thread), 4 workers and 2 scheduler threads, which a burst of"
                           + " creates fills and no number of waiting generations grows. With the former default,"
                           + " `ioPoolSize=" + LARGE_IO_POOL + "`, the component took " + largePoolThreads + " threads"
                           + " and created and drained no faster on 2 cores (the ratio rows above). The heap grows"
                           + " linearly with N: " + marginal
                           + " KB per generation between 1,000 and 10,000.")
                .publish("40-in-flight.md");
    }

    private static List<String> row(int n, String approach, List<InFlightRun> runs, boolean camel) {
        String own = spread(runs, InFlightRun::peakOwnThreads, 0);
        if (camel) {
            own += " [" + spread(runs, InFlightRun::peakCamelThreads, 0) + "]";
        }
        return List.of(ScaleReport.number(n, 0), approach, spread(runs, InFlightRun::peakThreads, 0), own,
                spread(runs, r -> r.liveHeapBytes() / 1e6, 1), spread(runs, r -> r.heapPerExchange() / 1e3, 1),
                spread(runs, InFlightRun::requests, 0), spread(runs, r -> r.createMillis() / 1e3, 2),
                spread(runs, r -> r.drainMillis() / 1e3, 2));
    }

    /** Component over baseline, medians. */
    private static List<String> ratios(int n, String what, List<InFlightRun> component, List<InFlightRun> blocking) {
        return List.of(ScaleReport.number(n, 0), what, ratio(component, blocking, InFlightRun::peakThreads),
                ratio(component, blocking, InFlightRun::peakOwnThreads),
                ratio(component, blocking, InFlightRun::liveHeapBytes), ratio(component, blocking,
                        InFlightRun::heapPerExchange), ratio(component, blocking, InFlightRun::requests),
                ratio(component, blocking, InFlightRun::createMillis), ratio(component, blocking,
                        InFlightRun::drainMillis));
    }

    private static String ratio(List<InFlightRun> a, List<InFlightRun> b, ToDoubleFunction<InFlightRun> figure) {
        return ScaleReport.number(of(a, figure).median() / of(b, figure).median(), 2) + "x";
    }

    private static String spread(List<InFlightRun> runs, ToDoubleFunction<InFlightRun> figure, int decimals) {
        return of(runs, figure).format(decimals);
    }

    private static SampleSpread of(List<InFlightRun> runs, ToDoubleFunction<InFlightRun> figure) {
        SampleSpread spread = new SampleSpread();
        runs.forEach(r -> spread.add(figure.applyAsDouble(r)));
        return spread;
    }
}
