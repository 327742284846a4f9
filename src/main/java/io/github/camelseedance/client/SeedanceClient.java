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

import java.io.Closeable;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskQuery;

/**
 * The Seedance API, free of Camel: the task API in the configured dialect, the Asset Library and result downloads.
 * Every call is asynchronous: it answers at once with a future that completes when the server has answered (retries
 * included, scheduled rather than slept), or fails with a {@link SeedanceException}; a request refused before it is
 * sent fails with a {@code SeedanceValidationException}. Waiting for an asset or a task is not part of this interface:
 * see {@code io.github.camelseedance.watch.Watcher}, which waits for many things with a few calls.
 */
public interface SeedanceClient extends Closeable {

    /** Creates a (paid) generation task. Never resent when its answer is lost: see {@link OutcomeUnknownException}. */
    CompletableFuture<SeedanceResponse<CreatedTask>> create(GenerationRequest request);

    /**
     * Creates a (paid) generation task, unless {@code notAfter} (null: no limit) passes before the request is sent,
     * for example while it waits for the account's rate-limit slot or for a retry of a refusal: then it fails with
     * {@link CreateNotSentException} and nothing is created. A client that cannot hold a create back sends it at once.
     */
    default CompletableFuture<SeedanceResponse<CreatedTask>> create(GenerationRequest request, Instant notAfter) {
        return create(request);
    }

    CompletableFuture<SeedanceResponse<Task>> get(String taskId);

    /** One page of the task list; official dialect only. */
    CompletableFuture<SeedanceResponse<TaskPage>> list(TaskQuery query);

    /** Cancels a queued task, or deletes the record of a finished one; official dialect only. Never resent. */
    CompletableFuture<SeedanceResponse<Void>> cancel(String taskId);

    /** Uploads a medium to the Asset Library; answers the upload job id to look up the asset id with. */
    CompletableFuture<SeedanceResponse<String>> upload(AssetSource source, String groupId);

    /** Asks once whether an upload job has its asset id yet: empty while the Asset Library is still processing it. */
    CompletableFuture<Optional<String>> findAssetId(String uploadTaskId);

    /**
     * Opens a result file (a task's video or last frame) for reading, streamed from the file host: the future
     * completes once the headers have arrived. The API key is not sent; the URL and every redirect must pass the
     * policy.
     */
    CompletableFuture<ResultStream> download(URI url, DownloadPolicy policy);

    SeedanceClientConfig config();

    /** Closes the connections; calls still pending fail. */
    @Override
    void close();

    /**
     * Waits for a call, for code that wants to block: answers its value, or throws the {@link SeedanceException} or
     * validation exception it failed with.
     */
    static <T> T join(CompletableFuture<T> call) {
        try {
            return call.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedanceException("interrupted while waiting for the Seedance API", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    /**
     * The failure a future completed with, without the CompletionException around it, whatever it is (an
     * {@link Error} included): for code that hands a failure on and must never throw while doing so.
     */
    static Throwable causeOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The failure a future completed with, without the CompletionException around it; an {@link Error} is thrown, a
     * checked exception wrapped. For code that throws the failure on; code that hands it on uses {@link #causeOf}.
     */
    static RuntimeException unwrap(Throwable failure) {
        Throwable cause = causeOf(failure);
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new SeedanceException(String.valueOf(cause), cause);
    }
}
