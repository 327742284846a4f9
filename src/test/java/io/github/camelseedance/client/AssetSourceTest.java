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

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.github.camelseedance.model.MediaKind;
import io.github.camelseedance.model.MediaSignature;
import io.github.camelseedance.model.SeedanceValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AssetSource factories, AssetChecks and MediaTypes: what is refused before any upload. */
class AssetSourceTest {

    private static void refused(String field, Executable call) {
        assertEquals(field, assertThrows(SeedanceValidationException.class, call).getField());
    }

    @Test
    void bytesWithNameTypeAndSize() {
        byte[] png = TestMedia.png(400, 400);
        AssetSource source = AssetSource.ofBytes(png, "cat.png", null);
        assertEquals("cat.png", source.fileName());
        assertEquals("image/png", source.contentType());
        assertEquals(png.length, source.size());
        assertEquals(MediaKind.IMAGE, source.kind());
        assertTrue(source.isRepeatable());
        assertTrue(source.toString().contains("cat.png"));
    }

    @Test
    void bytesWithoutNameAreSniffedAndNamed() {
        AssetSource png = AssetSource.ofBytes(TestMedia.png(400, 400), null, null);
        assertEquals("image/png", png.contentType());
        assertEquals("upload.png", png.fileName());
        AssetSource jpeg = AssetSource.ofBytes(TestMedia.image("jpg", 400, 400), null, null);
        assertEquals("image/jpeg", jpeg.contentType());
        assertEquals("upload.jpeg", jpeg.fileName());
        assertEquals("video/quicktime", AssetSource.ofBytes(TestMedia.mov(), null, null).contentType());
        assertEquals("audio/wav", AssetSource.ofBytes(TestMedia.wav(), null, null).contentType());
    }

    @Test
    void explicitTypeWins() {
        AssetSource source = AssetSource.ofBytes(TestMedia.mp3(), "sound.bin", "audio/mpeg");
        assertEquals("audio/mpeg", source.contentType());
        assertEquals(MediaKind.AUDIO, source.kind());
    }

    @Test
    void imageDimensionsAndAspectAreChecked() {
        AssetSource.ofBytes(TestMedia.png(300, 300), "ok.png", null);
        AssetSource.ofBytes(TestMedia.png(750, 300), "wide.png", null); // 2.5
        AssetSource.ofBytes(TestMedia.png(300, 750), "tall.png", null); // 0.4
        refused("file", () -> AssetSource.ofBytes(TestMedia.png(299, 400), "small.png", null));
        refused("file", () -> AssetSource.ofBytes(TestMedia.png(6001, 3000), "huge.png", null));
        refused("file", () -> AssetSource.ofBytes(TestMedia.png(1200, 400), "wide.png", null)); // 3.0
        refused("file", () -> AssetSource.ofBytes(TestMedia.png(400, 1200), "tall.png", null)); // 0.33
    }

    @Test
    void unreadableImageRefused() {
        byte[] broken = TestMedia.png(400, 400);
        byte[] truncated = java.util.Arrays.copyOf(broken, 20);
        refused("file", () -> AssetSource.ofBytes(truncated, "broken.png", null));
    }

    @Test
    void unsupportedOrUnknownTypesRefused() {
        refused("contentType", () -> AssetSource.ofBytes(new byte[100], "notes.txt", null));
        refused("contentType", () -> AssetSource.ofBytes(new byte[100], null, null));
        refused("contentType", () -> AssetSource.ofBytes(TestMedia.mp3(), "a.mp3", "application/pdf"));
        // an unknown extension falls back to the bytes' signature
        assertEquals("video/mp4", AssetSource.ofBytes(TestMedia.mp4(), "a.avi", null).contentType());
    }

    @Test
    void emptyAndOversizeRefused() {
        refused("file", () -> AssetSource.ofBytes(new byte[0], "a.mp3", null));
        byte[] tooLong = Arrays.copyOf(TestMedia.mp3(), (int) AssetChecks.MAX_AUDIO_BYTES + 1);
        refused("file", () -> AssetSource.ofBytes(tooLong, "a.mp3", null));
        AssetSource.ofBytes(Arrays.copyOf(TestMedia.mp3(), (int) AssetChecks.MAX_AUDIO_BYTES), "a.mp3", null);
    }

