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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Waiting for the Asset Library holds no thread: the producer returns at once, checks are re-scheduled on the
 * component's scheduler, and each exchange completes exactly once, even when the context stops mid-wait.
 */
class SeedanceAsyncProducerTest extends CamelTestSupport {

    private static final Duration ASSET_DELAY = Duration.ofSeconds(30);

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.assetReadyAfter(ASSET_DELAY));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent component = EmulatorComponents.pointedAt(emulator);
        component.getConfiguration().setAssetTimeout(Duration.ofMinutes(5));
        context.addComponent("seedance", component);
        return context;
    }

    @Test
    void fiftyUploadsWaitOnTheSchedulerNotOnThreadsOfTheirOwn() throws Exception {
        int n = 50;
        AsyncProducer producer = context.getEndpoint("seedance:upload").createAsyncProducer();
        ServiceHelper.startService(producer);
        CountDownLatch done = new CountDownLatch(n);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(TestImages.png(400 + i, 400));
            exchanges.add(exchange);
            assertFalse(producer.process(exchange, doneSync -> done.countDown()),
                    "the exchange waits asynchronously, the caller's thread is free");
        }

        // every upload is polled while nobody holds a thread for it
        await().atMost(Duration.ofSeconds(20)).until(
                () -> emulator.emulator().journal().countPrefix("GET", "/v1/asset/jobs/get-asset-id") >= 2L * n);
        assertEquals(n, done.getCount());
        // the uploads ran on the worker pool; while they wait, no worker is busy and two scheduler threads poll them all
        java.util.Map<Thread, StackTraceElement[]> threads = Thread.getAllStackTraces();
        List<String> busy = new ArrayList<>();
        threads.forEach((thread, stack) -> {
            boolean idle = java.util.Arrays.stream(stack).anyMatch(f -> f.getMethodName().equals("getTask")
                                                                        || f.getMethodName().equals("take"));
            if (thread.getName().contains("SeedanceWorker") && !idle) {
                busy.add(thread.getName());
            }
        });
        long schedulers = threads.keySet().stream().filter(t -> t.getName().contains("SeedanceScheduler")).count();
        assertTrue(schedulers <= 2, "scheduler threads polling " + n + " uploads: " + schedulers);
        assertTrue(busy.isEmpty(), "busy while " + n + " uploads wait: " + busy);

        emulator.clock().advance(ASSET_DELAY.plusSeconds(1));
        assertTrue(done.await(20, TimeUnit.SECONDS), () -> "still waiting: " + done.getCount() + "; asset checks "
                + emulator.emulator().journal().countPrefix("GET", "/v1/asset/jobs/get-asset-id") + "\n" + threadDump());
        Set<String> assetIds = new HashSet<>();
        for (Exchange exchange : exchanges) {
            assertNull(exchange.getException());
            assetIds.add(exchange.getMessage().getHeader(SeedanceConstants.ASSET_ID, String.class));
        }
        assertEquals(n, assetIds.size());
        ServiceHelper.stopService(producer);
    }

    /** What every thread does, for the message of a wait that did not end. */
    private static String threadDump() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            dump.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
            for (StackTraceElement frame : stack) {
                dump.append("    ").append(frame).append('\n');
            }
        });
        return dump.toString();
    }

    @Test
    void stoppingTheContextCompletesWaitingExchangesOnce() throws Exception {
        int n = 3;
        AsyncProducer producer = context.getEndpoint("seedance:upload").createAsyncProducer();
        ServiceHelper.startService(producer);
        CountDownLatch done = new CountDownLatch(n);
        int[] calls = new int[1];
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(TestImages.png(500 + i, 400));
            exchanges.add(exchange);
            producer.process(exchange, doneSync -> {
                synchronized (calls) {
                    calls[0]++;
                }
                done.countDown();
            });
        }
        await().atMost(Duration.ofSeconds(20)).until(
                () -> emulator.emulator().journal().countPrefix("GET", "/v1/asset/jobs/get-asset-id") >= n);

        context.stop();

        assertTrue(done.await(20, TimeUnit.SECONDS), "every waiting exchange completes when the context stops");
        exchanges.forEach(e -> assertNotNull(e.getException()));
        synchronized (calls) {
            assertEquals(n, calls[0], "each callback exactly once");
        }
    }
}
