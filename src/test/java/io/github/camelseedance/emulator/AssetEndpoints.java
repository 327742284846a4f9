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
package io.github.camelseedance.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Asset Library endpoints. Their bodies use the PowerTokens envelope {@code {"code":200,"data":{...}}}; errors carry
 * both that envelope's {@code code}/{@code message} and the usual {@code error} object, so either reading works.
 */
final class AssetEndpoints {

    private final Auth auth;
    private final AssetLibrary assets;

    AssetEndpoints(Auth auth, AssetLibrary assets) {
        this.auth = auth;
        this.assets = assets;
    }

    Exchange.Reply upload(Exchange.Req req) throws IOException {
        if (!"POST".equals(req.method())) {
            throw TaskEndpoints.methodNotAllowed(req);
        }
        String key = auth.require(req);
        String boundary = MultipartReader.boundary(req.header("Content-Type"));
        if (boundary == null) {
            throw ApiException.invalid("file", "The request must be multipart/form-data with a boundary.");
        }
        AssetLibrary.Asset[] stored = new AssetLibrary.Asset[1];
        String[] group = new String[1];
        // group_id may come before or after the file: store the file first, attach the group afterwards
        try (InputStream in = req.raw().getRequestBody()) {
            MultipartReader.read(in, boundary, (name, filename, contentType, body) -> {
                if ("group_id".equals(name)) {
                    group[0] = new String(body.readNBytes(1024), StandardCharsets.UTF_8).trim();
                } else if ("file".equals(name) && stored[0] == null) {
                    stored[0] = assets.store(key, null, filename, contentType, body);
                }
            });
        } catch (IOException e) {
            throw ApiException.invalid("file", "The multipart body could not be read: " + e.getMessage());
        }
        if (stored[0] == null) {
            throw ApiException.missing("file");
        }
        if (stored[0].size() == 0) {
            throw ApiException.invalid("file", "The uploaded file is empty.");
        }
        AssetLibrary.Asset a = assets.withGroup(stored[0], group[0]);
        ObjectNode out = envelope();
        out.putObject("data").put("task_id", a.jobId());
        return Exchange.Reply.json(200, out);
    }

    /** No auth on purpose: the quick start documents this poll as unauthenticated. */
    Exchange.Reply assetId(Exchange.Req req) {
        if (!"GET".equals(req.method())) {
            throw TaskEndpoints.methodNotAllowed(req);
        }
        String jobId = HttpIo.first(req.query(), "task_id");
        if (jobId == null || jobId.isBlank()) {
            throw ApiException.missing("task_id");
        }
        AssetLibrary.Asset a = assets.byJob(jobId);
        if (a == null) {
            throw new ApiException(404, "ResourceNotFound", "The upload task `" + jobId + "` does not exist.", "task_id");
        }
        ObjectNode out = envelope();
        ObjectNode data = out.putObject("data");
        data.put("task_id", jobId);
        if (assets.isReady(a)) {
            data.put("status", "success");
            data.put("asset_id", a.assetId());
        } else {
            data.put("status", "processing");
        }
        return Exchange.Reply.json(200, out);
    }

    static Exchange.Reply error(ApiException e) {
        ObjectNode body = HttpIo.errorBody(e);
        body.put("code", e.status());
        body.put("message", e.getMessage());
        Exchange.Reply plain = Exchange.Reply.error(e);
        return new Exchange.Reply(plain.status(), plain.contentType(), body.toString().getBytes(StandardCharsets.UTF_8), plain
                .headers());
    }

    private static ObjectNode envelope() {
        ObjectNode out = HttpIo.JSON.createObjectNode();
        out.put("code", 200);
        out.put("message", "success");
        return out;
    }
}
