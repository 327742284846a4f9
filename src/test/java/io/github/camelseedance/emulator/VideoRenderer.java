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

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.model.Rational;

/**
 * Draws the "generated" video: a real H.264 MP4 (JCodec) of 24 small frames at 24 fps whose first frame is the
 * first-frame image (scaled to cover) or a gradient pattern, with a moving marker after it, and whose last frame is
 * the last-frame image when one was given. Small on purpose: the point is a file real decoders accept.
 */
final class VideoRenderer {

    static final int FPS = 24;
    static final int FRAMES = 24;

    /** Encoded result of one task. */
    record Rendered(byte[] mp4, byte[] lastFramePng, int width, int height) {
    }

    private VideoRenderer() {
    }

    /** Frame size for a ratio; {@code adaptive} follows the first-frame image, else 16:9. Even sides for H.264. */
    static int[] size(String ratio, BufferedImage first) {
        switch (ratio == null ? "16:9" : ratio) {
            case "9:16": return new int[] {90, 160};
            case "1:1": return new int[] {120, 120};
            case "4:3": return new int[] {120, 90};
            case "3:4": return new int[] {90, 120};
            case "21:9": return new int[] {168, 72};
            case "adaptive":
                if (first != null) {
                    double aspect = (double) first.getWidth() / first.getHeight();
                    int w = aspect >= 1 ? 160 : even(160 * aspect);
                    int h = aspect >= 1 ? even(160 / aspect) : 160;
                    return new int[] {Math.max(16, w), Math.max(16, h)};
                }
                return new int[] {160, 90};
            default: return new int[] {160, 90};
        }
    }

    /** The named ratio closest to an image's aspect, which is what {@code adaptive} resolves to. */
    static String nearestRatio(BufferedImage img) {
        if (img == null) {
            return "16:9";
        }
        double a = (double) img.getWidth() / img.getHeight();
        String[] names = {"16:9", "4:3", "1:1", "3:4", "9:16", "21:9"};
        double[] values = {16 / 9.0, 4 / 3.0, 1, 3 / 4.0, 9 / 16.0, 21 / 9.0};
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(Math.log(values[i] / a)) < Math.abs(Math.log(values[best] / a))) {
                best = i;
            }
        }
        return names[best];
    }

    private static int even(double v) {
        int i = (int) Math.round(v);
        return i % 2 == 0 ? i : i + 1;
    }

    static Rendered render(String ratio, BufferedImage first, BufferedImage last, long seed) {
        int[] wh = size(ratio, first);
        int w = wh[0];
        int h = wh[1];
        BufferedImage lastFrame = null;
        try {
            ByteBufferSeekableByteChannel ch = ByteBufferSeekableByteChannel.writeToByteBuffer(ByteBuffer
                    .allocate(2 * 1024 * 1024));
            AWTSequenceEncoder enc = new AWTSequenceEncoder(ch, Rational.R(FPS, 1));
            for (int i = 0; i < FRAMES; i++) {
                BufferedImage f = frame(i, w, h, first, last, seed);
                enc.encodeImage(f);
                lastFrame = f;
            }
            enc.finish();
            ByteBuffer contents = ch.getContents();
            byte[] mp4 = Arrays.copyOfRange(contents.array(), contents.arrayOffset() + contents.position(),
                    contents.arrayOffset() + contents.limit());
            return new Rendered(mp4, png(lastFramePicture(lastFrame)), w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shorter side of the returned last frame: the API takes images of 300..6000 px per side. */
    static final int LAST_FRAME_SHORT_SIDE = 360;

    /**
     * The last frame as the task returns it: the video's last frame scaled up so that its shorter side is
     * {@link #LAST_FRAME_SHORT_SIDE} px, so that it is accepted as the first frame of the next generation (chaining
     * segments), as the real service's last frames at the video's resolution are.
     */
    static BufferedImage lastFramePicture(BufferedImage frame) {
        double s = (double) LAST_FRAME_SHORT_SIDE / Math.min(frame.getWidth(), frame.getHeight());
        int w = (int) Math.round(frame.getWidth() * s);
        int h = (int) Math.round(frame.getHeight() * s);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(frame, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static BufferedImage frame(int i, int w, int h, BufferedImage first, BufferedImage last, long seed) {
        BufferedImage f = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = f.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        if (i == FRAMES - 1 && last != null) {
            cover(g, last, w, h);
        } else if (first != null) {
            cover(g, first, w, h);
        } else {
            float hue = (seed % 360) / 360f;
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.6f, 0.9f), w, h, Color.getHSBColor(hue + 0.3f, 0.7f,
                    0.4f)));
            g.fillRect(0, 0, w, h);
        }
        if (i > 0 && !(i == FRAMES - 1 && last != null)) {
            // a marker crossing the picture makes consecutive frames differ, like motion would
            int x = (int) ((w - 12) * (i / (double) (FRAMES - 1)));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2));
            g.drawRect(x, h / 2 - 6, 12, 12);
        }
        g.dispose();
        return f;
    }

    private static void cover(Graphics2D g, BufferedImage img, int w, int h) {
        double s = Math.max((double) w / img.getWidth(), (double) h / img.getHeight());
        int dw = (int) Math.ceil(img.getWidth() * s);
        int dh = (int) Math.ceil(img.getHeight() * s);
        g.drawImage(img, (w - dw) / 2, (h - dh) / 2, dw, dh, null);
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** Scales an image down so its longer side is at most {@code max}, to keep uploaded pictures cheap to hold. */
    static BufferedImage shrink(BufferedImage img, int max) {
        int w = img.getWidth();
        int h = img.getHeight();
        double s = Math.min(1.0, (double) max / Math.max(w, h));
        int nw = Math.max(1, (int) Math.round(w * s));
        int nh = Math.max(1, (int) Math.round(h * s));
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, nw, nh, null);
        g.dispose();
        return out;
    }

    /** Length of the MP4 once padded to {@code target} bytes with a trailing {@code free} box (never shorter). */
    static long paddedLength(int mp4Length, long target) {
        return target - mp4Length >= 8 ? target : mp4Length;
    }

    /**
     * Writes the MP4 followed by a {@code free} box that fills up to {@code target} bytes, streaming the padding in
     * chunks so a gigabyte result never sits in memory. Players skip {@code free} boxes, so the file stays valid.
     */
    static void writePadded(byte[] mp4, long target, OutputStream out) throws IOException {
        out.write(mp4);
        long pad = paddedLength(mp4.length, target) - mp4.length;
        if (pad == 0) {
            return;
        }
        ByteBuffer header;
        if (pad <= 0xFFFFFFFFL) {
            header = ByteBuffer.allocate(8).putInt((int) pad).put(new byte[] {'f', 'r', 'e', 'e'});
        } else {
            header = ByteBuffer.allocate(16).putInt(1).put(new byte[] {'f', 'r', 'e', 'e'}).putLong(pad);
        }
        out.write(header.array());
        long left = pad - header.capacity();
        byte[] zeros = new byte[256 * 1024];
        while (left > 0) {
            int n = (int) Math.min(zeros.length, left);
            out.write(zeros, 0, n);
            left -= n;
        }
    }
}
