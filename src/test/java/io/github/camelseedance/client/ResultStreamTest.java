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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How a result stream ends: a body read to its end gives its connection back to the pool; one closed before its end
 * aborts the download (the connection is discarded, the rest never read); closing the body closes the result, once.
 */
class ResultStreamTest {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    private ResultStream result(byte[] bytes, long announced) {
        InputStream body = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                calls.add("body closed");
            }
        };
        return new ResultStream(URI.create("https://files.example.com/v.mp4"), body, announced, "video/mp4",
                () -> calls.add("released"), () -> calls.add("aborted"));
    }

    @Test
    void aBodyReadToItsEndGivesTheConnectionBack() throws IOException {
        ResultStream stream = result(new byte[1000], -1);
        try (InputStream in = stream.body()) {
            in.readAllBytes();
        }
        assertEquals(List.of("body closed", "released"), calls);
    }

    @Test
    void aBodyReadUpToItsAnnouncedLengthGivesTheConnectionBack() throws IOException {
        ResultStream stream = result(new byte[1000], 1000);
        try (InputStream in = stream.body()) {
            in.readNBytes(1000);
        }
        assertEquals(List.of("body closed", "released"), calls);
    }

    @Test
    void aBodyClosedBeforeItsEndAbortsTheDownload() throws IOException {
        ResultStream stream = result(new byte[1000], 1000);
        stream.body().read(new byte[10]);
        stream.close();
        assertEquals(List.of("aborted"), calls, "the rest is not read");
    }

    @Test
    void anUnreadResultIsAbortedOnceHoweverOftenItIsClosed() throws IOException {
        ResultStream stream = result(new byte[1000], 1000);
        stream.close();
        stream.body().close();
        stream.close();
        assertEquals(List.of("aborted"), calls);
    }
}
