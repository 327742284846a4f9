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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.emulator.Routes;
import io.github.camelseedance.emulator.SeedanceEmulator;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Threads do not grow with accounts: the same 200 concurrent {@code get} exchanges, each answered by the emulator only
 * after a fixed delay so that they pile up, sent once through one account and once spread over ten endpoints with ten
 * distinct API keys (distinct keys make distinct clients). The component's I/O threads with ten accounts must not
 * outnumber those with one. On the code before the one-engine change each client has an I/O pool of its own (one
 * thread per connection, 64): 64 I/O threads for one account, 200 for ten.
 */
class SeedanceThreadsPerAccountTest {

    private static final int CALLS = 200;
    /** How long the emulator holds the rest of each answer's body: the calls stay in flight meanwhile. */
    private static final Duration DELAY = Duration.ofMillis(500);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension();

    /** Peak live threads seen while the calls were in flight. */
    private record Peaks(int io, int ours, int total) {
    }

    @Test
    void ioThreadsWithTenAccountsAreNoMoreThanWithOne() throws Exception {
        Peaks one = run(1);
        Peaks ten = run(10);
        System.out.println("threads: accounts=1 io=" + one.io() + " component=" + one.ours() + " total=" + one.total());
        System.out.println("threads: accounts=10 io=" + ten.io() + " component=" + ten.ours() + " total=" + ten.total());
        assertTrue(ten.io() <= one.io(), "I/O threads grew with accounts: " + one.io() + " for 1, " + ten.io() + " for 10");
        assertTrue(ten.ours() <= one.ours(),
                "the component's threads grew with accounts: " + one.ours() + " for 1, " + ten.ours() + " for 10");
    }

    private Peaks run(int accounts) throws Exception {
        SeedanceEmulator emu = emulator.emulator();
        List<String> keys = new ArrayList<>();
        List<String> taskIds = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            String key = "sk-threads-" + accounts + "-" + a;
            emu.addApiKey(key);
            keys.add(key);
            // a task belongs to the key that created it: a get sent with another key would be a 404
            taskIds.add(createTask(emu, key));
        }
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addComponent("seedance", EmulatorComponents.generating(emulator));
            context.start();
            String contextName = context.getName();
            ProducerTemplate template = context.createProducerTemplate();
            emu.scenario().nextRequest("GET", Routes.PT_TASKS + "/*").times(CALLS).slowBody(DELAY);
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                String taskId = taskIds.get(i % accounts);
                // straight to each account's endpoint: their URIs are equal (the key masked), their producers are not
                sent.add(template.asyncSend("seedance:get?apiKey=RAW(" + keys.get(i % accounts) + ")",
                        e -> e.getMessage().setBody(taskId)));
            }
            AtomicInteger io = new AtomicInteger();
            AtomicInteger ours = new AtomicInteger();
            AtomicInteger total = new AtomicInteger();
            await().atMost(15, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(10)).until(() -> {
                io.accumulateAndGet(ioThreads(contextName), Math::max);
                ours.accumulateAndGet(componentThreads(contextName), Math::max);
                total.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
                return sent.stream().allMatch(CompletableFuture::isDone);
            });
            sent.forEach(f -> assertNull(f.join().getException()));
            assertEquals(0, emu.scenario().pendingFaults(), "every get was answered after the delay");
            return new Peaks(io.get(), ours.get(), total.get());
        }
    }

    /** A task of {@code key}'s account, created on the emulator directly, its id returned. */
    private static String createTask(SeedanceEmulator emu, String key) {
        String body = "{\"model\":\"dreamina-seedance-2-0-260128\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"Threads per account\"}],\"ratio\":\"16:9\",\"duration\":5}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(emu.baseUrl() + Routes.PT_TASKS))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return JSON.readTree(answer.body()).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Live threads of this context's pools, and any of HttpClient's connection evictors (one per pool if used). */
    private static int componentThreads(String contextName) {
        return (int) Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.contains("(" + contextName + ")") || n.contains("idle-connection-evictor")).count();
    }

    /** Live I/O pool threads of this context ({@code Camel (NAME) thread #N - SeedanceIO}). */
    private static int ioThreads(String contextName) {
        return (int) Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.contains("SeedanceIO") && n.contains("(" + contextName + ")")).count();
    }
}
