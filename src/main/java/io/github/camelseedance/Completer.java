package io.github.camelseedance;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelseedance.client.SeedanceClock;

/**
 * Runs the end of each asynchronous exchange on the worker pool, never on a scheduler or HTTP client thread: a
 * completion the pool refuses (its queue is full) waits in an overflow queue that the clock hands back to the pool a
 * moment later. Only when the pool has been shut down (the component is stopping) does a completion run where it
 * arrives, so that every exchange still completes exactly once.
 */
final class Completer {

    private static final Duration RETRY = Duration.ofMillis(10);

    private final ExecutorService pool;
    private final SeedanceClock clock;
    private final Queue<Runnable> overflow = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    Completer(ExecutorService pool, SeedanceClock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    void complete(Runnable completion) {
        if (!overflow.isEmpty()) {
            // keep the order: completions refused earlier go first
            overflow.add(completion);
            scheduleDrain();
            return;
        }
        if (!offer(completion)) {
            overflow.add(completion);
            scheduleDrain();
        }
    }

    /** How many completions wait for room in the pool. */
    int backlog() {
        return overflow.size();
    }

    private boolean offer(Runnable completion) {
        if (pool.isShutdown()) {
            completion.run();
            return true;
        }
        try {
            pool.execute(completion);
            return true;
        } catch (RejectedExecutionException e) {
            if (pool.isShutdown()) {
                completion.run();
                return true;
            }
            return false;
        }
    }

    private void scheduleDrain() {
        if (!drainScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            clock.schedule(RETRY, this::drain);
        } catch (RejectedExecutionException e) {
            // the scheduler is stopping: nothing will drain later, so finish what waits now
            drainScheduled.set(false);
            Runnable next;
            while ((next = overflow.poll()) != null) {
                next.run();
            }
        }
    }

    private void drain() {
        drainScheduled.set(false);
        Runnable next;
        while ((next = overflow.peek()) != null) {
            if (!offer(next)) {
                scheduleDrain();
                return;
            }
            overflow.remove(next);
        }
    }
}
