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
package io.github.camelseedance.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * POSTs the Task JSON to {@code callback_url} on each status change, best effort and asynchronously, one task's
 * callbacks in order; succeeded/failed are retried 3 times (the service's documented behaviour). Unsigned, like
 * the real ones.
 */
final class CallbackSender implements AutoCloseable {

    private static final int TERMINAL_RETRIES = 3;

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "seedance-emulator-callbacks");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().executor(executor)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, CompletableFuture<Void>> chains = new ConcurrentHashMap<>();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private volatile Duration retryDelay = Duration.ofMillis(100);

    void retryDelay(Duration d) {
        retryDelay = d;
    }

    void send(String url, String taskId, List<ObjectNode> snapshots) {
        for (ObjectNode snap : snapshots) {
            String status = snap.path("status").asText();
            int retries = "succeeded".equals(status) || "failed".equals(status) ? TERMINAL_RETRIES : 0;
            byte[] body = snap.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            chains.compute(taskId, (k, prev) -> (prev == null ? CompletableFuture.<Void>completedFuture(null) : prev)
                    .thenCompose(v -> post(url, body, retries)));
        }
    }

    private CompletableFuture<Void> post(String url, byte[] body, int retriesLeft) {
        attempts.incrementAndGet();
        HttpRequest req;
        try {
            req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(null);
        }
        return client.sendAsync(req, HttpResponse.BodyHandlers.discarding())
                .handle((resp, err) -> err == null && resp.statusCode() / 100 == 2)
                .thenCompose(ok -> {
                    if (ok) {
                        delivered.incrementAndGet();
                        return CompletableFuture.completedFuture(null);
                    }
                    if (retriesLeft <= 0) {
                        return CompletableFuture.completedFuture(null);
                    }
                    return CompletableFuture.supplyAsync(() -> null,
                                    CompletableFuture.delayedExecutor(retryDelay.toMillis(), TimeUnit.MILLISECONDS, executor))
                            .thenCompose(v -> post(url, body, retriesLeft - 1));
                });
    }

    long attempts() {
        return attempts.get();
    }

    long delivered() {
        return delivered.get();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
