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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Recognises the media formats the API takes by their first bytes (magic numbers), so that a file name, a content
 * type or a data: header cannot pass other bytes off as a medium. Anything outside the documented formats is
 * unrecognised.
 */
public final class MediaSignature {

    /** Enough leading bytes for every format, an ISO-BMFF {@code ftyp} box with its compatible brands included. */
    public static final int HEAD_BYTES = 64;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String WEBP = "image/webp";
    public static final String BMP = "image/bmp";
    public static final String TIFF = "image/tiff";
    public static final String GIF = "image/gif";
    public static final String HEIC = "image/heic";
    public static final String MP4 = "video/mp4";
    public static final String MOV = "video/quicktime";
    public static final String MP3 = "audio/mpeg";
    public static final String WAV = "audio/wav";

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "mif1", "msf1", "heim", "heis");
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso8", "iso9",
            "mp41", "mp42", "avc1", "M4V ", "M4VH", "M4VP", "dash", "mmp4", "MSNV", "f4v ", "XAVC");
    private static final Set<String> QUICKTIME_BRANDS = Set.of("qt  ");
    /** AVIF also lists mif1: an image the API does not take, which must not pass for HEIC. */
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");
    /** Atoms that open a QuickTime movie written without an ftyp box. */
    private static final Set<String> QUICKTIME_ATOMS = Set.of("moov", "mdat", "wide", "free", "skip", "pnot");
    /** BMP info header sizes (core, OS/2, v1..v5); two letters "BM" alone would match plain text. */
    private static final Set<Long> BMP_HEADER_SIZES = Set.of(12L, 16L, 40L, 52L, 56L, 64L, 108L, 124L);
    /** Box sizes from 2^29 up start with a printable byte: text, not a box (and far above the 50 MB video limit). */
    private static final long MAX_BOX_SIZE = 1L << 29;

    private MediaSignature() {
    }

    /** The type the first bytes show (one of the constants above), or null when they show none of them. */
    public static String sniff(byte[] head) {
        if (head == null) {
            return null;
        }
        String image = image(head);
        if (image != null) {
            return image;
        }
        String iso = isoMedia(head);
        return iso != null ? iso : audio(head);
    }

    /** The constant a declared content type stands for (common aliases and parameters allowed), or null. */
    public static String canonical(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = baseType(contentType);
        return switch (type) {
            case PNG, WEBP, TIFF, GIF, MP4, MOV, WAV -> type;
            case JPEG, "image/jpg", "image/pjpeg" -> JPEG;
            case BMP, "image/x-ms-bmp", "image/x-bmp" -> BMP;
            case HEIC, "image/heif", "image/heic-sequence", "image/heif-sequence" -> HEIC;
            case "video/mov" -> MOV;
            case MP3, "audio/mp3", "audio/mpeg3" -> MP3;
            case "audio/x-wav", "audio/wave", "audio/vnd.wave" -> WAV;
            default -> null;
        };
    }

    /** A content type without its parameters, trimmed and in lower case: {@code image/png} of {@code Image/PNG; q=1}. */
    public static String baseType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The kind of a recognised (or aliased) type, or null. */
    public static MediaKind kindOf(String contentType) {
        String type = canonical(contentType);
        if (type == null) {
            return null;
        }
        return type.startsWith("image/") ? MediaKind.IMAGE : type.startsWith("video/") ? MediaKind.VIDEO : MediaKind.AUDIO;
    }

    /** The formats of a kind (all kinds when null), for refusals and docs. */
    public static String formats(MediaKind kind) {
        if (kind == null) {
            return "png, jpeg, webp, bmp, tiff, gif, heic images; mp4, mov videos; wav, mp3 audio";
        }
        return switch (kind) {
            case IMAGE -> "a png, jpeg, webp, bmp, tiff, gif or heic image";
            case VIDEO -> "an mp4 or mov video";
            case AUDIO -> "a wav or mp3 audio";
        };
    }

    private static String image(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return GIF;
        }
        if (starts(b, 0, 'I', 'I', 42, 0) || starts(b, 0, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (ascii(b, 0, "BM") && b.length >= 18 && BMP_HEADER_SIZES.contains(u32le(b, 14))) {
            return BMP;
        }
        return ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP") ? WEBP : null;
    }

    /** ISO base media (MP4, HEIF) and QuickTime: told apart by the brands of the ftyp box. */
    private static String isoMedia(byte[] b) {
        if (b.length < 8 || !plausibleBoxSize(u32(b, 0))) {
            return null;
        }
        String box = text(b, 4);
        if (!box.equals("ftyp")) {
            return QUICKTIME_ATOMS.contains(box) ? MOV : null;
        }
        long size = u32(b, 0);
        if (size < 16 || b.length < 12) {
            return null;
        }
        // the major brand, then the compatible brands after the minor version
        List<String> brands = new ArrayList<>();
        brands.add(text(b, 8));
        for (int at = 16; at + 4 <= Math.min(size, b.length); at += 4) {
            brands.add(text(b, at));
        }
        if (brands.stream().anyMatch(AVIF_BRANDS::contains)) {
            return null;
        }
        return brands.stream().map(MediaSignature::brandType).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String brandType(String brand) {
        if (HEIF_BRANDS.contains(brand)) {
            return HEIC;
        }
        if (QUICKTIME_BRANDS.contains(brand)) {
            return MOV;
        }
        return MP4_BRANDS.contains(brand) ? MP4 : null;
    }

    /** 0: to the end of the file; 1: a 64-bit size follows. */
    private static boolean plausibleBoxSize(long size) {
        return size == 0 || size == 1 || size >= 8 && size < MAX_BOX_SIZE;
    }

    private static String audio(byte[] b) {
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
            return WAV;
        }
        if (ascii(b, 0, "ID3") && b.length >= 10 && b[3] >= 2 && b[3] <= 4 && syncSafe(b, 6)) {
            return MP3;
        }
        return mpegAudioFrame(b) ? MP3 : null;
    }

    /** An MPEG audio layer III frame header: 11 sync bits, then no reserved version, bitrate or sample rate. */
    private static boolean mpegAudioFrame(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (b[1] >> 3) & 3;
        int layer = (b[1] >> 1) & 3;
        int bitrate = (b[2] >> 4) & 0xF;
        int sampleRate = (b[2] >> 2) & 3;
        return version != 1 && layer == 1 && bitrate != 0xF && sampleRate != 3;
    }

    /** The ID3 tag size: four bytes of seven bits each. */
    private static boolean syncSafe(byte[] b, int at) {
        return (b[at] & 0x80) == 0 && (b[at + 1] & 0x80) == 0 && (b[at + 2] & 0x80) == 0 && (b[at + 3] & 0x80) == 0;
    }

    private static boolean starts(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int at, String expected) {
        return b.length >= at + expected.length() && text(b, at, expected.length()).equals(expected);
    }

    private static String text(byte[] b, int at) {
        return text(b, at, 4);
    }

    private static String text(byte[] b, int at, int length) {
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }

    private static long u32le(byte[] b, int at) {
        return (b[at + 3] & 0xFFL) << 24 | (b[at + 2] & 0xFFL) << 16 | (b[at + 1] & 0xFFL) << 8 | (b[at] & 0xFFL);
    }
}
