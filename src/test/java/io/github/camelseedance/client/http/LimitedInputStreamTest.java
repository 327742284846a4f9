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
