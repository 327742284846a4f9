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
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.camelseedance.emulator.SeedanceEmulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Measures, on the emulator answering in about 20 ms, the throughput of 64 concurrent {@code get} loops through the
 * component: with the defaults (16 I/O threads, 64 connections), with the former 64 I/O threads, with
 * {@code synchronous=true} (each loop's thread sends its own call), and with the foundation's old connection pool (50 in
 * total, 20 per route), in one run, as ratios to 64 I/O threads. Not part of the test run: {@code mvn -B -q
 * test-compile exec:java@pool-benchmark}.
 */
public final class PoolSizingBenchmark {

    private static final int CONCURRENCY = 64;
    private static final Duration LATENCY = Duration.ofMillis(20);
    /** Gets per loop before the clock starts, and then timed: a fixed amount of work, not a fixed window. */
    private static final int WARM_UP_GETS = 40;
    private static final int MEASURED_GETS = 150;

    private PoolSizingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (SeedanceEmulator emulator = SeedanceEmulator.builder().threads(160).build().start()) {
            String taskId = createTask(emulator);
            // every answer takes about 20 ms, as over a real network: then the pool decides how many are in flight
            emulator.scenario().nextRequest("GET", io.github.camelseedance.client.Provider.POWERTOKENS.tasksPath() + "/*")
                    .times(Integer.MAX_VALUE).slowBody(LATENCY);
            measure(emulator, taskId, 0, ""); // warms the JIT for all of them
            double defaults = measure(emulator, taskId, 0, "");
            double wide = measure(emulator, taskId, CONCURRENCY, "");
            double synchronous = measure(emulator, taskId, 0, "&synchronous=true");
            double old = measure(emulator, taskId, CONCURRENCY, "&maxConnections=50&maxConnectionsPerRoute=20");
            System.out.printf("gets/s with the defaults: %.0f; with 64 I/O threads: %.0f; with synchronous=true: %.0f;"
                              + " with 64 I/O threads and the old 50/20 connections: %.0f%n", defaults, wide, synchronous,
                    old);
            System.out.printf("ratios to 64 I/O threads: defaults %.2f; synchronous=true %.2f; old 50/20 %.2f%n",
                    defaults / wide, synchronous / wide, old / wide);
        }
    }

    private static String createTask(SeedanceEmulator emulator) throws Exception {
        try (DefaultCamelContext context = context(emulator, 0)) {
            return context.createProducerTemplate().requestBody("seedance:create", "A benchmark", String.class);
        }
    }

    /** {@code ioPoolSize} 0 for the component's default. */
    private static DefaultCamelContext context(SeedanceEmulator emulator, int ioPoolSize) {
        DefaultCamelContext context = new DefaultCamelContext();
        SeedanceComponent component = new SeedanceComponent();
        if (ioPoolSize > 0) {
            component.setIoPoolSize(ioPoolSize);
        }
        component.getConfiguration().setBaseUrl(emulator.baseUrl());
        component.getConfiguration().setApiKey(emulator.apiKey());
        component.getConfiguration().setModel("dreamina-seedance-2-0-260128");
        component.setWorkerPoolMaxSize(CONCURRENCY);
        component.setWorkerPoolSize(CONCURRENCY);
        context.addComponent("seedance", component);
        context.start();
        return context;
    }

    /**
     * Gets per second of {@value #CONCURRENCY} loops, each sending the next get when its last one completed: the clock
     * runs from the moment every loop has finished its warm-up gets to the moment every loop has finished its timed ones.
     */
    private static double measure(SeedanceEmulator emulator, String taskId, int ioPoolSize, String options)
            throws Exception {
        try (DefaultCamelContext context = context(emulator, ioPoolSize)) {
            ProducerTemplate template = context.createProducerTemplate();
            String uri = "seedance:get" + options.replaceFirst("^&", "?");
            CyclicBarrier warm = new CyclicBarrier(CONCURRENCY);
            ExecutorService callers = Executors.newFixedThreadPool(CONCURRENCY);
            List<CompletableFuture<Void>> loops = new ArrayList<>();
            long[] start = new long[1];
            for (int i = 0; i < CONCURRENCY; i++) {
                loops.add(CompletableFuture.runAsync(() -> {
                    for (int n = 0; n < WARM_UP_GETS; n++) {
                        template.requestBody(uri, taskId);
                    }
                    awaitAll(warm, start);
                    for (int n = 0; n < MEASURED_GETS; n++) {
                        template.requestBody(uri, taskId);
                    }
                }, callers));
            }
            CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).join();
            double seconds = (System.nanoTime() - start[0]) / 1e9;
            callers.shutdown();
            return (double) CONCURRENCY * MEASURED_GETS / seconds;
        }
    }

    /** Waits until every loop is warm; the last one to arrive starts the clock. */
    private static void awaitAll(CyclicBarrier warm, long[] start) {
        try {
            if (warm.await() == 0) {
                start[0] = System.nanoTime();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }
}
