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

import java.util.Locale;

/** Image, video or audio, told from magic bytes first and the declared type or file name second. */
enum MediaKind {
    IMAGE, VIDEO, AUDIO, UNKNOWN;

    static MediaKind sniff(byte[] head, int n, String contentType, String filename) {
        if (n >= 4) {
            if ((head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return IMAGE;
            }
            if ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8) {
                return IMAGE;
            }
            if (head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
                return IMAGE;
            }
            if ((head[0] == 'I' && head[1] == 'I' && head[2] == 42) || (head[0] == 'M' && head[1] == 'M' && head[3] == 42)) {
                return IMAGE;
            }
            if (head[0] == 'I' && head[1] == 'D' && head[2] == '3') {
                return AUDIO;
            }
        }
        if (n >= 2 && head[0] == 'B' && head[1] == 'M') {
            return IMAGE;
        }
        if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F') {
            String t = new String(head, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if ("WEBP".equals(t)) {
                return IMAGE;
            }
            if ("WAVE".equals(t)) {
                return AUDIO;
            }
        }
        if (n >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            String brand = new String(head, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            return brand.startsWith("hei") || brand.startsWith("mif") ? IMAGE : VIDEO;
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFF && ((head[1] & 0xff) & 0xE0) == 0xE0) {
            return AUDIO; // MPEG audio frame sync
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.startsWith("image/")) {
            return IMAGE;
        }
        if (ct.startsWith("video/")) {
            return VIDEO;
        }
        if (ct.startsWith("audio/")) {
            return AUDIO;
        }
        String f = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (f.matches(".*\\.(jpe?g|png|webp|bmp|tiff?|gif|heic)$")) {
            return IMAGE;
        }
        if (f.matches(".*\\.(mp4|mov)$")) {
            return VIDEO;
        }
        if (f.matches(".*\\.(wav|mp3)$")) {
            return AUDIO;
        }
        return UNKNOWN;
    }

    /** Whether an asset of this kind may fill a media role ({@code UNKNOWN} is given the benefit of the doubt). */
    boolean fits(MediaKind wanted) {
        return this == UNKNOWN || this == wanted;
    }
}
