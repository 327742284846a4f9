package io.github.camelseedance.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The wall clock, scheduling on a {@link ScheduledExecutorService} that its owner starts and stops. */
public final class SystemClock implements SeedanceClock {

    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    public SystemClock(ScheduledExecutorService scheduler) {
        this(Clock.systemUTC(), scheduler);
    }

    public SystemClock(Clock clock, ScheduledExecutorService scheduler) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable task) {
        // a delay beyond what nanoseconds hold (about 292 years) is as good as never
        long nanos = delay.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : Math.max(0, delay.toNanos());
        ScheduledFuture<?> future = scheduler.schedule(task, nanos, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public String toString() {
        return "SystemClock[" + clock + "]";
    }
}
