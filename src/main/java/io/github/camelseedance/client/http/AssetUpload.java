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
package io.github.camelseedance.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.client.AssetChecks;
import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.client.ClientObserver;
import io.github.camelseedance.client.ErrorClassifier;
import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.MediaTypes;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceResponse;
import io.github.camelseedance.client.TransportException;
import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.MediaKind;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.entity.mime.ByteArrayBody;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.InputStreamBody;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.net.URIBuilder;

import static io.github.camelseedance.client.http.Answer.text;

/**
 * The Asset Library's calls: a medium uploaded as multipart (a remote one streamed from its URL into the upload),
 * and the lookup of the asset an upload job made. Its answers come in a {@code {"code","msg","data"}} envelope.
 */
final class AssetUpload {

    private final RetryingCall.Context calls;
    private final MediaFetchClients fetchers;
    private final ObjectMapper mapper;

    AssetUpload(RetryingCall.Context calls, MediaFetchClients fetchers, ObjectMapper mapper) {
        this.calls = calls;
        this.fetchers = fetchers;
        this.mapper = mapper;
    }

    /** Uploads a file, bytes or a stream; the answer is the upload job's id. */
    CompletableFuture<SeedanceResponse<String>> upload(AssetSource source, String groupId) {
        return calls.call("upload", CallKind.CHANGE, false, () -> multipart(source, groupId), true,
                source.isRepeatable())
                .thenApply(this::uploadJob);
    }

    private HttpUriRequestBase multipart(AssetSource source, String groupId) {
        MultipartEntityBuilder multipart = MultipartEntityBuilder.create();
        ContentType type = ContentType.parse(source.contentType());
        if (source.path() != null) {
            multipart.addPart("file", new FileBody(source.path().toFile(), type, source.fileName()));
        } else if (source.bytes() != null) {
            multipart.addPart("file", new ByteArrayBody(source.bytes(), type, source.fileName()));
        } else {
            multipart.addPart("file", new InputStreamBody(source.stream(), type, source.fileName()));
        }
        if (groupId != null && !groupId.isBlank()) {
            multipart.addTextBody("group_id", groupId);
        }
        HttpPost post = calls.address().post(calls.config().assetUploadPath());
        post.setEntity(multipart.build());
        return post;
    }

    private SeedanceResponse<String> uploadJob(Answer answer) {
        String uploadTaskId = text(assetData(answer), "task_id");
        if (!Ids.isValid(uploadTaskId)) {
            throw new TransportException(new ErrorDetails(answer.status(), null,
                    "the Asset Library answered without a usable upload job id", null, null, answer.requestId()), null);
        }
        return new SeedanceResponse<>(uploadTaskId, answer.requestId());
    }

