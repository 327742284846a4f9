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
