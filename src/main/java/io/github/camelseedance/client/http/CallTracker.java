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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.client.CallingThread;
import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.client.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls of one client, known by their result: which wait for their turn, which are being sent, and whether the
 * client was closed. Closing fails the waiting ones and lets those being sent finish, so that a create that was sent
 * is answered instead of turned into an unknown outcome by our stop.
 */
final class CallTracker {

    private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);

    private final Executor io;
    private final Duration longestAttempt;
    private final Set<CompletableFuture<?>> calls = ConcurrentHashMap.newKeySet();
    /** The calls whose attempt is being sent or answered now; its monitor guards {@link #closed} against them. */
    private final Set<CompletableFuture<?>> running = new HashSet<>();
    private volatile boolean closed;

    /**
     * @param io             where the blocking HTTP exchanges run
     * @param longestAttempt how long one attempt can take: how long closing waits for those being sent
     */
    CallTracker(Executor io, Duration longestAttempt) {
        this.io = io;
        this.longestAttempt = longestAttempt;
    }

    Executor io() {
        return io;
    }

    boolean isClosed() {
        return closed;
    }

    /** Knows a call until its result completes. */
    void track(CompletableFuture<?> call) {
        calls.add(call);
        call.whenComplete((answer, failure) -> calls.remove(call));
    }

    /** An attempt of the call starts being sent; false when the client was closed, and nothing may be sent. */
    boolean beginAttempt(CompletableFuture<?> call) {
        synchronized (running) {
            if (closed) {
                return false;
            }
            running.add(call);
            return true;
        }
    }

    void endAttempt(CompletableFuture<?> call) {
        synchronized (running) {
            running.remove(call);
            running.notifyAll();
        }
    }

    /**
     * Runs a task on the I/O executor (on this thread when {@link CallingThread} lets it), or fails the result when
     * the client was closed or the executor is full.
     */
    void submit(Runnable task, CompletableFuture<?> result) {
        if (closed) {
            result.completeExceptionally(closedException());
            return;
        }
        if (CallingThread.takeAttempt()) {
            runHere(task, result);
            return;
        }
        try {
            io.execute(task);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(closed ? closedException()
                    : new TransportException(new ErrorDetails(0, null, "the I/O executor refused the call (its queue"
                            + " is full; the component option ioQueueSize bounds it); nothing was sent: " + e, null,
                            null, null), e));
        }
    }

    /** The task on the thread that waits for it anyway: whatever it throws (an Error too) ends the call. */
    private static void runHere(Runnable task, CompletableFuture<?> result) {
        try {
            task.run();
        } catch (Throwable e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * A call waiting for its turn (a rate limit, a backoff) is not sent; one being sent is let finish, waiting at most
     * as long as one attempt can take.
     */
    void close() {
        List<CompletableFuture<?>> waiting = new ArrayList<>();
        synchronized (running) {
            closed = true;
            for (CompletableFuture<?> call : calls) {
                if (!running.contains(call)) {
                    waiting.add(call);
                }
            }
        }
        for (CompletableFuture<?> call : waiting) {
            call.completeExceptionally(closedException());
        }
        awaitRunning();
    }

    private void awaitRunning() {
        long deadline = System.nanoTime() + longestAttempt.toNanos();
        synchronized (running) {
            long left;
            while (!running.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(running, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (!running.isEmpty()) {
                LOG.warn("Closing the Seedance client with {} call(s) still waiting for their answer", running.size());
            }
        }
    }

    static SeedanceException closedException() {
        return new SeedanceException("the Seedance client was closed before the call was sent (a create: nothing was"
                                     + " created)", null);
    }
}
