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
package io.github.camelseedance.runtime;

import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelseedance.client.SeedanceClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the end of each asynchronous exchange (and the other local work of the producer) on the worker pool, never on a
 * scheduler or HTTP client thread. Work the pool refuses (its queue is full) waits here, in order, and is handed to the
 * pool as soon as one of our tasks in it finishes; a timer on the clock retries too, for a user's pool busy with other
 * work. Only when the pool has been shut down (the component is stopping) does work run where it arrives, so that
 * every exchange still completes exactly once.
 */
public final class WorkerHandoff {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerHandoff.class);
    private static final Duration RETRY = Duration.ofMillis(10);

    private final ExecutorService pool;
    private final SeedanceClock clock;
    private final Deque<Runnable> overflow = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();

    WorkerHandoff(ExecutorService pool, SeedanceClock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public void complete(Runnable work) {
        overflow.addLast(work);
        pump();
    }

    /** How much work waits for room in the pool. */
    int backlog() {
        return overflow.size();
    }

    private void pump() {
        Runnable next;
        while ((next = overflow.pollFirst()) != null) {
            Runnable work = next;
            if (pool.isShutdown()) {
                runSafely(work);
                continue;
            }
            try {
                pool.execute(() -> {
                    try {
                        runSafely(work);
                    } finally {
                        pump(); // room for the next waiting piece of work
                    }
                });
            } catch (RejectedExecutionException e) {
                if (pool.isShutdown()) {
                    runSafely(work);
                    continue;
                }
                overflow.addFirst(work);
                scheduleRetry();
                return;
            }
        }
    }

    /**
     * The work ends its exchange itself, whatever it throws; what still escapes it (an Error thrown past a callback) is
     * logged here, so that no pool thread dies of it and no later work is lost.
     */
    private static void runSafely(Runnable work) {
        try {
            work.run();
        } catch (Throwable e) {
            LOG.error("Work of the Seedance component failed", e);
        }
    }

    private void scheduleRetry() {
        if (!retryScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            clock.schedule(RETRY, () -> {
                retryScheduled.set(false);
                pump();
            });
        } catch (RejectedExecutionException e) {
            retryScheduled.set(false); // the clock is stopping; our own tasks finishing still pump
        }
    }
}
