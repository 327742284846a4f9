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
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTP-level behaviour: whole answers on reused connections, failures of the emulator itself, no Nagle delay. */
class HttpHygieneTest {

    private static final String BOUNDARY = "hygiene-boundary";

    @RegisterExtension
    static SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension();

    /** Sends with a deadline on the whole exchange: the client's own timeout ends once the headers are in. */
    private static HttpResponse<byte[]> send(HttpClient http, HttpRequest request) throws Exception {
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return answer.get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException ? (IOException) e.getCause() : e;
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new AssertionError("no whole answer within 15 s: the client was left waiting");
        }
    }

    private static HttpClient http11() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** One multipart part of {@code size} random bytes, under the given field name. */
    private static byte[] multipart(String field, int size, long seed) {
        byte[] payload = new byte[size];
        new Random(seed).nextBytes(payload);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"big.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(payload);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void earlyRefusalsOfLargeUploadsArriveWholeOnAReusedConnection() throws Exception {
        SeedanceEmulator emu = ext.emulator();
        // a few hundred KB: far more than the JDK server drains by itself (64 KiB) or has buffered when it answers
        byte[] withFile = multipart("file", 300 * 1024, 1);
        byte[] withoutFile = multipart("attachment", 300 * 1024, 2);
        // without the drain about a quarter of the 401s were lost: a dozen rounds cannot all pass by luck
        int rounds = 12;
        int perRound = 50;
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            emu.journal().clear();
            HttpClient http = http11();
            for (int i = 0; i < perRound; i++) {
                boolean anonymous = i % 2 == 0;
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emu.baseUrl() + Routes.ASSET_UPLOAD))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(anonymous ? withFile : withoutFile));
                if (!anonymous) {
                    b.header("Authorization", "Bearer " + emu.apiKey());
                }
                String what = "round " + round + " request " + i + ": ";
                HttpResponse<byte[]> r;
                try {
                    r = send(http, b.build());
                } catch (IOException e) {
                    failures.add(what + e);
                    continue;
                }
                long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
                JsonNode error = EmuClient.JSON.readTree(r.body()).path("error");
                assertEquals(anonymous ? 401 : 400, r.statusCode(), what + new String(r.body(), StandardCharsets.UTF_8));
                assertEquals(declared, r.body().length, what + "whole body");
                assertEquals(anonymous ? "AuthenticationError" : "MissingParameter", error.path("code").asText(), what);
            }
            long connections = emu.journal().entries().stream().map(Journal.Entry::client).distinct().count();
            assertTrue(connections <= 2, "round " + round + " used " + connections + " connections, not one reused");
        }
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())),
                failures.size() + " of " + rounds * perRound + " answers lost");
        assertEquals(0, emu.assetCount());
    }

    @Test
    void aBodyBeyondTheDrainLimitIsRefusedWithConnectionClose() throws Exception {
        SeedanceEmulator emu = ext.emulator();
        try (Socket socket = new Socket(emu.host(), emu.port())) {
            socket.setSoTimeout(10_000);
            // announced, not sent: the emulator must not try to read 65 MB before it answers
            socket.getOutputStream().write(("POST " + Routes.ASSET_UPLOAD + " HTTP/1.1\r\nHost: emulator\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + (Router.DRAIN_LIMIT + 1)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (head.indexOf("\r\n\r\n") < 0) {
                int c = in.read();
                assertTrue(c >= 0, "answer ends inside the headers: " + head);
                head.append((char) c);
            }
            String headers = head.toString().toLowerCase(Locale.ROOT);
            assertTrue(headers.startsWith("http/1.1 401 "), headers);
            assertTrue(headers.contains("\r\nconnection: close\r\n"), "the client must not reuse it: " + headers);
            Matcher length = Pattern.compile("\r\ncontent-length: (\\d+)\r\n").matcher(headers);
            assertTrue(length.find(), headers);
            byte[] body = in.readNBytes(Integer.parseInt(length.group(1)));
            assertEquals("AuthenticationError", EmuClient.JSON.readTree(body).at("/error/code").asText());
        }
    }

    @Test
    void anErrorInAHandlerIsA500AndTheServerGoesOn() throws Exception {
        SeedanceEmulator emu = ext.emulator();
        HttpClient http = http11();
        HttpRequest list = HttpRequest.newBuilder(URI.create(emu.baseUrl() + Routes.TASKS)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + emu.apiKey()).GET().build();
        for (int i = 0; i < 3; i++) {
            emu.scenario().nextRequest("GET", Routes.TASKS).throwing(new NoClassDefFoundError("com/example/Missing"));
            HttpResponse<byte[]> r = send(http, list);
            assertEquals(500, r.statusCode());
            JsonNode error = EmuClient.JSON.readTree(r.body()).path("error");
            assertEquals("InternalServiceError", error.path("code").asText());
            assertTrue(error.path("message").asText().contains("NoClassDefFoundError: com/example/Missing"), error.toString());
            assertEquals("", error.path("param").asText(null));
            assertEquals("InternalServerError", error.path("type").asText());
            String requestId = r.headers().firstValue("X-Request-Id").orElse("");
            assertFalse(requestId.isEmpty());
            Journal.Entry entry = emu.journal().entries().get(emu.journal().size() - 1);
            assertEquals(requestId, entry.requestId());
            assertEquals(500, entry.status());
            assertEquals(200, send(http, list).statusCode(), "still serving");
        }
        // the Asset Library answers in its own envelope, on a 500 too
        emu.scenario().nextRequest(Routes.ASSET_ID).throwing(new OutOfMemoryError("scripted"));
        EmuClient.Res asset = new EmuClient(emu).get(Routes.ASSET_ID + "?task_id=x");
        assertEquals(500, asset.status());
        assertEquals(500, asset.json().path("code").asInt());
        assertEquals("InternalServiceError", asset.errorCode());
    }

    @Test
    void anErrorAfterTheHeadersClosesTheConnection() throws Exception {
        SeedanceEmulator emu = ext.emulator();
        HttpClient http = http11();
        HttpRequest list = HttpRequest.newBuilder(URI.create(emu.baseUrl() + Routes.TASKS)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + emu.apiKey()).GET().build();
        assertEquals(200, send(http, list).statusCode());
        emu.scenario().nextRequest("GET", Routes.TASKS).throwingMidBody(new NoClassDefFoundError("late"));
        assertThrows(IOException.class, () -> send(http, list), "the cut answer ends in an error, not a wait");
        assertEquals(200, send(http, list).statusCode(), "still serving");
    }

    @Test
    void keptAliveRoundTripHasNoNagleDelay() throws Exception {
        SeedanceEmulator emu = ext.emulator();
        String id = new EmuClient(emu).createText(Routes.TASKS, "latency");
        HttpClient http = http11();
        HttpRequest get = HttpRequest.newBuilder(URI.create(emu.baseUrl() + Routes.TASKS + "/" + id))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + emu.apiKey()).GET().build();
        for (int i = 0; i < 20; i++) { // warm-up: connection, JIT
            assertEquals(200, send(http, get).statusCode());
        }
        long[] micros = new long[20];
        for (int i = 0; i < micros.length; i++) {
            long t0 = System.nanoTime();
            assertEquals(200, send(http, get).statusCode());
            micros[i] = (System.nanoTime() - t0) / 1000;
        }
        Arrays.sort(micros);
        long median = micros[micros.length / 2];
        // Nagle plus the client's delayed ACK holds every second write for ~40 ms; without it a GET takes ~1 ms
        assertTrue(median < 20_000, "median round trip " + median + " us: " + Arrays.toString(micros));
    }
}
