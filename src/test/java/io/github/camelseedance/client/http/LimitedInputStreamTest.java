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

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LimitedInputStreamTest {

    @Test
    void passesUpToTheLimitAndStopsPastIt() throws IOException {
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 10)) {
            assertArrayEquals(new byte[10], in.readAllBytes());
        }
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10)) {
            assertThrows(IOException.class, in::readAllBytes);
        }
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10)) {
            in.readNBytes(10);
            assertThrows(IOException.class, in::read);
        }
    }
}
