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

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/** A request as the endpoint handlers see it, and the answer they give back to the router. */
final class Exchange {

    /** The incoming request; {@code body} is null for multipart uploads, which stream from {@code raw}. */
    record Req(HttpExchange raw, String method, String path, Map<String, List<String>> query, byte[] body) {

        String header(String name) {
            return raw.getRequestHeaders().getFirst(name);
        }
    }

    /** An answer the router writes (and may mangle when a fault is scripted). */
    record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

        static Reply json(int status, Object node) {
            try {
                return new Reply(status, "application/json; charset=utf-8", HttpIo.JSON.writeValueAsBytes(node), Map.of());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Reply error(ApiException e) {
            Map<String, String> h = new LinkedHashMap<>();
            if (e.retryAfterSeconds() != null) {
                h.put("Retry-After", String.valueOf(e.retryAfterSeconds()));
            }
            ObjectNode body = HttpIo.errorBody(e);
            return new Reply(e.status(), "application/json; charset=utf-8",
                    body.toString().getBytes(StandardCharsets.UTF_8), h);
        }
    }

    private Exchange() {
    }
}
