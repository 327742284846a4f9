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

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The registry is found as camel-micrometer binds it, never created, and a meter it refuses never fails a call. */
class MicrometerSinkTest {

    @Test
    void noRegistryBoundMeansNoSink() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            assertNull(MicrometerSink.lookup(context));
            assertSame(SeedanceMetrics.disabled(), SeedanceMetrics.of(context));
        }
    }

    @Test
    void theRegistryIsFoundByTypeWhenNotByName() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("myMeters", registry);
            MicrometerSink.lookup(context).count(SeedanceMetrics.RETRIES, 1, "operation", "get");
            assertEquals(1.0, registry.get(SeedanceMetrics.RETRIES).counter().count());
        }
    }

    @Test
    void aMeterTheRegistryRefusesIsDropped() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        // the application's gauge holds the name and tags of a timer of ours
        registry.gauge(SeedanceMetrics.RATELIMIT_WAIT, Tags.of("provider", "custom"), 1);
        try (CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("metricsRegistry", registry);
            MeterSink sink = MicrometerSink.lookup(context);
            sink.time(SeedanceMetrics.RATELIMIT_WAIT, Duration.ofMillis(500), "provider", "custom");
            sink.count(SeedanceMetrics.RETRIES, 1, "provider", "custom", "operation", "get");
            assertEquals(1.0, registry.get(SeedanceMetrics.RETRIES).counter().count());
        }
    }
}