    @Test
    void files(@TempDir Path dir) throws Exception {
        Path mov = dir.resolve("Clip.MOV");
        Files.write(mov, TestMedia.mov());
        AssetSource source = AssetSource.ofFile(mov, null);
        assertEquals("video/quicktime", source.contentType());
        assertEquals("Clip.MOV", source.fileName());
        assertEquals(512, source.size());
        assertTrue(source.isRepeatable());
        refused("file", () -> AssetSource.ofFile(dir.resolve("missing.mp4"), null));
        refused("file", () -> AssetSource.ofFile(dir, null));
        Path empty = dir.resolve("empty.wav");
        Files.write(empty, new byte[0]);
        refused("file", () -> AssetSource.ofFile(empty, null));
        Path small = dir.resolve("small.png");
        Files.write(small, TestMedia.png(100, 100));
        refused("file", () -> AssetSource.ofFile(small, null));
    }

    @Test
    void streams() {
        AssetSource source = AssetSource.ofStream(new ByteArrayInputStream(TestMedia.wav()), null, "audio/wav");
        assertEquals("upload.wav", source.fileName());
        assertEquals(-1, source.size());
        assertFalse(source.isRepeatable());
        refused("contentType", () -> AssetSource.ofStream(new ByteArrayInputStream(TestMedia.wav()), null, null));
        refused("contentType", () -> AssetSource.ofStream(new ByteArrayInputStream(TestMedia.wav()), "noext", null));
    }

    @Test
    void mediaTypesByNameAndSignature() {
        assertEquals("image/jpeg", MediaTypes.fromFileName("A.JPG"));
        assertEquals("image/tiff", MediaTypes.fromFileName("a.tif"));
        assertEquals("image/heic", MediaTypes.fromFileName("a.heic"));
        assertEquals("audio/mpeg", MediaTypes.fromFileName("a.mp3"));
        assertNull(MediaTypes.fromFileName("noext"));
        assertNull(MediaTypes.fromFileName(null));
        assertTrue(MediaTypes.isSupported("image/webp"));
        assertTrue(MediaTypes.isSupported("IMAGE/PNG; x=y"));
        assertFalse(MediaTypes.isSupported("text/plain"));
        assertFalse(MediaTypes.isSupported(null));
        assertEquals(MediaKind.VIDEO, MediaTypes.kindOf("video/mp4"));
        assertNull(MediaTypes.kindOf("text/plain"));
        assertEquals(".png", MediaTypes.extensionOf("image/png"));
        assertEquals("", MediaTypes.extensionOf("text/plain"));

        assertEquals("image/png", MediaSignature.sniff(TestMedia.png(10, 10)));
        assertEquals("image/jpeg", MediaSignature.sniff(TestMedia.image("jpg", 10, 10)));
        assertEquals("image/gif", MediaSignature.sniff(TestMedia.image("gif", 10, 10)));
        assertEquals("image/bmp", MediaSignature.sniff(TestMedia.image("bmp", 10, 10)));
        assertEquals("image/tiff", MediaSignature.sniff(TestMedia.image("tiff", 10, 10)));
        assertEquals("image/webp", MediaSignature.sniff(new byte[] { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P' }));
        assertEquals("audio/wav", MediaSignature.sniff(TestMedia.wav()));
        assertEquals("audio/mpeg", MediaSignature.sniff(TestMedia.mp3()));
        assertEquals("video/mp4", MediaSignature.sniff(TestMedia.mp4()));
        assertEquals("video/quicktime", MediaSignature.sniff(TestMedia.mov()));
        assertNull(MediaSignature.sniff(new byte[4]));
        assertNull(MediaSignature.sniff(null));
        assertNull(MediaSignature.sniff(new byte[32]));
    }
}
