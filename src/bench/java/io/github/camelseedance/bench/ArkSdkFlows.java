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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.volcengine.ark.runtime.model.content.generation.CreateContentGenerationTaskRequest;
import com.volcengine.ark.runtime.model.content.generation.GetContentGenerationTaskRequest;
import com.volcengine.ark.runtime.model.content.generation.GetContentGenerationTaskResponse;
import com.volcengine.ark.runtime.service.ArkService;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;

/**
 * The official Ark SDK's side of section 20: its calls block, so {@link #IN_FLIGHT} platform threads each loop
 * create then get on one {@link ArkService}. The SDK's default OkHttp pool keeps 5 idle connections for 1 s, which
 * would close and reopen connections under 64 threads: its pool is given room for all of them.
 */
final class ArkSdkFlows implements ConcurrentFlows {

    /** What the SDK's builder is given: a pool that keeps a connection per thread, a dispatcher of 64 per host. */
    static final String SETTINGS = "`connectionPool(new ConnectionPool(64, 5, MINUTES))`, a `Dispatcher` with"
                                   + " `maxRequests` = `maxRequestsPerHost` = 64 (it limits only asynchronous calls;"
                                   + " the SDK's are synchronous), `retryTimes(0)`, `timeout(20 s)`";

    private final ConnectionPool pool = new ConnectionPool(IN_FLIGHT, 5, TimeUnit.MINUTES);
    private final ArkService service;
    private final ExecutorService threads = ConcurrentFlows.threads("ark-sdk-flow");

    ArkSdkFlows(RemoteEmulator emulator) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(IN_FLIGHT);
        dispatcher.setMaxRequestsPerHost(IN_FLIGHT);
        // the SDK's base URL convention is <host>/api/v3: it appends contents/generations/tasks
        service = ArkService.builder().apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl() + "/api/v3")
                .connectionPool(pool).dispatcher(dispatcher)
                .retryTimes(0) // the SDK would otherwise sleep between retries of 429/5xx
                .timeout(Duration.ofSeconds(20)).build();
    }

    /** The SDK's version, from its jar's manifest or file name. */
    static String version() {
        String version = ArkService.class.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        Matcher jar = Pattern.compile("-(\\d[\\w.-]*)\\.jar$").matcher(
                ArkService.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        return jar.find() ? jar.group(1) : "(version unknown)";
    }

    @Override
    public void run(int flows) throws Exception {
        ConcurrentFlows.loop(threads, flows, this::flow);
    }

    private void flow() {
        String id = service.createContentGenerationTask(CreateContentGenerationTaskRequest.builder()
                .model(BareSeedanceCalls.MODEL)
                .content(List.of(CreateContentGenerationTaskRequest.Content.builder().type("text").text(PROMPT).build()))
                .build()).getId();
        GetContentGenerationTaskResponse task = service.getContentGenerationTask(GetContentGenerationTaskRequest
                .builder().taskId(id).build());
        ConcurrentFlows.check(id, task.getId(), task.getStatus());
    }

    @Override
    public void close() {
        threads.shutdownNow();
        service.shutdownExecutor();
        pool.evictAll();
    }
}
