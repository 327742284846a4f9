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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelseedance.SeedanceComponent;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Section 10 of the report (issue 18, item 1): the producer's overhead against a bare Apache HttpClient 5 + Jackson
 * loop on the same emulator in the same run. The time of a call at concurrency 1 and the bytes it allocates come from
 * JMH ({@link CallCostBenchmark}, its GC profiler); client CPU per call, throughput with 64 calls outstanding and where
 * the CPU goes from {@link OverheadChildMain}, in a JVM of its own.
 */
public final class ProducerOverheadBench {

    /** For {@code BenchMain}: this JVM only starts the others. */
    public static final String[] JVM_OPTIONS = {"-Xmx256m"};

    private static final int ROUNDS = 5;
    /** JMH runs the benchmarks one after another: twice, so that each side is measured early and late. */
    private static final int PASSES = 2;
    private static final List<String> BENCHMARKS = List.of("bareGet", "componentGet", "componentGetSynchronous",
            "bareCreateGet", "componentCreateGet", "componentCreateGetSynchronous");
    /** The route's code is still being compiled after 3 iterations of 2 s: each one faster than the last. */
    private static final int WARM_UP_ITERATIONS = 6;
    private static final String CLIENT_HEAP = "-Xmx512m";
    /** Room for the tasks the creates leave behind: a full heap would pause the emulator, not the client. */
    private static final String EMULATOR_HEAP = "-Xmx2g";

