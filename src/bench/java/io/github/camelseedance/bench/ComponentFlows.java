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
import java.util.concurrent.ExecutorService;
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
 * The component's sides of section 20: {@code seedance:create} then {@code seedance:get}. By default sent with
 * {@code asyncRequestBody}, a semaphore keeping {@link #IN_FLIGHT} flows outstanding with no thread of their own: the
 * next flow starts when one ends. With {@code synchronous=true}, as the SDK is used: {@link #IN_FLIGHT} threads each
 * loop create then get through the template, each thread sending its calls itself.
 */
final class ComponentFlows implements ConcurrentFlows {

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    /** Resolved once, as a route's {@code to} does. */
    private final Endpoint create;
    private final Endpoint get;
    /** The threads of the synchronous side; null for the asynchronous default. */
    private final ExecutorService threads;

    ComponentFlows(RemoteEmulator emulator, boolean synchronous) {
        SeedanceComponent component = BenchComponents.pointedAt(emulator.baseUrl(), emulator.apiKey());
        SeedanceConfiguration config = component.getConfiguration();
        config.setListRequestsPerSecond(0); // the emulator does not limit lists: no pace of ours in the figure
        config.setMaxQueuedCreates(0); // no cap on the creates in flight, as the SDK has none
        context.addComponent("seedance", component);
        context.start();
        template = context.createProducerTemplate();
        String options = synchronous ? "?synchronous=true" : "";
        create = context.getEndpoint("seedance:create" + options);
        get = context.getEndpoint("seedance:get" + options);
        threads = synchronous ? ConcurrentFlows.threads("component-flow") : null;
    }

    @Override
    public void run(int flows) throws Exception {
        if (threads != null) {
            ConcurrentFlows.loop(threads, flows, () -> {
                String id = template.requestBody(create, PROMPT, String.class);
                Task task = template.requestBody(get, id, Task.class);
                ConcurrentFlows.check(id, task.id(), task.status().value());
            });
            return;
        }
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
        if (threads != null) {
            threads.shutdownNow();
        }
        context.close();
    }
}
