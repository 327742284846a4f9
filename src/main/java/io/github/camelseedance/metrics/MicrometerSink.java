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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.support.CamelContextHelper;

/**
 * The meters in a Micrometer {@link MeterRegistry} bound in the Camel registry. The only class of the component that
 * names a Micrometer type: {@link SeedanceMetrics} loads it only after checking that Micrometer is there.
 */
final class MicrometerSink implements MeterSink {

    /** The name camel-micrometer binds its registry under, and looks it up by. */
    static final String REGISTRY_NAME = "metricsRegistry";

    private final MeterRegistry registry;
    private final List<Meter> gauges = new CopyOnWriteArrayList<>();

    private MicrometerSink(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * A sink for the registry bound as {@code metricsRegistry}, else the only one bound; null when there is none:
     * no registry is ever created here.
     */
    static MeterSink lookup(CamelContext context) {
        MeterRegistry registry = context.getRegistry().lookupByNameAndType(REGISTRY_NAME, MeterRegistry.class);
        if (registry == null) {
            registry = CamelContextHelper.findSingleByType(context, MeterRegistry.class);
        }
        return registry == null ? null : new MicrometerSink(registry);
    }

    @Override
    public void count(String name, double amount, String... tags) {
        registry.counter(name, tags).increment(amount);
    }

    @Override
    public void time(String name, Duration duration, String... tags) {
        registry.timer(name, tags).record(duration);
    }

    @Override
    public void gauge(String name, Supplier<Number> value, String... tags) {
        gauges.add(Gauge.builder(name, value).tags(tags).strongReference(true).register(registry));
    }

    @Override
    public void close() {
        gauges.forEach(registry::remove);
        gauges.clear();
    }
}
