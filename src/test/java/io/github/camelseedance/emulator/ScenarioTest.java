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
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scripted outcomes and faults. */
class ScenarioTest {

    @RegisterExtension
    static SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofSeconds(1))
            .runTime(Duration.ofSeconds(10)));

    private static String body(String prompt) {
        return EmuClient.textBody(prompt);
    }

    @Test
    void outputModerationFailsTheTask() {
        ext.emulator().scenario().whenPromptContains("Blood").failWith("OutputVideoSensitiveContentDetected");
        EmuClient c = new EmuClient(ext.emulator());
        String id = c.createText(Routes.TASKS, "a blood moon");
        ext.clock().advance(Duration.ofSeconds(11));
        JsonNode t = c.get(Routes.TASKS + "/" + id).json();
        assertEquals("failed", t.get("status").asText());
        assertEquals("OutputVideoSensitiveContentDetected", t.at("/error/code").asText());
        assertTrue(t.at("/error/message").asText().length() > 0);
        assertTrue(t.path("content").isMissingNode());
        assertTrue(t.path("usage").isMissingNode());
        String ok = c.createText(Routes.TASKS, "a calm sea");
        ext.clock().advance(Duration.ofSeconds(11));
        assertEquals("succeeded", c.get(Routes.TASKS + "/" + ok).json().get("status").asText());
    }

    @Test
    void taskRunsForPolls() {
        ext.emulator().scenario().taskRunsForPolls(3);
        EmuClient c = new EmuClient(ext.emulator());
        String id = c.createText(Routes.PT_TASKS, "polls");
        ext.clock().advance(Duration.ofDays(1)); // time alone no longer finishes it
        for (int i = 0; i < 3; i++) {
            assertEquals("running", c.get(Routes.PT_TASKS + "/" + id).json().get("status").asText(), "read " + i);
        }
        assertEquals("succeeded", c.get(Routes.PT_TASKS + "/" + id).json().get("status").asText());
    }

    @Test
    void perPromptTiming() {
        ext.emulator().scenario().whenPromptContains("long").queuedFor(Duration.ofMinutes(10)).runsFor(Duration.ofMinutes(5));
        EmuClient c = new EmuClient(ext.emulator());
        String id = c.createText(Routes.TASKS, "a long one");
        ext.clock().advance(Duration.ofMinutes(9));
        assertEquals("queued", ext.emulator().taskStatus(id));
        ext.clock().advance(Duration.ofMinutes(2));
        assertEquals("running", ext.emulator().taskStatus(id));
        ext.clock().advance(Duration.ofMinutes(5));
        assertEquals("succeeded", ext.emulator().taskStatus(id));
    }

    @Test
    void nextCreateRespond429WithRetryAfter() {
        SeedanceEmulator emu = ext.emulator();
        emu.scenario().nextCreate().respond(429, 7);
        EmuClient c = new EmuClient(emu);
        int before = emu.taskCount();
        EmuClient.Res r = c.post(Routes.VIDEOS, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"media\":[{\"type\":\"text\",\"text\":\"x\"}]}");
        assertEquals(429, r.status());
        assertEquals("RateLimitExceeded.EndpointRPMExceeded", r.errorCode());
        assertEquals("7", r.raw().headers().firstValue("Retry-After").orElse(null));
        assertEquals(before, emu.taskCount(), "a refused create creates nothing");
        assertEquals(200, c.post(Routes.TASKS, body("x")).status(), "one-shot");
    }

    @Test
    void nextRequestRespond5xxByPathAndMethod() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        String id = c.createText(Routes.TASKS, "x");
        emu.scenario().nextRequest("GET", Routes.TASKS + "/*").times(2).respond(503)
                .nextRequest(Routes.PT_TASKS).respond(500, "InternalServiceError", "boom");
        EmuClient.Res first = c.get(Routes.TASKS + "/" + id);
        assertEquals(503, first.status());
        assertEquals("ServerOverloaded", first.errorCode());
        assertEquals(503, c.get(Routes.TASKS + "/" + id).status());
        assertEquals(200, c.get(Routes.TASKS + "/" + id).status());
        EmuClient.Res boom = c.get(Routes.PT_TASKS);
        assertEquals(500, boom.status());
        assertEquals("boom", boom.json().at("/error/message").asText());
        assertEquals(0, emu.scenario().pendingFaults());
    }

    @Test
    void dropConnectionAfterCreateStillCreatesTheTask() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        int before = emu.taskCount();
        emu.scenario().nextCreate().dropConnectionAfterCreate();
        assertThrows(UncheckedIOException.class, () -> c.post(Routes.TASKS, body("lost answer")));
        assertEquals(before + 1, emu.taskCount(), "the task exists although the client never saw its id");
        JsonNode recent = c.get(Routes.TASKS + "?page_size=1").json();
        assertEquals(1, recent.get("items").size());
        Journal.Entry e = emu.journal().entries(x -> x.is("POST", Routes.TASKS)).get(0);
        assertEquals(0, e.status());
        assertEquals(1, emu.journal().creates());
    }

    @Test
    void dropConnectionBeforeProcessing() {
        SeedanceEmulator emu = ext.emulator();
        int before = emu.taskCount();
        emu.scenario().nextCreate().dropConnection();
        assertThrows(UncheckedIOException.class, () -> new EmuClient(emu).post(Routes.TASKS, body("never")));
        assertEquals(before, emu.taskCount());
    }

    @Test
    void truncatedBody() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        String id = c.createText(Routes.TASKS, "x");
        emu.scenario().nextRequest("GET", Routes.TASKS + "/" + id).truncatedBody();
        assertThrows(UncheckedIOException.class, () -> c.get(Routes.TASKS + "/" + id));
        assertEquals(200, c.get(Routes.TASKS + "/" + id).status());
    }

    @Test
    void malformedJson() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        int before = emu.taskCount();
        emu.scenario().nextCreate().malformedJson();
        EmuClient.Res r = c.post(Routes.TASKS, body("x"));
        assertEquals(200, r.status());
        assertEquals(null, r.json(), "not parseable: " + r.body());
        assertEquals(before + 1, emu.taskCount());
    }

    @Test
    void slowBody() throws Exception {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        emu.scenario().nextRequest("GET", Routes.TASKS).slowBody(Duration.ofMillis(600));
        long start = System.nanoTime();
        HttpResponse<InputStream> r = c.http.send(c.req(Routes.TASKS).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode(), "headers arrive at once");
        long headersAfter = System.nanoTime() - start;
        byte[] all;
        try (InputStream in = r.body()) {
            all = in.readAllBytes();
        }
        long bodyAfter = System.nanoTime() - start;
        assertTrue(TimeUnit.NANOSECONDS.toMillis(bodyAfter) >= 550, "body took " + TimeUnit.NANOSECONDS.toMillis(bodyAfter)
                + " ms");
        assertTrue(headersAfter < bodyAfter);
        assertTrue(EmuClient.JSON.readTree(all).has("total"));
    }

    @Test
    void slowBodyTripsAClientReadTimeout() throws IOException {
        SeedanceEmulator emu = ext.emulator();
        emu.scenario().nextRequest("GET", Routes.TASKS).slowBody(Duration.ofSeconds(2));
        java.net.HttpURLConnection conn = (java.net.HttpURLConnection) java.net.URI.create(emu.baseUrl() + Routes.TASKS)
                .toURL().openConnection();
        conn.setRequestProperty("Authorization", "Bearer " + emu.apiKey());
        conn.setReadTimeout(300);
        assertEquals(200, conn.getResponseCode());
        try (InputStream in = conn.getInputStream()) {
            assertThrows(java.net.SocketTimeoutException.class, in::readAllBytes);
        } finally {
            conn.disconnect();
        }
    }
}