    /**
     * Streams a remote medium into the Asset Library: fetched without the API key (it is for the API host only), never
     * following redirects, with its type and size checked before and while it streams. Fetch and upload share one I/O
     * task: the fetched body is the upload's body.
     */
    CompletableFuture<SeedanceResponse<String>> uploadRemote(AssetSource remote, String groupId) {
        CompletableFuture<SeedanceResponse<String>> result = new CompletableFuture<>();
        Runnable fetchAndUpload = () -> {
            HttpGet fetch = new HttpGet(remote.url());
            Instant fetchStart = calls.clock().now();
            boolean[] answered = new boolean[1];
            try {
                fetchers.get(remote.isPrivateHostAllowed()).execute(fetch, response -> {
                    answered[0] = true;
                    calls.observer().requestDone("fetch", response.getCode(),
                            Duration.between(fetchStart, calls.clock().now()));
                    if (response.getCode() != 200) {
                        throw new TransportException(new ErrorDetails(response.getCode(), null, "the media URL "
                                + remote.url() + " answered HTTP " + response.getCode() + " (redirects are not followed)",
                                null, null, null), null);
                    }
                    HttpEntity entity = response.getEntity();
                    String announced = entity == null ? null : entity.getContentType();
                    String type = announced != null && MediaTypes.isSupported(announced) ? announced : remote.contentType();
                    MediaKind kind = type == null ? null : MediaTypes.kindOf(type);
                    InputStream content = entity == null ? InputStream.nullInputStream() : entity.getContent();
                    // a length the server did not announce is enforced while streaming
                    InputStream limited = kind == null ? content : new LimitedInputStream(content, AssetChecks.maxBytes(kind));
                    AssetSource streamed = AssetSource.ofStream(limited, remote.fileName(), type,
                            entity == null ? 0 : entity.getContentLength(), remote.expectedKind());
                    // the body can be read once: the upload runs here, on this I/O thread, and is never resent
                    result.complete(uploadJob(SeedanceClient.join(new RetryingCall(calls, "upload", CallKind.CHANGE,
                            false, () -> multipart(streamed, groupId), true, false, Runnable::run, null).start())));
                    return null;
                });
            } catch (MediumTooLargeException e) {
                result.completeExceptionally(new SeedanceValidationException("file", "a remote medium of more than "
                        + e.limit() + " bytes",
                        "media within the Asset Library's limits (images 30 MB, videos 50 MB, audio 15 MB)"));
            } catch (IOException e) {
                if (!answered[0]) {
                    calls.observer().requestDone("fetch", ClientObserver.IO_ERROR,
                            Duration.between(fetchStart, calls.clock().now()));
                }
                result.completeExceptionally(new TransportException(new ErrorDetails(0, null, "could not fetch the media URL "
                        + remote.url() + " (" + e + ")", null, null, null), e));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        // the upload runs inline in the fetch: it takes the account's slot here, before the fetch starts
        Duration wait = calls.config().accountLimits().requests().reserve(calls.clock().now());
        if (wait.isZero()) {
            calls.tracker().submit(fetchAndUpload, result);
        } else {
            calls.observer().rateLimitWaited(wait);
            try {
                calls.clock().schedule(wait, () -> calls.tracker().submit(fetchAndUpload, result));
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(CallTracker.closedException());
            }
        }
        return result;
    }

    /** The asset an upload job made, empty while it is being processed. */
    CompletableFuture<Optional<String>> findAssetId(String uploadTaskId) {
        String id = Ids.check("uploadTaskId", uploadTaskId);
        URI uri;
        try {
            uri = new URIBuilder(calls.address().uri(calls.config().assetQueryPath())).addParameter("task_id", id).build();
        } catch (URISyntaxException e) {
            throw new SeedanceValidationException("uploadTaskId", id, Ids.ALLOWED);
        }
        // documented as needing no authentication: the key is not sent where it is not needed
        return calls.call("asset", CallKind.READ, false, () -> new HttpGet(uri), false, true).thenApply(answer -> {
            String assetId = text(assetData(answer), "asset_id");
            if (assetId == null || assetId.isBlank()) {
                return Optional.<String> empty();
            }
            if (!Ids.isValid(assetId)) {
                throw new TransportException(new ErrorDetails(answer.status(), null,
                        "the Asset Library answered an unusable asset id", null, null, answer.requestId()), null);
            }
            return Optional.of(assetId);
        });
    }

    /** The {@code data} of an Asset Library answer, whose envelope may carry an error code under HTTP 200. */
    private JsonNode assetData(Answer answer) {
        JsonNode node;
        try {
            node = mapper.readTree(answer.body());
        } catch (IOException e) {
            throw new TransportException(new ErrorDetails(answer.status(), null, "unreadable Asset Library answer: "
                                                                                  + e.getMessage(), null, null,
                    answer.requestId()), e);
        }
        if (node == null) {
            throw new TransportException(new ErrorDetails(answer.status(), null, "empty Asset Library answer", null, null,
                    answer.requestId()), null);
        }
        JsonNode code = node.get("code");
        if (code != null && code.canConvertToInt() && code.asInt() != 200 && code.asInt() != 0) {
            String message = node.has("msg") ? text(node, "msg") : text(node, "message");
            throw ErrorClassifier.classify(new ErrorDetails(code.asInt(), code.asText(), calls.errors().redact(message),
                    null, null, answer.requestId()), null);
        }
        JsonNode data = node.get("data");
        return data == null ? mapper.createObjectNode() : data;
    }
}
