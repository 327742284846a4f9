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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asset Library: upload, poll until ready on the emulator clock, use as asset://, refuse unknown ones. */
class AssetLibraryTest {

    @RegisterExtension
    SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> b.assetReadyAfter(Duration.ofSeconds(10)));

    @Test
    void uploadPollUse() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        EmuClient.Res up = c.upload("start.png", "image/png", TestMedia.png(320, 180, Color.ORANGE), "group-7");
        assertEquals(200, up.status(), up.body());
        assertEquals(200, up.json().get("code").asInt());
        String job = up.json().at("/data/task_id").asText();
        assertFalse(job.isEmpty());

        EmuClient anonymous = new EmuClient(emu);
        anonymous.key = null; // the poll needs no auth
        JsonNode pending = anonymous.get(Routes.ASSET_ID + "?task_id=" + job).json();
        assertEquals(200, pending.get("code").asInt());
        assertTrue(pending.at("/data/asset_id").asText("").isEmpty(), "no asset id before the delay");

        emu.clock().advance(Duration.ofSeconds(9));
        assertTrue(anonymous.get(Routes.ASSET_ID + "?task_id=" + job).json().at("/data/asset_id").asText("").isEmpty());
        emu.clock().advance(Duration.ofSeconds(1));
        String asset = anonymous.get(Routes.ASSET_ID + "?task_id=" + job).json().at("/data/asset_id").asText();
        assertTrue(asset.startsWith("asset-"));

        String item = "{\"type\":\"image_url\",\"image_url\":{\"url\":\"asset://" + asset + "\"},\"role\":\"first_frame\"}";
        assertEquals(200, c.post(Routes.PT_TASKS, "{\"model\":\"" + EmuClient.MODEL + "\",\"content\":[" + item + "]}")
                .status());
        assertEquals(200, c.post(Routes.TASKS, "{\"model\":\"" + EmuClient.MODEL + "\",\"content\":[" + item + "]}").status());
        assertEquals(200, c.post(Routes.VIDEOS, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"media\":[{\"type\":\"first_frame\",\"url\":\"asset://"
                + asset + "\"}]}").status());
        assertEquals(1, emu.assetCount());
    }

    @Test
    void assetIdsArePermanentAndKindsAreSniffed() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        String video = c.uploadReady(emu, TestMedia.fakeMp4(), "clip.bin", "application/octet-stream");
        String image = c.uploadReady(emu, TestMedia.png(30, 30, Color.RED), "x", null);
        emu.clock().advance(Duration.ofDays(30));
        String body = "{\"model\":\"" + EmuClient.MODEL
                + "\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"asset://"
                + image + "\"},\"role\":\"reference_image\"},{\"type\":\"video_url\",\"video_url\":{\"url\":\"asset://"
                + video + "\"}}]}";
        assertEquals(200, c.post(Routes.PT_TASKS, body).status());
        String swapped = body.replace(image, "TMP").replace(video, image).replace("TMP", video);
        assertEquals("InvalidParameter", c.post(Routes.PT_TASKS, swapped).errorCode(), "a video asset is no image");
    }

    @Test
    void uploadErrors() {
        EmuClient c = new EmuClient(ext.emulator());
        EmuClient.Res noFile = c.upload(null, null, null, "g");
        assertEquals(400, noFile.status());
        assertEquals("MissingParameter", noFile.errorCode());
        assertEquals(400, noFile.json().get("code").asInt());
        EmuClient.Res notMultipart = c.post(Routes.ASSET_UPLOAD, "{}");
        assertEquals(400, notMultipart.status());
        assertEquals(400, c.upload("empty.png", "image/png", new byte[0], null).status());
        EmuClient.Res unknownJob = c.get(Routes.ASSET_ID + "?task_id=upl-nope");
        assertEquals(404, unknownJob.status());
        assertEquals(404, unknownJob.json().get("code").asInt());
        assertEquals("MissingParameter", c.get(Routes.ASSET_ID).errorCode());
        assertEquals(405, c.send(c.req(Routes.ASSET_UPLOAD).GET()).status());
    }

    @Test
    void largeUploadIsStreamed() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        byte[] big = new byte[20 * 1024 * 1024];
        new Random(1).nextBytes(big);
        big[4] = 'f';
        big[5] = 't';
        big[6] = 'y';
        big[7] = 'p';
        String boundary = "b0undary";
        byte[] head = ("preamble\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v.mp4\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        EmuClient.Res r = c.send(c.req(Routes.ASSET_UPLOAD).header("Content-Type", "multipart/form-data; boundary=\""
                + boundary + "\"")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(java.util.Collections
                .enumeration(
                        List.of(new ByteArrayInputStream(head), new ByteArrayInputStream(big),
                                new ByteArrayInputStream(tail)))))));
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void multipartReaderHandlesTrickyInput() throws IOException {
        byte[] payload = new byte[200_000];
        new Random(2).nextBytes(payload);
        // a payload containing a near-boundary must survive
        byte[] trap = "\r\n--XY-not".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(trap, 0, payload, 1000, trap.length);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--XYZ\nContent-Disposition: form-data; name=\"group_id\"\n\ng1\r\n--XYZ\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a;b.bin\"\r\nContent-Type: "
                + "application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(payload);
        body.write("\r\n--XYZ--".getBytes(StandardCharsets.US_ASCII));
        List<String> names = new ArrayList<>();
        byte[][] got = new byte[1][];
        MultipartReader.read(new OneByteAtATime(body.toByteArray()), "XYZ", (name, filename, ct, in) -> {
            names.add(name + ":" + filename);
            if ("file".equals(name)) {
                got[0] = in.readAllBytes();
            }
        });
        assertEquals(List.of("group_id:null", "file:a;b.bin"), names);
        assertArrayEquals(payload, got[0]);
        assertEquals("XYZ", MultipartReader.boundary("multipart/form-data; charset=utf-8; boundary=\"XYZ\""));
        assertThrows(IOException.class, () -> MultipartReader.read(new ByteArrayInputStream(
                "--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc".getBytes(StandardCharsets.US_ASCII)),
                        "XYZ", (n, f, t, in) -> in.readAllBytes()));
    }

    /** Delivers at most 7 bytes per read, to exercise buffer refills around the boundary. */
    private static final class OneByteAtATime extends InputStream {
        private final ByteArrayInputStream in;

        OneByteAtATime(byte[] b) {
            in = new ByteArrayInputStream(b);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, 7));
        }
    }
}
