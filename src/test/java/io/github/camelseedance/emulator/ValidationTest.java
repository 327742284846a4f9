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

import java.awt.Color;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Server-side validation: codes, statuses, params and the error wrapper, for both official prefixes. */
class ValidationTest {

    @RegisterExtension
    static SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension();

    private static final String M = EmuClient.MODEL;
    private static final String TEXT = "{\"type\":\"text\",\"text\":\"p\"}";

    private static String body(String extra) {
        return "{\"model\":\"" + M + "\",\"content\":[" + TEXT + "]" + extra + "}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad ratio        | ,\"ratio\":\"2:1\"                    | ratio",
        "bad resolution   | ,\"resolution\":\"4k\"                | resolution",
        "duration 3       | ,\"duration\":3                       | duration",
        "duration 16      | ,\"duration\":16                      | duration",
        "duration string  | ,\"duration\":\"5\"                   | duration",
        "seed -2          | ,\"seed\":-2                          | seed",
        "seed too big     | ,\"seed\":4294967296                  | seed",
        "expires 3599     | ,\"execution_expires_after\":3599     | execution_expires_after",
        "expires 259201   | ,\"execution_expires_after\":259201   | execution_expires_after",
        "safety id 65     | ,\"safety_identifier\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" | "
                + "safety_identifier",
        "callback ftp     | ,\"callback_url\":\"ftp://x/y\"       | callback_url",
        "service tier     | ,\"service_tier\":\"gold\"            | service_tier",
        "flex on 2.0      | ,\"service_tier\":\"flex\"            | service_tier",
        "frames on 2.0    | ,\"frames\":121                       | frames",
        "camera_fixed 2.0 | ,\"camera_fixed\":true                | camera_fixed",
        "1080p t2v        | ,\"resolution\":\"1080p\"             | resolution",
    })
    void invalidParameter(String name, String extra, String param) {
        for (String prefix : new String[] {Routes.TASKS, Routes.PT_TASKS}) {
            EmuClient.Res r = new EmuClient(ext.emulator()).post(prefix, body(extra));
            assertEquals(400, r.status(), name + ": " + r.body());
            assertEquals("InvalidParameter", r.errorCode(), name);
            assertEquals(param, r.errorParam(), name);
            assertEquals("BadRequest", r.json().at("/error/type").asText());
            assertTrue(r.json().at("/error/message").asText().length() > 5);
            assertNotNull(r.requestId());
        }
    }

    @Test
    void validEdgeValuesAreAccepted() {
        EmuClient c = new EmuClient(ext.emulator());
        assertEquals(200, c.post(Routes.TASKS,
                body(",\"duration\":-1,\"seed\":4294967295,\"execution_expires_after\":259200")).status());
        assertEquals(200, c.post(Routes.TASKS,
                body(",\"duration\":4,\"seed\":-1,\"execution_expires_after\":3600,\"ratio\":\"21:9\"")).status());
        assertEquals(200, c.post(Routes.TASKS,
                body(",\"duration\":15,\"unknown_field\":{\"a\":1},\"priority\":3,\"watermark\":true")).status());
    }

    @Test
    void fastModelIsLimitedTo720p() {
        EmuClient c = new EmuClient(ext.emulator());
        String img = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestMedia.png(32, 32, Color.RED));
        EmuClient.Res r = c.post(Routes.TASKS, "{\"model\":\"" + EmuClient.FAST + "\",\"content\":[" + TEXT
                + ",{\"type\":\"image_url\",\"image_url\":{\"url\":\"" + img
                + "\"},\"role\":\"first_frame\"}],\"resolution\":\"1080p\"}");
        assertEquals("resolution", r.errorParam());
        EmuClient.Res ok = c.post(Routes.TASKS, "{\"model\":\"" + M + "\",\"content\":[" + TEXT
                + ",{\"type\":\"image_url\",\"image_url\":{\"url\":\"" + img
                + "\"},\"role\":\"first_frame\"}],\"resolution\":\"1080p\"}");
        assertEquals(200, ok.status(), ok.body());
    }

    @Test
    void missingParameters() {
        EmuClient c = new EmuClient(ext.emulator());
        EmuClient.Res noModel = c.post(Routes.TASKS, "{\"content\":[" + TEXT + "]}");
        assertEquals(400, noModel.status());
        assertEquals("MissingParameter", noModel.errorCode());
        assertEquals("model", noModel.errorParam());
        EmuClient.Res noContent = c.post(Routes.PT_TASKS, "{\"model\":\"" + M + "\"}");
        assertEquals("MissingParameter", noContent.errorCode());
        assertEquals("content", noContent.errorParam());
        assertEquals("content", c.post(Routes.TASKS, "{\"model\":\"" + M + "\",\"content\":[]}").errorParam());
        assertEquals("InvalidParameter", c.post(Routes.TASKS, "{not json").errorCode());
        assertEquals("InvalidParameter", c.post(Routes.TASKS, "").errorCode());
    }

    @Test
    void unknownModelIsNotOpenUntilRegistered() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        String b = "{\"model\":\"ep-20260101-zzz\",\"content\":[" + TEXT + "],\"frames\":121}";
        EmuClient.Res r = c.post(Routes.TASKS, b);
        assertEquals(404, r.status());
        assertEquals("ModelNotOpen", r.errorCode());
        assertEquals("model", r.errorParam());
        emu.registerModel("ep-20260101-zzz");
        assertEquals(200, c.post(Routes.TASKS, b).status(), "capability checks are skipped for registered models");
        for (String m : ModelRegistry.DEFAULT_MODELS) {
            assertEquals(200, c.post(Routes.TASKS, "{\"model\":\"" + m + "\",\"content\":[" + TEXT + "]}").status(), m);
        }
    }

    @Test
    void authentication() {
        EmuClient c = new EmuClient(ext.emulator());
        c.key = null;
        EmuClient.Res none = c.post(Routes.TASKS, body(""));
        assertEquals(401, none.status());
        assertEquals("AuthenticationError", none.errorCode());
        assertEquals("Unauthorized", none.json().at("/error/type").asText());
        c.key = "wrong";
        assertEquals(401, c.get(Routes.PT_TASKS).status());
        assertEquals(401, c.get(Routes.VIDEOS + "/x").status());
        assertEquals(401, c.upload("a.png", "image/png", TestMedia.png(8, 8, Color.RED), null).status());
        c.key = ext.apiKey();
        c.authPrefix = ""; // raw key, as the quick start's curl sends it
        assertEquals(200, c.post(Routes.TASKS, body("")).status());
        assertEquals("raw", ext.emulator().journal().entries().get(ext.emulator().journal().size() - 1).authScheme());
    }

    @Test
    void sensitivePromptIsRefusedAtCreate() {
        EmuClient c = new EmuClient(ext.emulator());
        EmuClient.Res r = c.post(Routes.TASKS, "{\"model\":\"" + M + "\",\"content\":[{\"type\":\"text\",\"text\":\"show "
                + SeedanceEmulator.DEFAULT_SENSITIVE_MARKER + " now\"}]}");
        assertEquals(400, r.status());
        assertEquals("InputTextSensitiveContentDetected", r.errorCode());
        ext.emulator().sensitiveMarker("forbidden");
        assertEquals("InputTextSensitiveContentDetected", c.post(Routes.PT_TASKS, body("").replace("\"p\"",
                "\"a Forbidden thing\"")).errorCode());
        ext.emulator().sensitiveMarker(SeedanceEmulator.DEFAULT_SENSITIVE_MARKER);
    }

    @Test
    void queueQuotaPerKey() {
        SeedanceEmulator emu = ext.emulator().maxQueuedTasksPerKey(3).addApiKey("k1").addApiKey("k2");
        try {
            EmuClient c = new EmuClient(emu);
            c.key = "k1";
            for (int i = 0; i < 3; i++) {
                assertEquals(200, c.post(Routes.TASKS, body("")).status());
            }
            EmuClient.Res r = c.post(Routes.TASKS, body(""));
            assertEquals(429, r.status());
            assertEquals("QuotaExceeded", r.errorCode());
            c.key = "k2";
            assertEquals(200, c.post(Routes.TASKS, body("")).status(), "the quota is per key");
            c.key = "k1";
            emu.clock().advance(java.time.Duration.ofSeconds(5)); // they start running
            assertEquals(200, c.post(Routes.TASKS, body("")).status());
        } finally {
            emu.maxQueuedTasksPerKey(120);
        }
    }

    @Test
    void unknownPathsAndMethods() {
        EmuClient c = new EmuClient(ext.emulator());
        EmuClient.Res r = c.get("/api/v3/nothing");
        assertEquals(404, r.status());
        assertNotNull(r.errorCode());
        assertEquals(405, c.send(c.req(Routes.TASKS + "/x").PUT(java.net.http.HttpRequest.BodyPublishers.noBody())).status());
        assertEquals(405, c.delete(Routes.TASKS).status());
    }
}
