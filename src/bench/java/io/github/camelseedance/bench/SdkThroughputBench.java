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

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import com.sun.management.OperatingSystemMXBean;

/**
 * Section 20 of the report (issue 18, item 2): users choose between this component and the official Volcengine Ark
 * Java SDK, so both run 64 concurrent create+get flows against the same emulator in the same run, round by round,
 * and the component's throughput is given as a ratio of the SDK's. The emulator runs in a JVM of its own, so that
 * this JVM's CPU time is the clients' alone.
 */
public final class SdkThroughputBench {

    /** For {@code BenchMain}: the two clients, their threads and a run's garbage. */
    public static final String[] JVM_OPTIONS = {"-Xmx1g"};

    /** Flows per side in each warm-up round; the rounds alternate sides for {@link WarmUp#SPELL}. */
    private static final int WARM_UP_FLOWS = 3_000;
    private static final int FLOWS = 5_000;
    private static final int ROUNDS = 5;
    private static final double TARGET = 1.2;

    private SdkThroughputBench() {
    }

    /** {@code args[0]}: rounds (default 5); {@code args[1]}: flows per side and round (default 5,000). */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : ROUNDS;
        int flows = args.length > 1 ? Integer.parseInt(args[1]) : FLOWS;
        List<Run> component = new ArrayList<>();
        List<Run> synchronous = new ArrayList<>();
        List<Run> sdk = new ArrayList<>();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int warmUpRounds;
        try (RemoteEmulator emulator = new RemoteEmulator("-Xmx1g", "queueMs=0", "runMs=0");
             ComponentFlows viaComponent = new ComponentFlows(emulator, false);
             ComponentFlows viaSynchronous = new ComponentFlows(emulator, true);
             ArkSdkFlows viaSdk = new ArkSdkFlows(emulator)) {
            List<ConcurrentFlows> sides = List.of(viaComponent, viaSynchronous, viaSdk);
            List<List<Run>> runs = List.of(component, synchronous, sdk);
            warmUpRounds = WarmUp.run(() -> { // not reported
                for (ConcurrentFlows side : sides) {
                    measure(emulator, side, WARM_UP_FLOWS);
                }
            });
            for (int r = 0; r < rounds; r++) {
                // each round starts with the next side: none is always measured first or last
                for (int i = 0; i < sides.size(); i++) {
                    int side = (r + i) % sides.size();
                    runs.get(side).add(measure(emulator, sides.get(side), flows));
                }
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        SampleSpread ratios = roundRatios(component, sdk, Run::flowsPerSecond);
        SampleSpread cpuRatios = roundRatios(component, sdk, Run::cpuMicrosPerFlow);
        SampleSpread synchronousRatios = roundRatios(synchronous, sdk, Run::flowsPerSecond);
        SampleSpread synchronousCpuRatios = roundRatios(synchronous, sdk, Run::cpuMicrosPerFlow);
        String sdkName = "Ark SDK " + ArkSdkFlows.version();
        List<List<String>> rows = List.of(
                row("component, `asyncRequestBody`, 64 outstanding", component),
                row("component, `synchronous=true`, 64 threads", synchronous),
                row(sdkName + ", 64 threads", sdk),
                List.of("ratio component / SDK, round by round", ratios.format(2), cpuRatios.format(2), "–"),
                List.of("ratio component with `synchronous=true` / SDK, round by round", synchronousRatios.format(2),
                        synchronousCpuRatios.format(2), "–"));
        double cpuComponent = of(component, Run::cpuMicrosPerFlow).median();
        double cpuSdk = of(sdk, Run::cpuMicrosPerFlow).median();
        boolean met = ratios.median() >= TARGET;
        new ScaleReport("Against the official Ark SDK: 64 concurrent create+get flows")
                .paragraph("The emulator in a JVM of its own (`-Xmx1g`) on a manual clock that never moves, tasks"
                           + " queued 0 ms and running 0 ms, answering from memory: a task has succeeded by the time"
                           + " its create is answered, and every get is checked to answer the task just created,"
                           + " `succeeded` (it did, with the clock standing still). The clients share one JVM"
                           + " (`-Xmx1g`); the two JVMs share the machine's 2 cores. A flow: create a text-to-video"
                           + " task (`" + BareSeedanceCalls.MODEL + "`, a one-line prompt), then read it by id once."
                           + " **Component**: a `DefaultCamelContext` with a `SeedanceComponent` (the emulator's base"
                           + " URL and API key, default I/O and connection pools), `listRequestsPerSecond=0` and"
                           + " `maxQueuedCreates=0`, so that neither the pace of list calls nor the cap on queued"
                           + " creates throttles it; a `ProducerTemplate` sends `seedance:create` with"
                           + " `asyncRequestBody` and, when the id comes back, `seedance:get`; a semaphore of 64"
                           + " starts the next flow when one ends (no thread per flow). **Component with"
                           + " `synchronous=true`**: a second context alike, whose endpoints set `synchronous=true`;"
                           + " 64 platform threads each loop create then get through its template, sending the"
                           + " calls themselves, as the SDK's threads do. **" + sdkName + "**"
                           + " (`volcengine-java-sdk-ark-runtime`): one `ArkService` on the base URL + `/api/v3`"
                           + " with " + ArkSdkFlows.SETTINGS + "; 64 platform threads each loop create then get"
                           + " (its calls block). A warm-up of " + WarmUp.SPELL.toSeconds() + " s: rounds of "
                           + ScaleReport.number(WARM_UP_FLOWS, 0) + " flows per side, one side after the other ("
                           + warmUpRounds + " rounds ran), then " + rounds
                           + " rounds of " + ScaleReport.number(flows, 0) + " flows per"
                           + " side, each round starting with the next side, a `System.gc()` before"
                           + " each run. Flows per second: flows / wall time of the run; client CPU: this JVM's"
                           + " process CPU time over the run (`OperatingSystemMXBean.getProcessCpuTime`, GC"
                           + " included) / flows; requests: the emulator's journal / flows. Median (min–max) over"
                           + " the rounds; the ratios are taken round by round. The machine's 1-minute load average"
                           + " (other work on it included): " + ScaleReport.number(loadBefore, 1) + " before the"
                           + " section, " + ScaleReport.number(loadAfter, 1) + " after it.")
                .table(List.of("client", "flows per second", "client CPU per flow (µs)", "requests per flow"), rows)
                .paragraph((met ? "Target met" : "Target missed") + ": ≥ " + ScaleReport.number(TARGET, 1)
                           + "× the SDK. The component completed " + ScaleReport.number(ratios.median(), 2)
                           + "× the SDK's flows per second (median of the rounds' ratios, "
                           + ScaleReport.number(ratios.min(), 2) + "–" + ScaleReport.number(ratios.max(), 2)
                           + "), spending " + ScaleReport.number(cpuComponent, 0) + " µs of client CPU per flow"
                           + " against the SDK's " + ScaleReport.number(cpuSdk, 0) + " µs (round by round, "
                           + ScaleReport.number(cpuRatios.median(), 2) + "× the SDK's). "
                           + verdict(met, cpuRatios.median()) + spread(met, ratios) + " With `synchronous=true`"
                           + " the component completed " + ScaleReport.number(synchronousRatios.median(), 2)
                           + "× the SDK's flows per second (" + ScaleReport.number(synchronousRatios.min(), 2) + "–"
                           + ScaleReport.number(synchronousRatios.max(), 2) + ") at "
                           + ScaleReport.number(synchronousCpuRatios.median(), 2) + "× its client CPU per flow:"
                           + " the same calls without the hand-offs to the I/O pool and the worker pool, on as many"
                           + " threads as the SDK's.")
                .publish("20-sdk-throughput.md");
    }

    /**
     * Why, as far as the figures tell: both clients send the same requests, so the difference is their own.
     * {@code cpuRatio}: the component's client CPU per flow over the SDK's, median of the rounds.
     */
    private static String verdict(boolean met, double cpuRatio) {
        if (met) {
            return "Every client sends the same 2 requests per flow, so the difference is the clients' own: their CPU"
                   + " per flow and how they wait for the answers.";
        }
        if (cpuRatio > 1) {
            return "Why: the two cores are shared with the emulator, so the client's CPU per flow sets the pace, and"
                   + " the component spends more of it than the SDK: where an SDK thread runs each call straight"
                   + " through, each of the component's two calls goes through a Camel exchange, a hop to the"
                   + " template's executor and a hand-off to and from the component's I/O pool, on top of the same"
                   + " HTTP and JSON work.";
        }
        return "Why: the component spends no more client CPU per flow than the SDK, so the gap is in waiting, not"
               + " work: each of its two calls hands off between the template's executor, the component's I/O pool"
               + " and its worker pool, where an SDK thread runs each call straight through, and on a loaded"
               + " machine each hand-off waits for a core.";
    }

    /** A word on rounds that disagree with the median. */
    private static String spread(boolean met, SampleSpread ratios) {
        if (met && ratios.min() < TARGET) {
            return " Not every round met it (the lowest " + ScaleReport.number(ratios.min(), 2) + "): a round's"
                   + " ratio moves with the other work on the machine (see the load average above).";
        }
        if (!met && ratios.max() >= TARGET) {
            return " Some rounds met it (the highest " + ScaleReport.number(ratios.max(), 2) + "): a round's"
                   + " ratio moves with the other work on the machine (see the load average above).";
        }
        return "";
    }

    private static Run measure(RemoteEmulator emulator, ConcurrentFlows side, int flows) throws Exception {
        System.gc(); // the other side's garbage is not this run's
        emulator.clearJournal();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        side.run(flows);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMicros = (processCpuNanos() - cpu) / 1e3;
        return new Run(flows / seconds, cpuMicros / flows, (double) emulator.requests() / flows);
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<String> row(String client, List<Run> runs) {
        return List.of(client, of(runs, Run::flowsPerSecond).format(0), of(runs, Run::cpuMicrosPerFlow).format(0),
                of(runs, Run::requestsPerFlow).format(2));
    }

    /** A side's figure over the SDK's, round by round. */
    private static SampleSpread roundRatios(List<Run> side, List<Run> sdk, ToDoubleFunction<Run> figure) {
        SampleSpread ratios = new SampleSpread();
        for (int r = 0; r < side.size(); r++) {
            ratios.add(figure.applyAsDouble(side.get(r)) / figure.applyAsDouble(sdk.get(r)));
        }
        return ratios;
    }

    private static SampleSpread of(List<Run> runs, ToDoubleFunction<Run> figure) {
        SampleSpread spread = new SampleSpread();
        runs.forEach(r -> spread.add(figure.applyAsDouble(r)));
        return spread;
    }

    /** One side's run: flows per second, this JVM's CPU per flow, the emulator's requests per flow. */
    private record Run(double flowsPerSecond, double cpuMicrosPerFlow, double requestsPerFlow) {
    }
}
