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
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelseedance.client.SeedanceClock;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;

/** An API answer, read whole: its status, body, request id and Retry-After. */
record Answer(int status, byte[] body, String requestId, Duration retryAfter) {

    /** API answers are small JSON documents; a larger one is refused rather than held in memory. */
    static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    /** Reads a response; the clock turns a Retry-After date into a wait. */
    static Answer read(ClassicHttpResponse response, SeedanceClock clock) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : body(entity);
        return new Answer(response.getCode(), body, requestId(response), retryAfter(response, clock));
    }

    /**
     * The whole body. With a Content-Length (every API answer has one) it is read into one array of that size:
     * reading to the end instead fills 8 KB buffers and copies them, most of the client's own CPU in a get.
     */
    static byte[] body(HttpEntity entity) throws IOException {
        long length = entity.getContentLength();
        if (length > MAX_ANSWER_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = entity.getContent()) {
            if (length >= 0) {
                byte[] body = new byte[(int) length];
                int read = in.readNBytes(body, 0, body.length);
                if (read < body.length) {
                    throw new IOException("the answer ended after " + read + " of its " + length + " bytes");
                }
                return body;
            }
            byte[] body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (body.length > MAX_ANSWER_BYTES) {
                throw tooLarge();
            }
            return body;
        }
    }

    private static IOException tooLarge() {
        return new IOException("an answer of more than " + MAX_ANSWER_BYTES + " bytes");
    }

    private static String requestId(ClassicHttpResponse response) {
        Header header = response.getFirstHeader("X-Request-Id");
        if (header == null) {
            header = response.getFirstHeader("x-tt-logid");
        }
        return header == null ? null : header.getValue();
    }

    /** The wait a Retry-After header asks for (seconds or a date), or null when there is none or it is unreadable. */
    static Duration retryAfter(ClassicHttpResponse response, SeedanceClock clock) {
        Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        if (header == null) {
            return null;
        }
        String value = header.getValue().trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Duration wait = Duration.between(clock.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    /** A field of a JSON answer as text; null when it is absent or null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
