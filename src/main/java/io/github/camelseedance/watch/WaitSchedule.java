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
package io.github.camelseedance.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How often something waited for is checked: first after {@code initial}, then each interval {@code multiplier} times
 * the last, never more than {@code max}. A task that changes status starts again from {@code initial}.
 */
public record WaitSchedule(Duration initial, Duration max, double multiplier) {

    public WaitSchedule {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max but got " + initial + " and " + max);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number >= 1 but was " + multiplier);
        }
    }

    /** Checks at a fixed interval. */
    public static WaitSchedule every(Duration interval) {
        return new WaitSchedule(interval, interval, 1.0);
    }

    /** The interval after {@code current}. */
    public Duration next(Duration current) {
        double millis = current.toMillis() * multiplier;
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
