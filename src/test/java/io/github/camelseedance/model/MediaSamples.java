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
package io.github.camelseedance.model;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

/**
 * Media headers for the sniffing tests: real images from ImageIO, and the leading bytes of the other formats padded
 * to a size (enough for the signatures, not playable media).
 */
public final class MediaSamples {

    private MediaSamples() {
    }

    /** An image written by the JDK: png, jpg, gif, bmp or tiff. */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png() {
        return image("png", 400, 400);
    }

    public static byte[] jpeg() {
        return image("jpg", 400, 400);
    }

    public static byte[] webp() {
        return padded(ascii("RIFF"), new byte[] { 0x24, 0, 0, 0 }, ascii("WEBPVP8 "));
    }

    /** An iPhone-style HEIC: major brand heic, compatible mif1 and heic. */
    public static byte[] heic() {
        return padded(new byte[] { 0, 0, 0, 24 }, ascii("ftypheic"), new byte[4], ascii("mif1heic"));
    }

    /** A generic HEIF still image: major brand mif1. */
    public static byte[] heifMif1() {
        return padded(new byte[] { 0, 0, 0, 24 }, ascii("ftypmif1"), new byte[4], ascii("mif1heic"));
    }

    /** AVIF lists mif1 too, but it is not a format the API takes. */
    public static byte[] avif() {
        return padded(new byte[] { 0, 0, 0, 28 }, ascii("ftypavif"), new byte[4], ascii("avifmif1miaf"));
    }

    public static byte[] mp4() {
        return padded(new byte[] { 0, 0, 0, 28 }, ascii("ftypisom"), new byte[] { 0, 0, 2, 0 }, ascii("isomiso2mp41"));
    }

    /** An MP4 whose major brand is unknown, known by a compatible brand. */
    public static byte[] mp4ByCompatibleBrand() {
        return padded(new byte[] { 0, 0, 0, 24 }, ascii("ftypXYZ1"), new byte[4], ascii("XYZ1mp42"));
    }

    public static byte[] mov() {
        return padded(new byte[] { 0, 0, 0, 20 }, ascii("ftypqt  "), new byte[4], ascii("qt  "));
    }

    /** An old QuickTime movie without an ftyp box: a wide atom, then mdat. */
    public static byte[] movWithoutFtyp() {
        return padded(new byte[] { 0, 0, 0, 8 }, ascii("wide"), new byte[] { 0, 0, 0x10, 0 }, ascii("mdat"));
    }

    public static byte[] wav() {
        return padded(ascii("RIFF"), new byte[] { 0x24, 0x10, 0, 0 }, ascii("WAVEfmt "));
    }

    public static byte[] mp3WithId3() {
        return padded(ascii("ID3"), new byte[] { 4, 0, 0, 0, 0, 0x01, 0x7F });
    }

    /** An MP3 without a tag: an MPEG-1 layer III frame header, 128 kbit/s, 44.1 kHz. */
    public static byte[] mp3Frame() {
        return padded(new byte[] { (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64 });
    }

    public static byte[] text() {
        return "This is a text file, whatever its name says.\n".repeat(8).getBytes(StandardCharsets.UTF_8);
    }

    public static String dataUri(String mime, byte[] bytes) {
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] padded(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        byte[] head = out.toByteArray();
        byte[] media = Arrays.copyOf(head, 2048);
        Arrays.fill(media, head.length, media.length, (byte) 0x55);
        return media;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
