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

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refusals of a medium by its first bytes: each names the field, the medium and what is allowed. */
class MediaContentCheckTest {

    private static byte[] head(byte[] media) {
        return Arrays.copyOf(media, Math.min(media.length, MediaSignature.HEAD_BYTES));
    }

    private static SeedanceValidationException refused(Executable check) {
        SeedanceValidationException e = assertThrows(SeedanceValidationException.class, check);
        assertEquals("firstFrame", e.getField(), e.getMessage());
        return e;
    }

    @Test
    void answersTheTypeTheBytesShow() {
        assertEquals(MediaSignature.PNG,
                MediaContentCheck.check("firstFrame", "a.png", head(MediaSamples.png()), "image/png", MediaKind.IMAGE));
        assertEquals(MediaSignature.JPEG,
                MediaContentCheck.check("firstFrame", "a.jpg", head(MediaSamples.jpeg()), "image/jpg", MediaKind.IMAGE));
        assertEquals(MediaSignature.MOV, MediaContentCheck.check("file", "clip", head(MediaSamples.mov()), null, null));
        assertEquals(MediaSignature.HEIC,
                MediaContentCheck.check("file", "a.heif", head(MediaSamples.heic()), "image/heif", MediaKind.IMAGE));
    }

    @Test
    void emptyMedia() {
        SeedanceValidationException e = refused(() -> MediaContentCheck.check("firstFrame", "a.png", new byte[0], null, null));
        assertEquals("a non-empty medium", e.getAllowed());
    }

    @Test
    void unrecognisedBytesNameTheKindTheRoleTakes() {
        SeedanceValidationException e = refused(() -> MediaContentCheck.check("firstFrame", "notes.png",
                head(MediaSamples.text()), "image/png", MediaKind.IMAGE));
        assertEquals("not a recognised image: notes.png", e.getValue());
        assertTrue(e.getAllowed().contains("png, jpeg, webp, bmp, tiff, gif or heic"), e.getAllowed());
    }

    @Test
    void bytesOfTheWrongKindForTheRole() {
        SeedanceValidationException mp4 = refused(() -> MediaContentCheck.check("firstFrame", "clip.mp4",
                head(MediaSamples.mp4()), "video/mp4", MediaKind.IMAGE));
        assertEquals("clip.mp4 is video/mp4", mp4.getValue());
        refused(() -> MediaContentCheck.check("firstFrame", "voice.wav", head(MediaSamples.wav()), null, MediaKind.IMAGE));
        refused(() -> MediaContentCheck.check("firstFrame", "photo.heic", head(MediaSamples.heic()), null, MediaKind.VIDEO));
    }

    @Test
    void bytesThatAreNotTheDeclaredType() {
        SeedanceValidationException e = refused(() -> MediaContentCheck.check("firstFrame", "cat.png",
                head(MediaSamples.jpeg()), "image/png", MediaKind.IMAGE));
        assertEquals("cat.png is image/jpeg, declared image/png", e.getValue());
        refused(() -> MediaContentCheck.check("firstFrame", "clip.mov", head(MediaSamples.mp4()), "video/quicktime", null));
        refused(() -> MediaContentCheck.check("firstFrame", "a.heic", head(MediaSamples.png()), "image/heic", null));
        refused(() -> MediaContentCheck.check("firstFrame", "a.svg", head(MediaSamples.png()), "image/svg+xml", null));
    }
}
