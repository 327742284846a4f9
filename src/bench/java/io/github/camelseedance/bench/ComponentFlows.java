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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.model.Task;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The component's side of section 20: {@code seedance:create} then {@code seedance:get} sent with
 * {@code asyncRequestBody}, a semaphore keeping {@link #IN_FLIGHT} flows outstanding with no thread of their own: the
 * next flow starts when one ends.
 */
final class ComponentFlows implements ConcurrentFlows {

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    /** Resolved once, as a route's {@code to} does. */
    private final Endpoint create;
    private final Endpoint get;

    ComponentFlows(RemoteEmulator emulator) {
        SeedanceComponent component = BenchComponents.pointedAt(emulator.baseUrl(), emulator.apiKey());
        SeedanceConfiguration config = component.getConfiguration();
        config.setListRequestsPerSecond(0); // the emulator does not limit lists: no pace of ours in the figure
        config.setMaxQueuedCreates(0); // no cap on the creates in flight, as the SDK has none
        context.addComponent("seedance", component);
        context.start();
        template = context.createProducerTemplate();
        create = context.getEndpoint("seedance:create");
        get = context.getEndpoint("seedance:get");
    }

    @Override
    public void run(int flows) throws Exception {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < flows && failure.get() == null; i++) {
            slots.acquire();
            flow().whenComplete((done, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
                slots.release();
            });
        }
        if (!slots.tryAcquire(IN_FLIGHT, 5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("component flows still outstanding after 5 minutes");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a component flow failed", failure.get());
        }
    }

    private CompletableFuture<Task> flow() {
        return template.asyncRequestBody(create, PROMPT, String.class)
                .thenCompose(id -> template.asyncRequestBody(get, id, Task.class).thenApply(task -> {
                    ConcurrentFlows.check(id, task == null ? null : task.id(),
                            task == null || task.status() == null ? null : task.status().value());
                    return task;
                }));
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
