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
        this.clock = Clock.systemUTC();
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable task) {
        // saturated: a delay beyond what nanoseconds hold (about 292 years) is as good as never; a negative one is now
        ScheduledFuture<?> future = scheduler.schedule(task, TimeUnit.NANOSECONDS.convert(delay), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public String toString() {
        return "SystemClock[" + clock + "]";
    }
}
