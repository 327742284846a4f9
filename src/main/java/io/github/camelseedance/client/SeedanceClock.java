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
package io.github.camelseedance.client;

import java.time.Duration;
import java.time.Instant;

/**
 * The time that retries, rate limits and waits read, and the scheduler they wait on. Nothing of ours sleeps: a wait
 * is a task scheduled for later. Tests replace the clock with a virtual one and move time themselves, so a backoff of
 * 30 seconds costs them nothing.
 */
public interface SeedanceClock {

    /** A scheduled task that has not run yet can be cancelled. */
    interface Scheduled {
        /** Prevents the task from running if it has not started; no effect afterwards. */
        void cancel();
    }

    Instant now();

    /**
     * Runs {@code task} once {@code delay} has passed (at once for zero or negative delays), on the clock's thread.
     * The task must not block: it hands work to an executor. A clock that is shut down refuses new tasks with
     * {@link java.util.concurrent.RejectedExecutionException}.
     */
    Scheduled schedule(Duration delay, Runnable task);
}
