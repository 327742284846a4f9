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
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAI-style interface: POST /v1/videos and GET /v1/videos/{id}; no list, no cancel. */
class VideosApiTest {

    @RegisterExtension
    SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofSeconds(2)).runTime(Duration
            .ofSeconds(10)));

    @Test
    void createAndPollToSuccess() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        String asset = c.uploadReady(emu, TestMedia.png(64, 64, Color.GREEN), "f.png", "image/png");
        EmuClient.Res r = c.post(Routes.VIDEOS, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"media\":[{\"type\":\"text\",\"text\":\"go\"},"
                + "{\"type\":\"first_frame\",\"url\":\"asset://" + asset
                + "\"}],\"seconds\":\"7\",\"size\":\"1080p\",\"ratio\":\"adaptive\","
                + "\"seed\":9,\"watermark\":true,\"generate_audio\":false,\"return_last_frame\":true,"
                + "\"safety_identifier\":\"user-1\"}");
        assertEquals(200, r.status(), r.body());
        String id = r.json().get("task_id").asText();
        assertEquals(id, r.json().get("id").asText());
        assertEquals("pending", r.json().get("status").asText(), "PowerTokens answers its OpenAI-style create with pending");

        JsonNode t = c.get(Routes.VIDEOS + "/" + id).json();
        assertEquals("queued", t.get("status").asText());
        assertEquals(7, t.get("duration").asInt());
        assertEquals("1080p", t.get("resolution").asText());
        assertEquals("1:1", t.get("ratio").asText(), "adaptive follows the square first frame");
        assertEquals("user-1", t.get("safety_identifier").asText());
        emu.clock().advance(Duration.ofSeconds(12));
        t = c.get(Routes.VIDEOS + "/" + id).json();
        assertEquals("succeeded", t.get("status").asText());
        assertTrue(t.at("/content/last_frame_url").isTextual());
        // the same task is visible through the official API too
        assertEquals("succeeded", c.get(Routes.PT_TASKS + "/" + id).json().get("status").asText());
    }

    @Test
    void defaultsFollowTheQuickStart() {
        EmuClient c = new EmuClient(ext.emulator());
        String id = c.post(Routes.VIDEOS, "{\"model\":\"" + EmuClient.FAST
                + "\",\"media\":[{\"type\":\"text\",\"text\":\"x\"}]}")
                .json().get("task_id").asText();
        JsonNode t = c.get(Routes.VIDEOS + "/" + id).json();
        assertEquals(5, t.get("duration").asInt());
        assertEquals("720p", t.get("resolution").asText());
        assertEquals("16:9", t.get("ratio").asText());
        assertTrue(t.get("generate_audio").asBoolean());
    }

    @Test
    void validation() {
        EmuClient c = new EmuClient(ext.emulator());
        String m = "\"model\":\"" + EmuClient.MODEL + "\"";
        String text = "{\"type\":\"text\",\"text\":\"x\"}";
        EmuClient.Res numeric = c.post(Routes.VIDEOS, "{" + m + ",\"media\":[" + text + "],\"seconds\":5}");
        assertEquals("seconds", numeric.errorParam(), "seconds is a string on this interface");
        assertEquals("seconds", c.post(Routes.VIDEOS, "{" + m + ",\"media\":[" + text + "],\"seconds\":\"20\"}").errorParam());
        assertEquals(200, c.post(Routes.VIDEOS, "{" + m + ",\"media\":[" + text + "],\"seconds\":\"-1\"}").status());
        assertEquals("size", c.post(Routes.VIDEOS, "{" + m + ",\"media\":[" + text + "],\"size\":\"2k\"}").errorParam());
        assertEquals("media", c.post(Routes.VIDEOS, "{" + m + "}").errorParam());
        assertEquals("MissingParameter", c.post(Routes.VIDEOS, "{\"media\":[" + text + "]}").errorCode());
        EmuClient.Res https = c.post(Routes.VIDEOS, "{" + m + ",\"media\":[" + text
                + ",{\"type\":\"first_frame\",\"url\":\"https://example.invalid/a.png\"}]}");
        assertEquals("InvalidParameter", https.errorCode());
        assertEquals("media[1].url", https.errorParam());
        assertEquals("media[1].url", c.post(Routes.VIDEOS, "{" + m + ",\"media\":[" + text
                + ",{\"type\":\"last_frame\",\"url\":\"asset://x\"}]}").errorParam());
        assertEquals("media[0].type", c.post(Routes.VIDEOS, "{" + m
                + ",\"media\":[{\"type\":\"gif\",\"url\":\"asset://x\"}]}").errorParam());
        assertEquals(404, c.post(Routes.VIDEOS, "{\"model\":\"nope\",\"media\":[" + text + "]}").status());
    }

    @Test
    void noListNoCancel() {
        EmuClient c = new EmuClient(ext.emulator());
        String id = c.post(Routes.VIDEOS, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"media\":[{\"type\":\"text\",\"text\":\"x\"}]}")
                .json().get("id").asText();
        EmuClient.Res list = c.get(Routes.VIDEOS);
        assertEquals(404, list.status());
        assertTrue(list.json().has("error"));
        EmuClient.Res cancel = c.delete(Routes.VIDEOS + "/" + id);
        assertEquals(405, cancel.status());
        assertTrue(cancel.json().has("error"));
        assertFalse("cancelled".equals(c.get(Routes.VIDEOS + "/" + id).json().get("status").asText()));
        assertEquals(404, c.get(Routes.VIDEOS + "/cgt-unknown").status());
    }
}
