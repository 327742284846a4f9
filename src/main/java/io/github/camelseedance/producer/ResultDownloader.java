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
package io.github.camelseedance.producer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.client.DownloadPolicy;
import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.NotFoundException;
import io.github.camelseedance.client.PermissionDeniedException;
import io.github.camelseedance.client.ResultStream;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.TransportException;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;

/**
 * Fetches a task's result files: as a stream handed to the route, or into a file written under a temporary name and
 * moved into place once complete and of the announced length; never held whole in memory. A result URL that has
 * expired (403 or 404 from the file host) is refreshed once with a new {@code get} of the task, then tried once more.
 */
final class ResultDownloader {

    /** Which result file of a task. */
    enum Result {
        VIDEO,
        LAST_FRAME;

        String urlOf(Task task) {
            return this == VIDEO ? task.videoUrl() : task.lastFrameUrl();
        }
    }

    private final SeedanceClient client;
    private final DownloadPolicy policy;
    private final Executor worker;

    ResultDownloader(SeedanceClient client, DownloadPolicy policy, Executor worker) {
        this.client = client;
        this.policy = policy;
        this.worker = worker;
    }

    /**
     * Opens a result of a task; {@code taskId} may be null when only the URL is known (then an expired URL is not
     * refreshed).
     */
    CompletableFuture<ResultStream> open(String taskId, String url, Result which) {
        URI uri = parse(url, which);
        return client.download(uri, policy).exceptionallyCompose(failure -> {
            Throwable cause = SeedanceClient.causeOf(failure);
            boolean expired = cause instanceof NotFoundException || cause instanceof PermissionDeniedException;
            if (!expired || taskId == null) {
                return CompletableFuture.<ResultStream> failedFuture(cause);
            }
            // the signed URL has expired: one fresh read of the task gives a new one, tried once
            return client.get(taskId).thenCompose(fresh -> {
                String renewed = which.urlOf(fresh.body());
                if (renewed == null) {
                    return CompletableFuture.<ResultStream> failedFuture(cause);
                }
                return client.download(parse(renewed, which), policy);
            });
        });
    }

    /** Downloads a result into {@code target}; answers the file once it is complete. */
    CompletableFuture<Path> toFile(String taskId, String url, Result which, Path target) {
        return open(taskId, url, which).thenApplyAsync(stream -> write(stream, target), worker);
    }

    /** Where downloads are written from: the component's worker pool. */
    Executor worker() {
        return worker;
    }

    private static Path write(ResultStream stream, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (stream) {
            long written;
            try (InputStream in = stream.body(); OutputStream out = Files.newOutputStream(partial)) {
                written = in.transferTo(out);
            }
            if (stream.contentLength() >= 0 && written != stream.contentLength()) {
                throw new TransportException(new ErrorDetails(0, null, "the download from " + stream.url().getHost()
                        + " ended after " + written + " of " + stream.contentLength() + " bytes", null, null, null), null);
            }
            // readers of the directory (a file consumer) never see a half-written video
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new CompletionException(new TransportException(new ErrorDetails(0, null, "the download from "
                    + stream.url().getHost() + " into " + target + " failed (" + e + ")", null, null, null), e));
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    private static URI parse(String url, Result which) {
        String field = which == Result.VIDEO ? SeedanceConstants.VIDEO_URL : SeedanceConstants.LAST_FRAME_URL;
        if (url == null || url.isBlank()) {
            throw new SeedanceValidationException(field, url, "the URL of a result file (a succeeded task has one)");
        }
        try {
            return new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new SeedanceValidationException(field, url, "an absolute https URL");
        }
    }
}
