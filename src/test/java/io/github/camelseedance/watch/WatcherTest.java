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
package io.github.camelseedance.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelseedance.client.AuthenticationException;
import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.client.Provider;
import io.github.camelseedance.client.RetryPolicy;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The watcher on a virtual clock: waits due together share one batched lookup (pages of the list endpoint), each wait
 * completes exactly once (final status, deadline, a refused key, cancel, close), and status changes reach the
 * listener once each.
 */
class WatcherTest {

    private static final String TASKS = Provider.BYTEPLUS.tasksPath();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-29T10:00:00Z"));
    private HttpSeedanceClient client;
    private Watcher watcher;

    @BeforeEach
    void start() {
        client = new HttpSeedanceClient(SeedanceClientConfig.builder().provider(Provider.BYTEPLUS).baseUrl(wm.baseUrl())
                .apiKey("sk-watcher").retryPolicy(RetryPolicy.NONE).build(), clock, null);
        watcher = new Watcher(client, clock, new TaskLookup(client, 100, 4), Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() {
        watcher.close();
        client.close();
    }

    private static void listAnswers(String status, int n) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < n; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\":\"t").append(i).append("\",\"status\":\"").append(status)
                    .append("\"}");
        }
        wm.stubFor(get(urlPathEqualTo(TASKS)).willReturn(okJson("{\"total\":" + n + ",\"items\":[" + items + "]}")));
    }

    /** Runs the due sweeps until {@code done}, giving the HTTP calls the real time they need. */
    private void runUntil(java.util.function.BooleanSupplier done) {
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            clock.runDue();
            return done.getAsBoolean();
        });
    }

    @Test
    void twoHundredFiftyWaitsShareOneSweepOfThreeListPages() {
        int n = 250;
        listAnswers("running", n);
        List<CompletableFuture<Task>> waits = new ArrayList<>();
        List<String> changes = new CopyOnWriteArrayList<>();
        for (int i = 0; i < n; i++) {
            waits.add(watcher.awaitTask("t" + i, WaitSchedule.every(Duration.ofSeconds(10)), null,
                    task -> changes.add(task.id() + ":" + task.status())));
        }
        clock.advance(Duration.ofSeconds(10));
        runUntil(() -> changes.size() == n);
        assertEquals(3, wm.findAll(getRequestedFor(urlPathEqualTo(TASKS))).size(), "ceil(250 / 100) list requests");
        assertTrue(waits.stream().noneMatch(CompletableFuture::isDone));
        listAnswers("succeeded", n);
        clock.advance(Duration.ofSeconds(10));
        runUntil(() -> waits.stream().allMatch(CompletableFuture::isDone));
        assertEquals(6, wm.findAll(getRequestedFor(urlPathEqualTo(TASKS))).size());
        assertEquals(2 * n, changes.size(), "running then succeeded, once each");
        waits.forEach(w -> assertEquals("succeeded", w.join().status().value()));
        assertEquals(0, watcher.size());
    }

    @Test
    void aWaitEndsAtItsDeadlineWithTheTaskAsLastSeen() {
        listAnswers("queued", 1);
        CompletableFuture<Task> wait = watcher.awaitTask("t0", WaitSchedule.every(Duration.ofSeconds(10)),
                clock.now().plusSeconds(25), null);
        clock.advance(Duration.ofSeconds(10));
        // the answer read, not only the request sent: the deadline then finds the task as last seen
        runUntil(() -> watcher.waitingTasks().stream().anyMatch(t -> TaskStatus.QUEUED.equals(t.status())));
        assertEquals(1, wm.findAll(getRequestedFor(urlPathEqualTo(TASKS))).size());
        clock.advance(Duration.ofSeconds(15));
        runUntil(wait::isDone);
        TaskDeadlineException late = assertInstanceOf(TaskDeadlineException.class, failure(wait));
        assertEquals("t0", late.getTaskId());
        assertEquals("queued", late.getLastSeen().status().value());
    }

    @Test
    void aRefusedKeyEndsTheWaitAtOnce() {
        wm.stubFor(get(urlPathEqualTo(TASKS)).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"code\":\"AuthenticationError\",\"message\":\"bad key\"}}")));
        CompletableFuture<Task> wait = watcher.awaitTask("t0", WaitSchedule.every(Duration.ofSeconds(1)), null, null);
        clock.advance(Duration.ofSeconds(1));
        runUntil(wait::isDone);
        assertInstanceOf(AuthenticationException.class, failure(wait));
    }

    @Test
    void aTransientFailureIsLookedAtAgainLater() {
        wm.stubFor(get(urlPathEqualTo(TASKS)).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":{\"code\":\"InternalServiceError\",\"message\":\"oops\"}}")));
        CompletableFuture<Task> wait = watcher.awaitTask("t0", WaitSchedule.every(Duration.ofSeconds(1)), null, null);
        clock.advance(Duration.ofSeconds(1));
        runUntil(() -> wm.findAll(getRequestedFor(urlPathEqualTo(TASKS))).size() == 1);
        listAnswers("succeeded", 1);
        // the failed answer may be read after this thread moved the clock: time goes on until the next look is due
        runUntil(() -> {
            clock.advance(Duration.ofSeconds(1));
            return wait.isDone();
        });
        assertEquals("succeeded", wait.join().status().value());
    }

    @Test
    void cancellingOrClosingEndsEachWaitOnce() {
        listAnswers("running", 2);
        CompletableFuture<Task> cancelled = watcher.awaitTask("t0", WaitSchedule.every(Duration.ofSeconds(1)), null, null);
        CompletableFuture<Task> closed = watcher.awaitTask("t1", WaitSchedule.every(Duration.ofSeconds(1)), null, null);
        cancelled.cancel(false);
        assertEquals(1, watcher.size());
        watcher.close();
        assertInstanceOf(SeedanceException.class, failure(closed));
        assertTrue(cancelled.isCancelled());
        CompletableFuture<Task> late = watcher.awaitTask("t2", WaitSchedule.every(Duration.ofSeconds(1)), null, null);
        assertTrue(late.isCompletedExceptionally(), "a closed watcher refuses new waits at once");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(0, wm.findAll(getRequestedFor(urlPathEqualTo(TASKS))).size(), "nothing is looked up any more");
    }

    @Test
    void anAssetWaitTimesOutWithoutAThread() {
        wm.stubFor(get(urlPathEqualTo(SeedanceClientConfig.DEFAULT_ASSET_QUERY_PATH))
                .willReturn(okJson("{\"code\":200,\"data\":{}}")));
        var wait = watcher.awaitAsset("up-1", Duration.ofSeconds(2), Duration.ofSeconds(9));
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofSeconds(2));
            int expected = i + 1;
            runUntil(() -> wait.isDone() || wm.findAll(getRequestedFor(urlPathEqualTo(
                    SeedanceClientConfig.DEFAULT_ASSET_QUERY_PATH))).size() >= Math.min(expected, 5));
        }
        runUntil(wait::isDone);
        assertFalse(wm.findAll(getRequestedFor(urlPathEqualTo(SeedanceClientConfig.DEFAULT_ASSET_QUERY_PATH))).isEmpty());
        assertInstanceOf(io.github.camelseedance.client.AssetNotReadyException.class, failure(wait));
    }

    private static Throwable failure(CompletableFuture<?> future) {
        try {
            future.join();
            throw new AssertionError("expected a failure");
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause();
        }
    }
}
