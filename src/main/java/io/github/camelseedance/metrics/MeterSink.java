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
package io.github.camelseedance.metrics;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Where the component's meters go, in words free of any metrics library: the one implementation that uses Micrometer
 * is loaded only once Micrometer is known to be on the class path.
 */
interface MeterSink {

    /** Adds {@code amount} to the counter {@code name}; {@code tags} are key, value pairs. */
    void count(String name, double amount, String... tags);

    /** Records {@code duration} in the timer {@code name}. */
    void time(String name, Duration duration, String... tags);

    /** A gauge that reads {@code value} whenever it is published, until {@link #close()}. */
    void gauge(String name, Supplier<Number> value, String... tags);

    /** Removes the gauges: what they read is going away. */
    void close();
}
