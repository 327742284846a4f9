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
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.model.Asset;
import io.github.camelseedance.model.Media;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.runtime.AssetCache;
import io.github.camelseedance.watch.Watcher;

/**
 * Puts pending media through the Asset Library: uploads each (unless the same bytes were uploaded before to the same
 * group) and waits for the asset ids with the {@link Watcher}, without holding a thread.
 */
final class MediaStager {

    private final SeedanceClient client;
    private final Watcher watcher;
    private final AssetCache cache;
    private final Duration pollInterval;
    private final Duration timeout;

    MediaStager(Watcher watcher, AssetCache cache, Duration pollInterval, Duration timeout) {
        this.client = watcher.client();
        this.watcher = watcher;
        this.cache = cache;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    /** The media, in order, once every upload has its asset id. */
    CompletableFuture<List<Media>> stage(List<PendingMedia> pending, String groupId) {
        Staging staging = new Staging(pending.size());
        for (int i = 0; i < pending.size() && !staging.isDone(); i++) {
            PendingMedia media = pending.get(i);
            int index = i;
            try {
                String hash = media.contentHash();
                String cached = hash == null ? null : cache.get(client.config(), hash, groupId);
                if (cached != null) {
                    staging.staged(index, Media.asset(media.role(), cached));
                    continue;
                }
                CompletableFuture<Asset> wait = upload(media.source(), groupId, hash);
                staging.waiting(wait);
                wait.whenComplete((asset, failure) -> {
                    if (failure != null) {
                        staging.fail(failure);
                    } else {
                        staging.staged(index, Media.asset(media.role(), asset.assetId()));
                    }
                });
            } catch (RuntimeException e) {
                staging.fail(e);
            }
        }
        return staging.result();
    }

    /**
     * The media of one request being staged: completes with all of them in order, or with the first real failure,
     * which also ends the other waits (nobody will use their assets) and stops further uploads.
     */
    private static final class Staging {
        private final Media[] media;
        private final List<CompletableFuture<Asset>> waits = new ArrayList<>();
        private final CompletableFuture<List<Media>> result = new CompletableFuture<>();
        private int remaining;

        Staging(int size) {
            this.media = new Media[size];
            this.remaining = size;
            if (size == 0) {
                result.complete(List.of());
            }
        }

        synchronized boolean isDone() {
            return result.isDone();
        }

        synchronized void waiting(CompletableFuture<Asset> wait) {
            if (result.isDone()) {
                wait.cancel(false);
            } else {
                waits.add(wait);
            }
        }

        synchronized void staged(int index, Media staged) {
            media[index] = staged;
            if (--remaining == 0) {
                result.complete(List.of(media));
            }
        }

        synchronized void fail(Throwable failure) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof CancellationException || !result.completeExceptionally(cause)) {
                return; // a wait we cancelled, or not the first failure
            }
            waits.forEach(wait -> wait.cancel(false));
        }

        CompletableFuture<List<Media>> result() {
            return result;
        }
    }

    /**
     * Uploads one medium and answers the wait for its asset id (cancelling it stops the checks); remembers the id for
     * later stagings of the same bytes.
     */
    CompletableFuture<Asset> upload(AssetSource source, String groupId, String knownHash) {
        CompletableFuture<Asset> result = new CompletableFuture<>();
        client.upload(source, groupId).whenComplete((job, failure) -> {
            if (failure != null) {
                result.completeExceptionally(SeedanceClient.causeOf(failure));
                return;
            }
            CompletableFuture<Asset> wait = watcher.awaitAsset(job.body(), pollInterval, timeout);
            // cancelling the result (another medium of the request failed) ends the wait in the watcher too
            result.whenComplete((asset, cancelled) -> wait.cancel(false));
            wait.whenComplete((asset, waitFailure) -> {
                if (waitFailure != null) {
                    result.completeExceptionally(SeedanceClient.causeOf(waitFailure));
                } else {
                    result.complete(asset);
                }
            });
        });
        if (knownHash != null) {
            result.thenAccept(asset -> cache.put(client.config(), knownHash, groupId, asset.assetId()));
        }
        return result;
    }

    /** SHA-256 of a file's or byte array's content; null for a one-shot stream, which is never cached. */
    static String contentHash(AssetSource source) {
        if (!source.isRepeatable()) {
            return null;
        }
        try (InputStream in = source.openForReading()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new SeedanceValidationException("file", source.fileName(), "a readable file (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
