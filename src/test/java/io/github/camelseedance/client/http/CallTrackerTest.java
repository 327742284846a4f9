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
package io.github.camelseedance.client.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.client.CallingThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the tracker runs an attempt: on the I/O executor, or once on a thread that {@link CallingThread} lets send. */
class CallTrackerTest {

    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-io"));
    private final CallTracker tracker = new CallTracker(io, Duration.ofSeconds(1));
    private final List<String> ranOn = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    @Test
    void onlyTheFirstAttemptRunsOnTheCallingThreadWhatItSetsOffGoesToTheIoPool() {
        String caller = Thread.currentThread().getName();
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> setOff = new CompletableFuture<>();
        CallingThread.sends(() -> {
            tracker.submit(() -> {
                ranOn.add(Thread.currentThread().getName());
                // another call started by this answer (another exchange's, say) is not the caller's to run
                tracker.submit(() -> {
                    ranOn.add(Thread.currentThread().getName());
                    setOff.complete(null);
                }, setOff);
                first.complete(null);
            }, first);
            return null;
        });
        assertTrue(first.isDone(), "the first attempt ran before sends returned");
        await().atMost(10, TimeUnit.SECONDS).until(setOff::isDone);
        assertEquals(List.of(caller, "test-io"), ranOn);
        // outside sends, the thread runs nothing itself
        assertFalse(CallingThread.takeAttempt());
    }

    @Test
    void anErrorOfAnAttemptOnTheCallingThreadEndsItsCallAndIsNotThrownToTheCaller() {
        CompletableFuture<Void> call = new CompletableFuture<>();
        LinkageError error = new LinkageError("a class of the attempt could not be linked");
        CallingThread.sends(() -> {
            tracker.submit(() -> {
                throw error;
            }, call);
            return null;
        });
        assertTrue(call.isCompletedExceptionally());
        assertSame(error, call.handle((ok, failure) -> failure).join());
    }
}
