package io.github.camelseedance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelseedance.emulator.SeedanceEmulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Measures, on the emulator answering in about 20 ms, the throughput of 64 concurrent {@code get} loops through the
 * component with the default pool against a pool of 64 per route, and against the foundation's old defaults (50 in
 * total, 20 per route), in one run, as ratios. Not part of the test run: {@code mvn -B -q test-compile
 * exec:java@pool-benchmark}.
 */
public final class PoolSizingBenchmark {

    private static final int CONCURRENCY = 64;
    private static final Duration LATENCY = Duration.ofMillis(20);
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURE = Duration.ofSeconds(8);

    private PoolSizingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (SeedanceEmulator emulator = SeedanceEmulator.builder().threads(160).build().start()) {
            String taskId = createTask(emulator);
            // every answer takes about 20 ms, as over a real network: then the pool decides how many are in flight
            emulator.scenario().nextRequest("GET", io.github.camelseedance.client.Provider.POWERTOKENS.tasksPath() + "/*")
                    .times(Integer.MAX_VALUE).slowBody(LATENCY);
            measure(emulator, taskId, ""); // warms the JIT for all three
            double defaults = measure(emulator, taskId, "");
            double wide = measure(emulator, taskId, "&maxConnections=64&maxConnectionsPerRoute=64");
            double old = measure(emulator, taskId, "&maxConnections=50&maxConnectionsPerRoute=20");
            System.out.printf("gets/s with the defaults: %.0f; with 64 per route: %.0f; with the old 50/20: %.0f%n",
                    defaults, wide, old);
            System.out.printf("defaults / 64 per route = %.2f; old 50/20 / 64 per route = %.2f%n", defaults / wide,
                    old / wide);
        }
    }

    private static String createTask(SeedanceEmulator emulator) throws Exception {
        try (DefaultCamelContext context = context(emulator)) {
            return context.createProducerTemplate().requestBody("seedance:create", "A benchmark", String.class);
        }
    }

    private static DefaultCamelContext context(SeedanceEmulator emulator) {
        DefaultCamelContext context = new DefaultCamelContext();
        SeedanceComponent component = new SeedanceComponent();
        component.getConfiguration().setBaseUrl(emulator.baseUrl());
        component.getConfiguration().setApiKey(emulator.apiKey());
        component.getConfiguration().setModel("dreamina-seedance-2-0-260128");
        component.setWorkerPoolMaxSize(CONCURRENCY);
        component.setWorkerPoolSize(CONCURRENCY);
        context.addComponent("seedance", component);
        context.start();
        return context;
    }

    /** Gets per second of {@value #CONCURRENCY} loops, each sending the next get when its last one completed. */
    private static double measure(SeedanceEmulator emulator, String taskId, String options) throws Exception {
        try (DefaultCamelContext context = context(emulator)) {
            ProducerTemplate template = context.createProducerTemplate();
            String uri = "seedance:get?synchronous=false" + options;
            AtomicBoolean counting = new AtomicBoolean();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong done = new AtomicLong();
            List<CompletableFuture<Void>> loops = new ArrayList<>();
            ExecutorService callers = Executors.newFixedThreadPool(CONCURRENCY);
            for (int i = 0; i < CONCURRENCY; i++) {
                loops.add(CompletableFuture.runAsync(() -> {
                    while (running.get()) {
                        template.requestBody(uri, taskId);
                        if (counting.get()) {
                            done.incrementAndGet();
                        }
                    }
                }, callers));
            }
            Thread.sleep(WARM_UP.toMillis()); // a benchmark's measuring window, not a wait for a condition
            counting.set(true);
            long start = System.nanoTime();
            Thread.sleep(MEASURE.toMillis());
            long count = done.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            running.set(false);
            CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).join();
            callers.shutdown();
            return count / seconds;
        }
    }
}
