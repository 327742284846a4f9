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
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.jcodec.api.FrameGrab;
import org.jcodec.api.awt.AWTFrameGrab;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Result downloads: real MP4 (decodable), first frame from the asset, PNG last frame, expiry, large streamed files. */
class ResultFilesTest {

    @RegisterExtension
    SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ZERO).runTime(Duration.ofSeconds(1))
            .resultUrlValidity(Duration.ofHours(1)));

    private String finishedTask(EmuClient c, String ratio, String firstFrameAsset) {
        String media = firstFrameAsset == null ? "" : ",{\"type\":\"image_url\",\"image_url\":{\"url\":\"asset://"
                + firstFrameAsset + "\"},\"role\":\"first_frame\"}";
        String id = c.post(Routes.TASKS, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}" + media + "],"
                + "\"ratio\":\"" + ratio + "\",\"return_last_frame\":true}").json().get("id").asText();
        ext.clock().advance(Duration.ofSeconds(2));
        return id;
    }

    @Test
    void videoIsARealMp4WhoseFirstFrameIsTheFirstFrameImage() throws Exception {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        String asset = c.uploadReady(emu, TestMedia.png(400, 225, new Color(220, 30, 30)), "red.png", "image/png");
        String id = finishedTask(c, "adaptive", asset);
        var task = c.get(Routes.TASKS + "/" + id).json();
        c.key = null; // result URLs need no auth
        EmuClient.Res video = c.get(task.at("/content/video_url").asText());
        assertEquals(200, video.status());
        assertEquals("video/mp4", video.raw().headers().firstValue("Content-Type").orElse(""));
        byte[] mp4 = video.raw().body();
        assertEquals("ftyp", new String(mp4, 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
        FrameGrab grab = FrameGrab.createFrameGrab(ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)));
        Picture p = grab.getNativeFrame();
        assertEquals(160, p.getCroppedWidth());
        assertEquals(90, p.getCroppedHeight());
        assertEquals(24, grab.getVideoTrack().getMeta().getTotalFrames());
        BufferedImage first = AWTFrameGrab.getFrame(ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)), 0);
        assertEquals(160, first.getWidth());
        assertEquals(90, first.getHeight());
        Color centre = new Color(first.getRGB(80, 20));
        assertTrue(centre.getRed() > 180 && centre.getGreen() < 80, "first frame shows the red image: " + centre);

        EmuClient.Res png = c.get(task.at("/content/last_frame_url").asText());
        assertEquals(200, png.status());
        BufferedImage last = ImageIO.read(new ByteArrayInputStream(png.raw().body()));
        // the last video frame scaled to 360 px on its shorter side: a valid first frame for the next segment
        assertEquals(640, last.getWidth());
        assertEquals(VideoRenderer.LAST_FRAME_SHORT_SIDE, last.getHeight());

        // cached: the second download is the same file
        assertEquals(mp4.length, c.get(task.at("/content/video_url").asText()).raw().body().length);
    }

    @Test
    void ratioDecidesTheFrameSize() throws Exception {
        EmuClient c = new EmuClient(ext.emulator());
        for (String[] rc : new String[][] {{"9:16", "90", "160"}, {"1:1", "120", "120"}, {"16:9", "160", "90"}}) {
            String id = finishedTask(c, rc[0], null);
            byte[] mp4 = c.get(c.get(Routes.TASKS + "/" + id).json().at("/content/video_url").asText()).raw().body();
            Picture p = FrameGrab.createFrameGrab(ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)))
                    .getNativeFrame();
            assertEquals(Integer.parseInt(rc[1]), p.getCroppedWidth(), rc[0]);
            assertEquals(Integer.parseInt(rc[2]), p.getCroppedHeight(), rc[0]);
        }
    }

    @Test
    void urlsExpireOnTheEmulatorClock() {
        EmuClient c = new EmuClient(ext.emulator());
        String id = finishedTask(c, "16:9", null);
        String url = c.get(Routes.TASKS + "/" + id).json().at("/content/video_url").asText();
        assertEquals(200, c.get(url).status());
        ext.clock().advance(Duration.ofMinutes(61));
        EmuClient.Res expired = c.get(url);
        assertEquals(403, expired.status());
        assertTrue(expired.body().contains("AccessDenied"));
        assertTrue(expired.requestId() != null);
        assertEquals(404, c.get("/files/nope.mp4").status());
    }

    @Test
    void largeResultIsStreamedAndStillStartsAsAnMp4() throws Exception {
        long size = 300L * 1024 * 1024;
        SeedanceEmulator emu = ext.emulator().largeResultBytes(size);
        EmuClient c = new EmuClient(emu);
        String id = finishedTask(c, "16:9", null);
        String url = c.get(Routes.TASKS + "/" + id).json().at("/content/video_url").asText();
        HttpResponse<InputStream> r = c.http.send(c.req(url).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertEquals(size, r.headers().firstValueAsLong("Content-Length").orElse(-1));
        long total = 0;
        byte[] head = new byte[8];
        try (InputStream in = r.body()) {
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) > 0; ) {
                if (total < 8) {
                    System.arraycopy(buf, 0, head, (int) total, (int) Math.min(n, 8 - total));
                }
                total += n;
            }
        }
        assertEquals(size, total);
        assertEquals("ftyp", new String(head, 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
        // the padding is a free box after a complete MP4, so the head of the file still decodes
        byte[] small = VideoRenderer.render("16:9", null, null, 1).mp4();
        java.io.ByteArrayOutputStream padded = new java.io.ByteArrayOutputStream();
        VideoRenderer.writePadded(small, small.length + 4096, padded);
        assertEquals(small.length + 4096, padded.size());
        FrameGrab.createFrameGrab(ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(padded.toByteArray())))
                .getNativeFrame();
    }
}
