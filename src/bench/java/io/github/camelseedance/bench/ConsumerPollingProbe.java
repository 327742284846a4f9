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
package io.github.camelseedance.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.consumer.SeedanceConsumer;
import io.github.camelseedance.emulator.SeedanceEmulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import static org.awaitility.Awaitility.await;

/**
 * The consumer ({@code from("seedance:tasks?scope=ids")}) watching {@code n} tasks through their three observable
 * statuses: for each, the requests per look (journal) and per emitted transition, from the moment the status changed
 * at the emulator until the route had seen all {@code n} transitions.
 */
final class ConsumerPollingProbe {

    /** Three figures per status seen (queued at first sight, running, succeeded). */
    record Result(SampleSpread requestsPerLook, SampleSpread requestsPerTransition, int lastLookRequests) {
    }

    private ConsumerPollingProbe() {
    }

    static Result measure(SeedanceEmulator emulator, List<String> ids, Duration queue, Duration run) throws Exception {
        int n = ids.size();
        Map<String, LongAdder> emitted = new ConcurrentHashMap<>();
        SampleSpread perLook = new SampleSpread();
        SampleSpread perTransition = new SampleSpread();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addComponent("seedance", component(emulator));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("seedance:tasks?scope=ids&delay=50&initialDelay=0").routeId("watched").process(e -> emitted
                            .computeIfAbsent(e.getMessage().getHeader(SeedanceConstants.TASK_STATUS, String.class),
                                    s -> new LongAdder()).increment());
                }
            });
            context.start();
            emulator.journal().clear();
            context.createProducerTemplate().sendBodyAndHeader("seedance:watch", null, SeedanceConstants.TASK_IDS, ids);
            record(emulator, emitted, "queued", n, perLook, perTransition);
            emulator.journal().clear();
            emulator.clock().advance(queue.plusSeconds(1));
            record(emulator, emitted, "running", n, perLook, perTransition);
            emulator.journal().clear();
            emulator.clock().advance(run.plusSeconds(1));
            record(emulator, emitted, "succeeded", n, perLook, perTransition);
            int last = ((SeedanceConsumer) context.getRoute("watched").getConsumer())
                    .lastLookRequests();
            return new Result(perLook, perTransition, last);
        }
    }

    private static void record(SeedanceEmulator emulator, Map<String, LongAdder> emitted, String status, int n,
            SampleSpread perLook, SampleSpread perTransition) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
                .until(() -> emitted.containsKey(status) && emitted.get(status).sum() == n);
        LookCounts counts = LookCounts.of(emulator.journal());
        perLook.add(counts.requests() / counts.looks(n));
        perTransition.add((double) counts.requests() / n);
    }

    /** Pointed at the emulator; no pacing of list calls (the provider's, 1 a second by default, is not emulated). */
    static SeedanceComponent component(SeedanceEmulator emulator) {
        SeedanceComponent component = BenchComponents.pointedAt(emulator.baseUrl(), emulator.apiKey());
        SeedanceConfiguration config = component.getConfiguration();
        config.setListRequestsPerSecond(0);
        config.setMaxQueuedCreates(0);
        return component;
    }
}
