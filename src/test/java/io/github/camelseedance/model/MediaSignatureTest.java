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
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each documented format is recognised by its first bytes; look-alikes are not. */
class MediaSignatureTest {

    private static String sniff(byte[] media) {
        return MediaSignature.sniff(Arrays.copyOf(media, Math.min(media.length, MediaSignature.HEAD_BYTES)));
    }

    @ParameterizedTest
    @CsvSource({ "png, image/png", "jpg, image/jpeg", "gif, image/gif", "bmp, image/bmp", "tiff, image/tiff" })
    void imagesWrittenByTheJdk(String format, String type) {
        assertEquals(type, sniff(MediaSamples.image(format, 320, 320)));
    }

    @Test
    void webpAndHeic() {
        assertEquals(MediaSignature.WEBP, sniff(MediaSamples.webp()));
        assertEquals(MediaSignature.HEIC, sniff(MediaSamples.heic()));
        assertEquals(MediaSignature.HEIC, sniff(MediaSamples.heifMif1()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "heic", "heix", "hevc", "hevx", "mif1", "msf1", "heim", "heis" })
    void everyHeifBrandIsAnImage(String brand) {
        assertEquals(MediaSignature.HEIC, sniff(ftyp(brand)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "isom", "iso2", "iso5", "mp41", "mp42", "avc1", "M4V ", "dash" })
    void mp4Brands(String brand) {
        assertEquals(MediaSignature.MP4, sniff(ftyp(brand)));
    }

    @Test
    void videosTellMp4FromMovAndHeic() {
        assertEquals(MediaSignature.MP4, sniff(MediaSamples.mp4()));
        assertEquals(MediaSignature.MP4, sniff(MediaSamples.mp4ByCompatibleBrand()));
        assertEquals(MediaSignature.MOV, sniff(MediaSamples.mov()));
        assertEquals(MediaSignature.MOV, sniff(MediaSamples.movWithoutFtyp()));
        assertEquals(MediaSignature.MOV, sniff(atom("moov")));
        assertEquals(MediaSignature.MOV, sniff(atom("mdat")));
        assertEquals(MediaSignature.MOV, sniff(atom("free")));
    }

    @Test
    void audio() {
        assertEquals(MediaSignature.WAV, sniff(MediaSamples.wav()));
        assertEquals(MediaSignature.MP3, sniff(MediaSamples.mp3WithId3()));
        assertEquals(MediaSignature.MP3, sniff(MediaSamples.mp3Frame()));
        assertEquals(MediaSignature.MP3, sniff(new byte[] { (byte) 0xFF, (byte) 0xF3, 0x48, (byte) 0xC4 })); // MPEG-2
    }

    @Test
    void lookAlikesAreNotRecognised() {
        assertNull(sniff(MediaSamples.text()));
        assertNull(sniff(MediaSamples.avif()), "AVIF lists mif1 but is not HEIC");
        assertNull(sniff("BMW drivers wanted, apply within".getBytes(StandardCharsets.US_ASCII)), "BM and text");
        assertNull(sniff("I'm free, said the text file".getBytes(StandardCharsets.US_ASCII)), "a 'free' at offset 4");
        assertNull(sniff("RIFF....AVI LIST".getBytes(StandardCharsets.US_ASCII)), "AVI is RIFF but neither WAVE nor WEBP");
        assertNull(sniff(new byte[] { (byte) 0xFF, (byte) 0xF1, 0x50, (byte) 0x80 }), "AAC in ADTS is not MP3");
        assertNull(sniff(new byte[] { (byte) 0xFF, (byte) 0xFB, (byte) 0xF0, 0x64 }), "a reserved bitrate");
        assertNull(sniff(ftyp("3gp4")), "3GPP is not one of the formats");
        assertNull(sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G' }), "a cut PNG signature");
        assertNull(sniff(new byte[64]));
        assertNull(sniff(new byte[0]));
        assertNull(MediaSignature.sniff(null));
    }

    @Test
    void declaredTypesAndTheirAliases() {
        assertEquals(MediaSignature.JPEG, MediaSignature.canonical("image/jpg"));
        assertEquals(MediaSignature.PNG, MediaSignature.canonical(" IMAGE/PNG ; q=1"));
        assertEquals(MediaSignature.HEIC, MediaSignature.canonical("image/heif"));
        assertEquals(MediaSignature.MOV, MediaSignature.canonical("video/mov"));
        assertEquals(MediaSignature.MP3, MediaSignature.canonical("audio/mp3"));
        assertEquals(MediaSignature.WAV, MediaSignature.canonical("audio/x-wav"));
        assertNull(MediaSignature.canonical("image/svg+xml"));
        assertNull(MediaSignature.canonical("text/plain"));
        assertNull(MediaSignature.canonical(null));
        assertEquals(MediaKind.IMAGE, MediaSignature.kindOf("image/heif"));
        assertEquals(MediaKind.VIDEO, MediaSignature.kindOf(MediaSignature.MOV));
        assertEquals(MediaKind.AUDIO, MediaSignature.kindOf("audio/wave"));
        assertNull(MediaSignature.kindOf("video/x-msvideo"));
    }

    /** An ftyp box with one brand as major and compatible brand. */
    private static byte[] ftyp(String brand) {
        byte[] b = new byte[32];
        b[3] = 20;
        System.arraycopy("ftyp".getBytes(StandardCharsets.ISO_8859_1), 0, b, 4, 4);
        System.arraycopy(brand.getBytes(StandardCharsets.ISO_8859_1), 0, b, 8, 4);
        System.arraycopy(brand.getBytes(StandardCharsets.ISO_8859_1), 0, b, 16, 4);
        return b;
    }

    /** A movie that opens with a top-level atom of this type, 4 KB long. */
    private static byte[] atom(String type) {
        byte[] b = new byte[32];
        b[2] = 0x10;
        System.arraycopy(type.getBytes(StandardCharsets.ISO_8859_1), 0, b, 4, 4);
        return b;
    }
}
