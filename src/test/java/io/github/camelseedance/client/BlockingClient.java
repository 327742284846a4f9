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
package io.github.camelseedance.client;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.model.Asset;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.watch.TaskLookup;
import io.github.camelseedance.watch.Watcher;

/**
 * The asynchronous client seen through {@link SeedanceClient#join}, for tests that only care about the answer: each
 * call blocks the test thread and throws what the future failed with.
 */
final class BlockingClient implements AutoCloseable {

    private final HttpSeedanceClient client;
    private final Watcher watcher;

    BlockingClient(HttpSeedanceClient client) {
        this.client = client;
        this.watcher = new Watcher(client, new SystemClock(java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "test-watcher");
                    t.setDaemon(true);
                    return t;
                })), new TaskLookup(client, 100, 4), Duration.ZERO);
    }

    HttpSeedanceClient async() {
        return client;
    }

    SeedanceResponse<CreatedTask> create(GenerationRequest request) {
        return SeedanceClient.join(client.create(request));
    }

    SeedanceResponse<Task> get(String taskId) {
        return SeedanceClient.join(client.get(taskId));
    }

    SeedanceResponse<TaskPage> list(TaskQuery query) {
        return SeedanceClient.join(client.list(query));
    }

    SeedanceResponse<Void> cancel(String taskId) {
        return SeedanceClient.join(client.cancel(taskId));
    }

    SeedanceResponse<String> upload(AssetSource source, String groupId) {
        return SeedanceClient.join(client.upload(source, groupId));
    }

    /** The asset id, or null while the upload is processed. */
    String findAssetId(String uploadTaskId) {
        return SeedanceClient.join(client.findAssetId(uploadTaskId)).orElse(null);
    }

    CompletableFuture<Asset> awaitAsset(String uploadTaskId, Duration interval, Duration timeout) {
        return watcher.awaitAsset(uploadTaskId, interval, timeout);
    }

    ResultStream download(URI url, DownloadPolicy policy) {
        return SeedanceClient.join(client.download(url, policy));
    }

    SeedanceClientConfig config() {
        return client.config();
    }

    @Override
    public void close() {
        watcher.close();
        client.close();
    }
}
