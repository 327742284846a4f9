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
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.github.camelseedance.model.Task;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The part of section 10 measured in a JVM of its own, whose CPU is then the client's alone (the emulator runs in
 * another): client CPU per call at concurrency 1, and throughput with 64 calls outstanding, through the component
 * ({@code asyncRequestBody}) and with 64 threads of a bare HttpClient 5 + Jackson loop; in the last round, where the
 * CPU of {@code get} at 64 goes. Prints {@code KEY=value} lines for {@link ChildJvm}, one per round.
 */
public final class OverheadChildMain {

    static final int OUTSTANDING = 64;

    static final int SEQUENTIAL_CALLS = 6_000;
    private static final int CONCURRENT_CALLS = 6_400;

    private OverheadChildMain() {
    }

    /** Arguments: the emulator's base URL, its API key, the rounds after the warm-up ({@link WarmUp}). */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String apiKey = args[1];
        int rounds = Integer.parseInt(args[2]);
        ExecutorService threads = Executors.newFixedThreadPool(OUTSTANDING);
        try (DefaultCamelContext context = new DefaultCamelContext();
             BareSeedanceCalls bare = new BareSeedanceCalls(baseUrl, apiKey)) {
            context.addComponent("seedance", BenchComponents.pointedAt(baseUrl, apiKey));
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            // resolved once, as a route's to() does
            Endpoint get = context.getEndpoint("seedance:get");
            Endpoint getSynchronous = context.getEndpoint("seedance:get?synchronous=true");
            Endpoint create = context.getEndpoint("seedance:create");
            Endpoint createSynchronous = context.getEndpoint("seedance:create?synchronous=true");
            String taskId = bare.create("The task every get reads");
            Calls component = Calls.through(template, get, create, taskId);
            // the template's threads send the calls and end the exchanges: one hop a call, and as many threads as
            // calls outstanding, as the bare loop has
            ProducerTemplate sending = context.createProducerTemplate();
            sending.setExecutorService(context.getExecutorServiceManager().newFixedThreadPool(sending,
                    "OutstandingCalls", OUTSTANDING));
            Calls synchronous = Calls.through(sending, getSynchronous, createSynchronous, taskId);
            Calls baseline = new Calls(i -> call(threads, () -> bare.get(taskId)),
                    i -> call(threads, () -> bare.get(bare.create("A flow " + i))));
            Round round = reported -> {
                // the caller waits in the template for each call, as JMH's does
                figure(reported, "CPU_GET_COMPONENT", cpuPerCall(() -> sequential(
                        i -> template.requestBody(get, taskId, Task.class))));
                figure(reported, "CPU_GET_SYNCHRONOUS", cpuPerCall(() -> sequential(
                        i -> template.requestBody(getSynchronous, taskId, Task.class))));
                figure(reported, "CPU_GET_BARE", cpuPerCall(() -> sequential(i -> bare.get(taskId))));
                atSixtyFour(reported, "GET64_COMPONENT", () -> outstanding(component.get()));
                atSixtyFour(reported, "GET64_SYNCHRONOUS", () -> outstanding(synchronous.get()));
                atSixtyFour(reported, "GET64_BARE", () -> outstanding(baseline.get()));
                atSixtyFour(reported, "CREATE_GET64_COMPONENT", () -> outstanding(component.createGet()));
                atSixtyFour(reported, "CREATE_GET64_SYNCHRONOUS", () -> outstanding(synchronous.createGet()));
                atSixtyFour(reported, "CREATE_GET64_BARE", () -> outstanding(baseline.createGet()));
            };
            ChildJvm.report("WARM_UP_ROUNDS", WarmUp.run(() -> round.run(false)));
            for (int r = 0; r < rounds; r++) {
                round.run(true);
            }
            share("SHARE_COMPONENT", CpuBreakdown.of(() -> repeat(() -> outstanding(component.get()))));
            share("SHARE_BARE", CpuBreakdown.of(() -> repeat(() -> outstanding(baseline.get()))));
        } finally {
            threads.shutdownNow();
        }
    }

    /** The two calls of one side, each started by its number and answering when it is done. */
    private record Calls(IntFunction<CompletableFuture<?>> get, IntFunction<CompletableFuture<?>> createGet) {

        /** The component's calls, sent with {@code asyncRequestBody}: a get of {@code taskId}, a create then its get. */
        static Calls through(ProducerTemplate template, Endpoint get, Endpoint create, String taskId) {
            return new Calls(i -> template.asyncRequestBody(get, taskId, Task.class),
                    i -> template.asyncRequestBody(create, "A flow " + i, String.class)
                            .thenCompose(id -> template.asyncRequestBody(get, id, Task.class)));
        }
    }

    /** A blocking call of the baseline on one of its 64 threads. */
    private static CompletableFuture<?> call(ExecutorService threads, Callable<?> call) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        Future<?> ignored = threads.submit(() -> {
            try {
                done.complete(call.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private static int sequential(SequentialCall call) throws Exception {
        for (int i = 0; i < SEQUENTIAL_CALLS; i++) {
            call.call(i);
        }
        return SEQUENTIAL_CALLS;
    }

    /** One blocking call on the measuring thread. */
    private interface SequentialCall {
        Object call(int i) throws Exception;
    }

    /** {@value #CONCURRENT_CALLS} calls, each started as one ends, so that 64 are outstanding until the last. */
    private static int outstanding(IntFunction<CompletableFuture<?>> call) {
        AtomicInteger started = new AtomicInteger();
        CompletableFuture<?>[] chains = new CompletableFuture<?>[OUTSTANDING];
        for (int c = 0; c < OUTSTANDING; c++) {
            chains[c] = chain(call, started);
        }
        CompletableFuture.allOf(chains).join();
        return CONCURRENT_CALLS;
    }

    private static CompletableFuture<?> chain(IntFunction<CompletableFuture<?>> call, AtomicInteger started) {
        int n = started.getAndIncrement();
        if (n >= CONCURRENT_CALLS) {
            return CompletableFuture.completedFuture(null);
        }
        return call.apply(n).thenCompose(done -> chain(call, started));
    }

    /** Microseconds of this process's CPU per call. */
    private static double cpuPerCall(Work work) throws Exception {
        long before = cpuNanos();
        int calls = work.run();
        return (cpuNanos() - before) / 1e3 / calls;
    }

    /** Calls per second ({@code key}) and this process's CPU per call in µs ({@code key_CPU}). */
    private static void atSixtyFour(boolean reported, String key, Work work) throws Exception {
        System.gc(); // the previous run's garbage is not this run's
        long cpu = cpuNanos();
        long start = System.nanoTime();
        int calls = work.run();
        figure(reported, key, calls / ((System.nanoTime() - start) / 1e9));
        figure(reported, key + "_CPU", (cpuNanos() - cpu) / 1e3 / calls);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void figure(boolean reported, String key, double value) {
        if (reported) {
            ChildJvm.report(key, value);
        }
    }

    private static void share(String key, Map<String, Double> shares) {
        CpuBreakdown.libraries().forEach(library -> ChildJvm.report(key, shares.get(library)));
        ChildJvm.report(key + "_SAMPLES", shares.get(CpuBreakdown.SAMPLES).longValue());
    }

    /** Enough calls for a few thousand samples. */
    private static void repeat(Work work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
    }

    /** Every figure once, printed when {@code reported}. */
    private interface Round {
        void run(boolean reported) throws Exception;
    }

    /** A measured piece of work: answers the calls it made. */
    private interface Work {
        int run() throws Exception;
    }
}
