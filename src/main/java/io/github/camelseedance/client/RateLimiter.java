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
 * A request rate shared by every client of one account: each call reserves the next free slot and is scheduled for
 * it, so bursts are spread out instead of collecting 429s, and no thread waits. A rate of 0 or less means no limit.
 * A server's Retry-After pushes every later slot back.
 */
public final class RateLimiter {

    private final double perSecond;
    private final long intervalNanos;
    private Instant nextFree = Instant.MIN;

    public RateLimiter(double perSecond) {
        if (Double.isNaN(perSecond) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("perSecond must be a finite number but was " + perSecond);
        }
        this.perSecond = perSecond;
        this.intervalNanos = perSecond <= 0 ? 0 : (long) Math.ceil(1_000_000_000d / perSecond);
    }

    public double perSecond() {
        return perSecond;
    }

    /** Reserves the next slot at or after {@code now}; answers how long the caller must wait for it. */
    public synchronized Duration reserve(Instant now) {
        if (intervalNanos == 0 && !nextFree.isAfter(now)) {
            return Duration.ZERO;
        }
        Instant slot = nextFree.isAfter(now) ? nextFree : now;
        nextFree = slot.plusNanos(intervalNanos);
        return Duration.between(now, slot);
    }

    /** The next free slot, or null when one is free now: when a call reserved now would be sent. */
    public synchronized Instant nextFree(Instant now) {
        return nextFree.isAfter(now) ? nextFree : null;
    }

    /** The server asked to wait until {@code until}: no slot is given before it. */
    public synchronized void holdUntil(Instant until) {
        if (until.isAfter(nextFree)) {
            nextFree = until;
        }
    }

    @Override
    public String toString() {
        return perSecond <= 0 ? "RateLimiter[unlimited]" : "RateLimiter[" + perSecond + "/s]";
    }
}
