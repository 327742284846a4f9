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
