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
    private BareSeedanceCalls bare;
    private String taskId;

    @Setup(Level.Trial)
    public void start() throws Exception {
        context = new DefaultCamelContext();
        context.addComponent("seedance", BenchComponents.pointedAt(baseUrl, apiKey));
        context.start();
        template = context.createProducerTemplate();
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
        return template.requestBody("seedance:get", taskId, Task.class);
    }

    /** The same get on an endpoint whose exchange ends where the call completed: no hand-off to a worker. */
    @Benchmark
    public Task componentGetSynchronous() {
        return template.requestBody("seedance:get?synchronous=true", taskId, Task.class);
    }

    @Benchmark
    public JsonNode bareCreateGet() throws Exception {
        String id = bare.create("A create+get pair");
        return readBack(id, bare.get(id));
    }

    @Benchmark
    public Task componentCreateGet() {
        String id = template.requestBody("seedance:create", "A create+get pair", String.class);
        Task task = template.requestBody("seedance:get", id, Task.class);
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
