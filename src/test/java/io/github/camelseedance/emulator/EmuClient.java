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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test-side HTTP helper: plain java.net.http + Jackson, as an independent client of the emulator. */
final class EmuClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MODEL = "dreamina-seedance-2-0-260128";
    static final String FAST = "dreamina-seedance-2-0-fast-260128";

    /** A parsed answer. */
    record Res(int status, JsonNode json, String body, HttpResponse<byte[]> raw) {
        String requestId() {
            return raw.headers().firstValue("X-Request-Id").orElse(null);
        }

        String errorCode() {
            return json == null ? null : json.path("error").path("code").asText(null);
        }

        String errorParam() {
            return json == null ? null : json.path("error").path("param").asText(null);
        }
    }

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;
    String key;
    String authPrefix = "Bearer ";

    EmuClient(SeedanceEmulator emu) {
        this.base = emu.baseUrl();
        this.key = emu.apiKey();
    }

    Res get(String path) {
        return send(req(path).GET());
    }

    Res delete(String path) {
        return send(req(path).DELETE());
    }

    Res post(String path, Object body) {
        try {
            String s = body instanceof String ? (String) body : JSON.writeValueAsString(body);
            return send(req(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(s)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder req(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(20));
        if (key != null) {
            b.header("Authorization", authPrefix + key);
        }
        return b;
    }

    Res send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(r.body(), StandardCharsets.UTF_8);
            JsonNode json = null;
            try {
                json = body.isEmpty() ? null : JSON.readTree(body);
            } catch (IOException notJson) {
                // files, malformed answers
            }
            return new Res(r.statusCode(), json, body, r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Text-to-video body for the official dialect. */
    static String textBody(String prompt) {
        return "{\"model\":\"" + MODEL + "\",\"content\":[{\"type\":\"text\",\"text\":\"" + prompt
                + "\"}],\"duration\":5,\"ratio\":\"16:9\"}";
    }

    String createText(String prefix, String prompt) {
        Res r = post(prefix, textBody(prompt));
        if (r.status() != 200) {
            throw new AssertionError("create failed: " + r.status() + " " + r.body());
        }
        return r.json().get("id").asText();
    }

    /** Multipart upload of one file (and an optional group id) to the Asset Library. */
    Res upload(String filename, String contentType, byte[] bytes, String groupId) {
        String boundary = "----emu" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (groupId != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"group_id\"\r\n\r\n" + groupId + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (bytes != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(bytes);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(req(Routes.ASSET_UPLOAD).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** Uploads, advances the clock past the ready delay and returns the asset id. */
    String uploadReady(SeedanceEmulator emu, byte[] bytes, String filename, String contentType) {
        Res up = upload(filename, contentType, bytes, null);
        if (up.status() != 200) {
            throw new AssertionError(up.body());
        }
        String job = up.json().path("data").path("task_id").asText();
        emu.clock().advance(Duration.ofMinutes(1));
        Res id = get(Routes.ASSET_ID + "?task_id=" + job);
        return id.json().path("data").path("asset_id").asText();
    }
}
