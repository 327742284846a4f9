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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.support.CamelContextHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meters in a Micrometer {@link MeterRegistry} bound in the Camel registry. The only class of the component that
 * names a Micrometer type: {@link SeedanceMetrics} loads it only after checking that Micrometer is there. A meter
 * the registry refuses (a name the application uses for a meter of another type) is dropped, never failing the call
 * being measured.
 */
final class MicrometerSink implements MeterSink {

    /** The name camel-micrometer binds its registry under, and looks it up by. */
    static final String REGISTRY_NAME = "metricsRegistry";

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerSink.class);

    private final MeterRegistry registry;
    private final List<Meter> gauges = new CopyOnWriteArrayList<>();
    private final AtomicBoolean refusalLogged = new AtomicBoolean();

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
        try {
            registry.counter(name, tags).increment(amount);
        } catch (RuntimeException e) {
            refused(name, e);
        }
    }

    @Override
    public void time(String name, Duration duration, String... tags) {
        try {
            registry.timer(name, tags).record(duration);
        } catch (RuntimeException e) {
            refused(name, e);
        }
    }

    @Override
    public void gauge(String name, Supplier<Number> value, String... tags) {
        try {
            gauges.add(Gauge.builder(name, value).tags(tags).strongReference(true).register(registry));
        } catch (RuntimeException e) {
            refused(name, e);
        }
    }

    private void refused(String name, RuntimeException e) {
        if (refusalLogged.compareAndSet(false, true)) {
            LOG.warn("The MeterRegistry refused the meter {} ({}); such meters are dropped", name, e.toString());
        }
    }

    @Override
    public void close() {
        gauges.forEach(registry::remove);
        gauges.clear();
    }
}
