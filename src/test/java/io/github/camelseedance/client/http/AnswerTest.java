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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.BasicHttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An answer's body read whole, with a Content-Length and without one, and refused beyond 16 MiB either way. */
class AnswerTest {

    private static final byte[] JSON = "{\"id\":\"cgt-20261207000000-abcd\",\"status\":\"queued\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aBodyWithItsLengthIsReadWhole() throws IOException {
        BasicClassicHttpResponse response = new BasicClassicHttpResponse(200);
        response.setEntity(new ByteArrayEntity(JSON, ContentType.APPLICATION_JSON));
        response.addHeader("X-Request-Id", "req-1");
        Answer answer = Answer.read(response, null);
        assertEquals(200, answer.status());
        assertArrayEquals(JSON, answer.body());
        assertEquals("req-1", answer.requestId());
        assertNull(answer.retryAfter());
    }

    @Test
    void aBodyWithoutALengthIsReadToItsEnd() throws IOException {
        assertArrayEquals(JSON, Answer.body(new BasicHttpEntity(new ByteArrayInputStream(JSON), -1,
                ContentType.APPLICATION_JSON)));
    }

    @Test
    void anEmptyBodyIsAnEmptyArray() throws IOException {
        assertEquals(0, Answer.body(new ByteArrayEntity(new byte[0], null)).length);
        assertEquals(0, Answer.read(new BasicClassicHttpResponse(204), null).body().length);
    }

    @Test
    void aBodyShorterThanItsLengthIsRefused() {
        IOException e = assertThrows(IOException.class, () -> Answer.body(new BasicHttpEntity(
                new ByteArrayInputStream(JSON), JSON.length + 10, ContentType.APPLICATION_JSON)));
        assertTrue(e.getMessage().contains("ended after " + JSON.length + " of its " + (JSON.length + 10)),
                e.getMessage());
    }

    @Test
    void anAnnouncedLengthBeyondTheCapIsRefusedBeforeAByteIsRead() {
        InputStream never = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read an answer announced too large");
            }
        };
        IOException e = assertThrows(IOException.class, () -> Answer.body(new BasicHttpEntity(never,
                Answer.MAX_ANSWER_BYTES + 1L, ContentType.APPLICATION_JSON)));
        assertTrue(e.getMessage().contains("more than " + Answer.MAX_ANSWER_BYTES), e.getMessage());
    }

    @Test
    void anUnannouncedBodyBeyondTheCapIsRefused() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        IOException e = assertThrows(IOException.class, () -> Answer.body(new BasicHttpEntity(endless, -1,
                ContentType.APPLICATION_JSON)));
        assertTrue(e.getMessage().contains("more than " + Answer.MAX_ANSWER_BYTES), e.getMessage());
    }
}
