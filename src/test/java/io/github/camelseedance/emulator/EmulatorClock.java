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
package io.github.camelseedance.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The emulator's notion of "now". Tests use a {@link #manual()} clock and {@link #advance(Duration)} it, so no test
 * ever sleeps; the demo uses {@link #realTime(double)}, optionally sped up. Both kinds accept {@code advance} (it adds
 * an offset), and listeners hear about every advance so the emulator can evaluate tasks eagerly (for callbacks).
 */
public final class EmulatorClock {

    private final boolean manual;
    private final Instant start;
    private final long startNanos;
    private final double speed;
    private final Object lock = new Object();
    private Duration offset = Duration.ZERO;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private EmulatorClock(boolean manual, Instant start, double speed) {
        this.manual = manual;
        this.start = start;
        this.startNanos = System.nanoTime();
        this.speed = speed;
    }

    /** A clock that only moves when {@link #advance(Duration)} is called; starts at the current wall time (whole seconds). */
    public static EmulatorClock manual() {
        return manual(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public static EmulatorClock manual(Instant start) {
        return new EmulatorClock(true, Objects.requireNonNull(start), 1.0);
    }

    /** Wall-clock time. */
    public static EmulatorClock realTime() {
        return realTime(1.0);
    }

    /** Wall-clock time running {@code speed} times faster (e.g. 10 = ten emulated seconds per real second). */
    public static EmulatorClock realTime(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be > 0");
        }
        return new EmulatorClock(false, Instant.now(), speed);
    }

    public boolean isManual() {
        return manual;
    }

    public double speed() {
        return speed;
    }

    public Instant now() {
        synchronized (lock) {
            Instant base = start.plus(offset);
            if (manual) {
                return base;
            }
            long elapsed = (long) ((System.nanoTime() - startNanos) * speed);
            return base.plusNanos(elapsed);
        }
    }

    /** Unix seconds, the unit of the API's {@code created_at}/{@code updated_at}. */
    public long epochSecond() {
        return now().getEpochSecond();
    }

    /** Moves time forward and lets the emulator fire the transitions (and callbacks) that became due. */
    public EmulatorClock advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        synchronized (lock) {
            offset = offset.plus(by);
        }
        listeners.forEach(Runnable::run);
        return this;
    }

    public EmulatorClock advanceSeconds(long seconds) {
        return advance(Duration.ofSeconds(seconds));
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
