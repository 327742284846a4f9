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
package io.github.camelseedance.client;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Small media for upload tests: real image headers, and audio/video signatures padded to a size. */
final class TestMedia {

    private TestMedia() {
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    static byte[] mp3() {
        byte[] b = Arrays.copyOf(new byte[] { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 0, 0 }, 256);
        Arrays.fill(b, 12, b.length, (byte) 7);
        return b;
    }

    static byte[] wav() {
        byte[] b = Arrays.copyOf(new byte[] { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E' }, 256);
        Arrays.fill(b, 12, b.length, (byte) 3);
        return b;
    }

    static byte[] mp4() {
        return Arrays.copyOf(new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' }, 512);
    }

    static byte[] mov() {
        return Arrays.copyOf(new byte[] { 0, 0, 0, 20, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ' }, 512);
    }
}