    private ProducerOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        List<List<String>> latency = new ArrayList<>();
        List<List<String>> throughput = new ArrayList<>();
        List<List<String>> shares = new ArrayList<>();
        double getRatio;
        double synchronousRatio;
        double createGetSynchronousRatio;
        double get64Ratio;
        double createGet64Ratio;
        double synchronous64Ratio;
        double extraMicros;
        double extraCpuMicros;
        double synchronousExtraCpuMicros;
        double synchronousExtraMicros;
        Map<String, Double> componentShares = new HashMap<>();
        // client CPU per get at 64 over the bare loop's, median of the rounds, by the component's figure
        Map<String, Double> cpu64 = new HashMap<>();
        Map<String, List<String>> child;
        // no journal: this section counts no requests, and the million or more it sends would fill the emulator's heap
        try (RemoteEmulator emulator = new RemoteEmulator(EMULATOR_HEAP, "queueMs=0", "runMs=0", "journal=0")) {
            // two passes, each baseline beside its component: a spell of load on the shared machine falls on both
            // sides
            Collection<RunResult> jmh = new ArrayList<>();
            for (int pass = 0; pass < PASSES; pass++) {
                // the second pass in reverse: no side is always the one measured later in the emulator's life
                List<String> order = new ArrayList<>(BENCHMARKS);
                if (pass % 2 == 1) {
                    Collections.reverse(order);
                }
                for (String benchmark : order) {
                    jmh.addAll(new Runner(jmhOptions(emulator, benchmark)).run());
                }
            }
            SampleSpread bareGet = iterations(jmh, "bareGet");
            SampleSpread componentGet = iterations(jmh, "componentGet");
            SampleSpread synchronousGet = iterations(jmh, "componentGetSynchronous");
            getRatio = ratioRow(latency, "get: time per call (µs)", componentGet, bareGet);
            bytesRow(latency, "get", jmh, "Get");
            synchronousRatio = ratioRow(latency, "get, `synchronous=true`: time per call (µs)", synchronousGet,
                    bareGet);
            ratioRow(latency, "create+get: time per call (µs)", iterations(jmh, "componentCreateGet"),
                    iterations(jmh, "bareCreateGet"));
            createGetSynchronousRatio = ratioRow(latency, "create+get, `synchronous=true`: time per call (µs)",
                    iterations(jmh, "componentCreateGetSynchronous"), iterations(jmh, "bareCreateGet"));
            bytesRow(latency, "create+get", jmh, "CreateGet");
            extraMicros = componentGet.median() - bareGet.median();
            synchronousExtraMicros = synchronousGet.median() - bareGet.median();
            child = ChildJvm.run(CLIENT_HEAP, OverheadChildMain.class, emulator.baseUrl(),
                    emulator.apiKey(), String.valueOf(ROUNDS));
            SampleSpread cpuComponent = spread(child, "CPU_GET_COMPONENT");
            SampleSpread cpuSynchronous = spread(child, "CPU_GET_SYNCHRONOUS");
            SampleSpread cpuBare = spread(child, "CPU_GET_BARE");
            ratioRow(latency, "get: client CPU per call (µs)", cpuComponent, cpuBare);
            ratioRow(latency, "get, `synchronous=true`: client CPU per call (µs)", cpuSynchronous, cpuBare);
            extraCpuMicros = cpuComponent.median() - cpuBare.median();
            synchronousExtraCpuMicros = cpuSynchronous.median() - cpuBare.median();
            get64Ratio = throughputRow(throughput, "get", child, "GET64", "COMPONENT");
            double getSynchronous64 = throughputRow(throughput, "get, `synchronous=true`", child, "GET64",
                    "SYNCHRONOUS");
            createGet64Ratio = throughputRow(throughput, "create+get", child, "CREATE_GET64", "COMPONENT");
            for (String get : List.of("GET64_COMPONENT", "GET64_SYNCHRONOUS")) {
                cpu64.put(get, roundRatios(child, get + "_CPU", "GET64_BARE_CPU").median());
            }
            synchronous64Ratio = Math.min(getSynchronous64, throughputRow(throughput,
                    "create+get, `synchronous=true`", child, "CREATE_GET64", "SYNCHRONOUS"));
            List<String> libraries = CpuBreakdown.libraries();
            for (int i = 0; i < libraries.size(); i++) {
                double component = Double.parseDouble(child.get("SHARE_COMPONENT").get(i));
                componentShares.put(libraries.get(i), component);
                shares.add(List.of(libraries.get(i), ScaleReport.number(component, 1),
                        ScaleReport.number(Double.parseDouble(child.get("SHARE_BARE").get(i)), 1)));
            }
        }
        new ScaleReport("Producer overhead: a Camel route against a bare HttpClient 5 + Jackson loop")
                .paragraph("The emulator in a JVM of its own (`" + EMULATOR_HEAP + "`), answering from memory with no"
                           + " added latency; its tasks succeed at once. **Component**: `ProducerTemplate` calls of"
                           + " `seedance:get` and `seedance:create` with the component's defaults (base URL, key and"
                           + " model set). **Bare**: a pooled `CloseableHttpClient` (64 connections) and an"
                           + " `ObjectMapper`, the same JSON bodies. Concurrency 1: JMH, one fork, " + WARM_UP_ITERATIONS
                           + " warm-up and " + ROUNDS + " measured iterations of 2 s per benchmark, in " + PASSES
                           + " passes (the second in reverse order), each baseline run beside its component, the"
                           + " emulator keeping no journal of the requests (the tasks it keeps); median (min–max) over"
                           + " the iterations of both passes; bytes allocated per call"
                           + " by JMH's GC profiler (the fork's, so the route's and HttpClient's together). The"
                           + " endpoints are resolved once, as a route's `to` does. Client CPU: this"
                           + " process's CPU time over " + ScaleReport.number(OverheadChildMain.SEQUENTIAL_CALLS, 0)
                           + " sequential gets, in a JVM of its own (`" + CLIENT_HEAP
                           + "`). At 64: " + OverheadChildMain.OUTSTANDING + " calls outstanding, 6,400 calls a round;"
                           + " the component through `asyncRequestBody`, each call started as one ends (no thread per"
                           + " call; with `synchronous=true`, the threads of the template's executor send the calls:"
                           + " " + OverheadChildMain.OUTSTANDING + " of them, as many as the bare loop has);"
                           + " the bare loop on " + OverheadChildMain.OUTSTANDING + " threads. A warm-up of "
                           + WarmUp.SPELL.toSeconds() + " s of whole rounds (" + child.get("WARM_UP_ROUNDS").get(0)
                           + " ran), then " + ROUNDS + " rounds, a `System.gc()` before each run.")
                .table(List.of("call at concurrency 1", "component", "bare loop", "ratio component / bare"), latency)
                .paragraph("Target (at most 1.05× the bare loop's time per call at concurrency 1): the asynchronous"
                           + " default, get at " + against(getRatio, 1.05, true) + "; with `synchronous=true`, get at "
                           + against(synchronousRatio, 1.05, true) + ", create+get at "
                           + against(createGetSynchronousRatio, 1.05, true) + ".")
                .table(List.of("64 outstanding", "component: calls per second", "bare loop: calls per second",
                        "ratio component / bare (per round)", "component: client CPU per call (µs)",
                        "bare loop: client CPU per call (µs)", "CPU ratio (per round)"), throughput)
                .paragraph("Target (at least 1.0× the bare loop's throughput at 64): the asynchronous default, get at "
                           + against(get64Ratio, 1.0, false) + ", create+get at "
                           + against(createGet64Ratio, 1.0, false) + "; with `synchronous=true` (the template's"
                           + " threads send the calls), the lower of get and create+get at "
                           + against(synchronous64Ratio, 1.0, false) + ".")
                .table(List.of("library (JFR execution samples every 1 ms, `get` at 64, 3 × 6,400 calls)",
                        "component (% of " + child.get("SHARE_COMPONENT_SAMPLES").get(0) + " samples)",
                        "bare loop (% of " + child.get("SHARE_BARE_SAMPLES").get(0) + ")"), shares)
                .paragraph(cause(extraMicros, extraCpuMicros, synchronousExtraMicros, synchronousExtraCpuMicros,
                        cpu64, roundRatios(child, "GET64_SYNCHRONOUS", "GET64_BARE"), componentShares))
                .publish("10-producer-overhead.md");
    }

    /**
     * What the figures say of the gap: the extra time per call at concurrency 1 against the extra CPU per call, the
     * rest being waits between threads; at 64, CPU per call on the two shared cores.
     */
    private static String cause(double extraMicros, double extraCpuMicros, double synchronousExtraMicros,
            double synchronousExtraCpuMicros, Map<String, Double> cpu64, SampleSpread synchronousGet64,
            Map<String, Double> componentShares) {
        return "What the figures say. With `synchronous=true` the caller sends the call itself, as Camel's HTTP"
               + " producer does, and ends the exchange: no thread wake-up; a get took "
               + moreOrLess(synchronousExtraMicros) + " than the bare loop and "
               + moreOrLess(synchronousExtraCpuMicros) + " client CPU (Camel's exchange, the"
               + " component's checks, JSON into the `Task` model rather than a tree; within the noise of this machine)."
               + " A create does more than the bare loop's: the request checked against the model's parameter table,"
               + " its body built, a place in the account's queue taken and the task followed until it leaves the"
               + " queue. The asynchronous default took " + moreOrLess(extraMicros) + " per get and "
               + moreOrLess(extraCpuMicros) + " client CPU: the call goes from the caller's thread"
               + " to the I/O pool (the blocking HttpClient 5 exchange), then to the worker pool that ends the"
               + " exchange, then back to the caller waiting in the template; three thread wake-ups, each costing CPU"
               + " and a wait for one of the 2 cores the emulator also uses. That is the price of an asynchronous"
               + " producer that neither blocks its caller nor lets a route go on on an I/O thread, so that a"
               + " consumer that hands exchanges on (file, timer, seda) keeps many calls in flight from one thread"
               + " (section 15 measures both sides of it over a network); a caller that waits for each call anyway"
               + " (a template's request methods, a JMS consumer) takes `synchronous=true`. At 64"
               + " outstanding the 2 cores are busy with both sides of every call. By default a get cost "
               + ScaleReport.number(cpu64.get("GET64_COMPONENT"), 2) + "× the bare loop's client CPU (the wake-ups"
               + " again, and `asyncRequestBody`'s own hop to the template's executor), and the I/O pool's "
               + new SeedanceComponent().getIoPoolSize() + " threads carry " + OverheadChildMain.OUTSTANDING
               + " calls where the bare loop has a thread for each: the default keeps its threads few (see the"
               + " in-flight section), not its calls per second high. With `synchronous=true` a get cost "
               + ScaleReport.number(cpu64.get("GET64_SYNCHRONOUS"), 2) + "× the bare loop's CPU, and its rounds ran"
               + " at " + ScaleReport.number(synchronousGet64.min(), 2) + "–"
               + ScaleReport.number(synchronousGet64.max(), 2) + "× the bare loop's calls per second"
               + (cpu64.get("GET64_SYNCHRONOUS") <= 1.1
                       ? ": at about the same CPU per call, what differs from round to round is the load on this machine"
                       : ", the extra CPU per call setting the pace")
               + ". Of the component's CPU at 64, HttpClient 5 took "
               + ScaleReport.number(componentShares.get("Apache HttpClient 5"), 0) + "%, Jackson "
               + ScaleReport.number(componentShares.get("Jackson"), 0) + "%, Camel "
               + ScaleReport.number(componentShares.get("Camel"), 0) + "% and camel-seedance "
               + ScaleReport.number(componentShares.get("camel-seedance"), 0) + "%. A non-blocking HTTP client would"
               + " not remove the asynchronous default's wake-ups: handing a request to its I/O reactor and its"
               + " answer to the worker pool are wake-ups too; it would save threads, which the in-flight section"
               + " counts.";
    }

    /** A ratio with its verdict against the target: "1.05× (met)". */
    private static String against(double ratio, double target, boolean atMost) {
        boolean met = atMost ? ratio <= target : ratio >= target;
        return ScaleReport.number(ratio, 2) + "× (" + (met ? "met" : "missed") + ")";
    }

    /** A difference in microseconds as words: "5 µs more", "2 µs less". */
    private static String moreOrLess(double micros) {
        return ScaleReport.number(Math.abs(micros), 0) + (micros < 0 ? " µs less" : " µs more");
    }

    private static Options jmhOptions(RemoteEmulator emulator, String benchmark) {
        return new OptionsBuilder().include(CallCostBenchmark.class.getName() + "\\." + benchmark + "$")
                .param("baseUrl", emulator.baseUrl()).param("apiKey", emulator.apiKey())
                .forks(1).jvmArgs(CLIENT_HEAP)
                .warmupIterations(WARM_UP_ITERATIONS).warmupTime(TimeValue.seconds(2))
                .measurementIterations(ROUNDS).measurementTime(TimeValue.seconds(2))
                .addProfiler(GCProfiler.class).build();
    }

    /** The benchmark's results, one per pass. */
    private static List<RunResult> results(Collection<RunResult> results, String benchmark) {
        List<RunResult> of = results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
                .toList();
        if (of.isEmpty()) {
            throw new IllegalStateException("JMH ran no " + benchmark);
        }
        return of;
    }

    /** Microseconds per call: the spread of the iterations of every pass. */
    private static SampleSpread iterations(Collection<RunResult> results, String benchmark) {
        SampleSpread spread = new SampleSpread();
        for (RunResult pass : results(results, benchmark)) {
            for (BenchmarkResult fork : pass.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    spread.add(iteration.getPrimaryResult().getScore());
                }
            }
        }
        return spread;
    }

    /** Bytes allocated per call: the median of the passes. */
    private static double bytesPerCall(Collection<RunResult> results, String benchmark) {
        SampleSpread bytes = new SampleSpread();
        for (RunResult pass : results(results, benchmark)) {
            pass.getSecondaryResults().entrySet().stream().filter(r -> r.getKey().endsWith("gc.alloc.rate.norm"))
                    .forEach(r -> bytes.add(r.getValue().getScore()));
        }
        if (bytes.isEmpty()) {
            throw new IllegalStateException("the GC profiler measured nothing for " + benchmark);
        }
        return bytes.median();
    }

    /** A row of a figure per call, component against bare, with the ratio of the medians; answers the ratio. */
    private static double ratioRow(List<List<String>> rows, String figure, SampleSpread component, SampleSpread bare) {
        double ratio = component.median() / bare.median();
        rows.add(List.of(figure, component.format(1), bare.format(1), ScaleReport.number(ratio, 2)));
        return ratio;
    }

    /** The bytes JMH's GC profiler saw allocated per call, component{@code name} against bare{@code name}. */
    private static void bytesRow(List<List<String>> rows, String call, Collection<RunResult> jmh, String name) {
        double componentBytes = bytesPerCall(jmh, "component" + name);
        double bareBytes = bytesPerCall(jmh, "bare" + name);
        rows.add(List.of(call + ": bytes allocated per call", ScaleReport.number(componentBytes, 0),
                ScaleReport.number(bareBytes, 0), ScaleReport.number(componentBytes / bareBytes, 2)));
    }

    /**
     * A row at 64: calls per second and client CPU per call, the component's figure {@code key_side} against the bare
     * loop's {@code key_BARE}; answers the median of the rounds' ratios of calls per second.
     */
    private static double throughputRow(List<List<String>> rows, String call, Map<String, List<String>> child,
            String key, String side) {
        SampleSpread ratios = roundRatios(child, key + "_" + side, key + "_BARE");
        SampleSpread cpuRatios = roundRatios(child, key + "_" + side + "_CPU", key + "_BARE_CPU");
        rows.add(List.of(call, spread(child, key + "_" + side).format(0), spread(child, key + "_BARE").format(0),
                ratios.format(2), spread(child, key + "_" + side + "_CPU").format(0),
                spread(child, key + "_BARE_CPU").format(0), cpuRatios.format(2)));
        return ratios.median();
    }

    /** The ratios of two figures round by round: a spell of load on the machine falls on both of a round's runs. */
    private static SampleSpread roundRatios(Map<String, List<String>> child, String componentKey, String bareKey) {
        List<String> component = child.get(componentKey);
        List<String> bare = child.get(bareKey);
        SampleSpread ratios = new SampleSpread();
        for (int r = 0; r < component.size(); r++) {
            ratios.add(Double.parseDouble(component.get(r)) / Double.parseDouble(bare.get(r)));
        }
        return ratios;
    }

    private static SampleSpread spread(Map<String, List<String>> child, String key) {
        SampleSpread spread = new SampleSpread();
        child.get(key).forEach(value -> spread.add(Double.parseDouble(value)));
        return spread;
    }
}
