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

import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelseedance.model.Task;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH: the time of one call at concurrency 1, through a Camel route ({@code ProducerTemplate.requestBody}, the
 * component's defaults) and with a bare HttpClient 5 + Jackson loop, against the emulator of
 * {@link ProducerOverheadBench} (its address comes in as parameters). Each create+get reads back the task it created.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallCostBenchmark {

    @Param("")
    public String baseUrl;
    @Param("")
    public String apiKey;

    private DefaultCamelContext context;
    private ProducerTemplate template;
    /** Resolved once, as a route's {@code to} does: the template would otherwise normalise the URI on every call. */
    private Endpoint get;
    private Endpoint getSynchronous;
    private Endpoint create;
    private Endpoint createSynchronous;
    private BareSeedanceCalls bare;
    private String taskId;

    @Setup(Level.Trial)
    public void start() throws Exception {
        context = new DefaultCamelContext();
        context.addComponent("seedance", BenchComponents.pointedAt(baseUrl, apiKey));
        context.start();
        template = context.createProducerTemplate();
        get = context.getEndpoint("seedance:get");
        getSynchronous = context.getEndpoint("seedance:get?synchronous=true");
        create = context.getEndpoint("seedance:create");
        createSynchronous = context.getEndpoint("seedance:create?synchronous=true");
        bare = new BareSeedanceCalls(baseUrl, apiKey);
        taskId = bare.create("The task every get reads");
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        bare.close();
        context.close();
    }

    @Benchmark
    public JsonNode bareGet() throws Exception {
        return bare.get(taskId);
    }

    @Benchmark
    public Task componentGet() {
        return template.requestBody(get, taskId, Task.class);
    }

    /** The same get on an endpoint whose caller sends the call itself and ends the exchange: no thread hand-off. */
    @Benchmark
    public Task componentGetSynchronous() {
        return template.requestBody(getSynchronous, taskId, Task.class);
    }

    @Benchmark
    public JsonNode bareCreateGet() throws Exception {
        String id = bare.create("A create+get pair");
        return readBack(id, bare.get(id));
    }

    @Benchmark
    public Task componentCreateGet() {
        return createThenGet(create, get);
    }

    @Benchmark
    public Task componentCreateGetSynchronous() {
        return createThenGet(createSynchronous, getSynchronous);
    }

    private Task createThenGet(Endpoint creating, Endpoint reading) {
        String id = template.requestBody(creating, "A create+get pair", String.class);
        Task task = template.requestBody(reading, id, Task.class);
        if (!id.equals(task.id())) {
            throw new IllegalStateException("read back " + task.id() + " for " + id);
        }
        return task;
    }

    private static JsonNode readBack(String id, JsonNode task) {
        if (!id.equals(task.path("id").asText())) {
            throw new IllegalStateException("read back " + task.path("id") + " for " + id);
        }
        return task;
    }
}
