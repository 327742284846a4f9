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
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelseedance.model.MediaKind;
import io.github.camelseedance.model.MediaSamples;
import io.github.camelseedance.model.SeedanceValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** AssetSource checks a medium's first bytes against its declared type and its role's kind before any upload. */
class AssetSourceSniffingTest {

    @TempDir
    Path dir;

    private static SeedanceValidationException refused(String field, Executable call) {
        SeedanceValidationException e = assertThrows(SeedanceValidationException.class, call);
        assertEquals(field, e.getField(), e.getMessage());
        return e;
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void aTextFileNamedPng() throws IOException {
        Path notes = file("notes.png", MediaSamples.text());
        SeedanceValidationException e = refused("file", () -> AssetSource.ofFile(notes, null));
        assertEquals("not a recognised medium: notes.png", e.getValue());
        refused("file", () -> AssetSource.ofFile(notes, null, MediaKind.IMAGE));
        refused("file", () -> AssetSource.ofBytes(MediaSamples.text(), "notes.png", null));
    }

    @Test
    void unrecognisedBytesWithoutADeclaredTypeLeaveTheTypeUnknown() {
        refused("contentType", () -> AssetSource.ofBytes(MediaSamples.text(), null, null));
        refused("contentType", () -> AssetSource.ofBytes(MediaSamples.avif(), "photo.avif", null));
    }

    @Test
    void mediaOfTheWrongKindForTheRole() throws IOException {
        Path clip = file("clip.mp4", MediaSamples.mp4());
        assertEquals("video/mp4", AssetSource.ofFile(clip, null).contentType());
        SeedanceValidationException e = refused("file", () -> AssetSource.ofFile(clip, null, MediaKind.IMAGE));
        assertEquals("clip.mp4 is video/mp4", e.getValue());
        refused("file", () -> AssetSource.ofBytes(MediaSamples.mp4(), null, null, MediaKind.IMAGE));
        refused("file", () -> AssetSource.ofBytes(MediaSamples.png(), null, null, MediaKind.VIDEO));
        refused("file", () -> AssetSource.ofBytes(MediaSamples.wav(), null, null, MediaKind.IMAGE));
        refused("file", () -> AssetSource.ofBytes(MediaSamples.mp3Frame(), "a.mp3", null, MediaKind.VIDEO));
    }

    @Test
    void bytesThatAreNotTheDeclaredType() throws IOException {
        refused("file", () -> AssetSource.ofBytes(MediaSamples.jpeg(), "cat.png", null));
        refused("file", () -> AssetSource.ofBytes(MediaSamples.jpeg(), null, "image/png"));
        refused("file", () -> AssetSource.ofBytes(MediaSamples.mp4(), "clip.mov", null));
        Path frame = file("frame.png", MediaSamples.mp4());
        refused("file", () -> AssetSource.ofFile(frame, null, MediaKind.IMAGE));
        refused("file", () -> AssetSource.ofFile(frame, "video/quicktime"));
    }

    @Test
    void emptyMediaOfEveryKind() throws IOException {
        Path empty = file("empty.png", new byte[0]);
        refused("file", () -> AssetSource.ofFile(empty, null));
        Path nameless = file("empty", new byte[0]);
        refused("file", () -> AssetSource.ofFile(nameless, null));
        refused("file", () -> AssetSource.ofBytes(new byte[0], null, null));
        AssetSource stream = AssetSource.ofStream(InputStream.nullInputStream(), "a.png", null);
        refused("file", stream::stream);
    }

    @Test
    void heicAndMovHeadersAreRecognised() throws IOException {
        assertEquals("image/heic", AssetSource.ofFile(file("photo.heic", MediaSamples.heic()), null, MediaKind.IMAGE)
                .contentType());
        assertEquals("image/heif", AssetSource.ofFile(file("photo.heif", MediaSamples.heifMif1()), null).contentType());
        assertEquals("image/heic", AssetSource.ofBytes(MediaSamples.heic(), null, null).contentType());
        assertEquals("video/quicktime", AssetSource.ofFile(file("clip.mov", MediaSamples.mov()), null, MediaKind.VIDEO)
                .contentType());
        assertEquals("video/quicktime", AssetSource.ofBytes(MediaSamples.movWithoutFtyp(), null, null).contentType());
        assertEquals("upload.mov", AssetSource.ofBytes(MediaSamples.mov(), null, null).fileName());
    }

    @Test
    void aStreamIsCheckedWhenTheUploadTakesItAndLosesNoByte() throws IOException {
        byte[] wav = MediaSamples.wav();
        AssetSource source = AssetSource.ofStream(new OneByteAtATime(wav), "voice.wav", null, -1, MediaKind.AUDIO);
        InputStream taken = source.stream();
        assertSame(taken, source.stream(), "peeked once");
        assertArrayEquals(wav, taken.readAllBytes());
    }

    @Test
    void aStreamOfOtherBytesIsRefusedBeforeTheUpload() throws IOException {
        AssetSource text = AssetSource.ofStream(new ByteArrayInputStream(MediaSamples.text()), "a.png", null);
        assertEquals("not a recognised medium: a.png", refused("file", text::stream).getValue());
        AssetSource jpeg = AssetSource.ofStream(new ByteArrayInputStream(MediaSamples.jpeg()), null, "image/png");
        refused("file", jpeg::stream);
        AssetSource video = AssetSource.ofStream(new ByteArrayInputStream(MediaSamples.mp4()), "a.mp4", null, -1,
                MediaKind.VIDEO);
        assertEquals(MediaSamples.mp4().length, video.stream().readAllBytes().length);
        refused("file", () -> AssetSource.ofStream(new ByteArrayInputStream(MediaSamples.mp4()), "a.mp4", null, -1,
                MediaKind.AUDIO));
    }

    @Test
    void aRemoteMediumWhoseNameShowsTheWrongKind() {
        refused("file", () -> AssetSource.ofUrl(URI.create("https://media.example/cat.png"), false, MediaKind.VIDEO));
        AssetSource clip = AssetSource.ofUrl(URI.create("https://media.example/clip.mp4"), false, MediaKind.VIDEO);
        assertEquals(MediaKind.VIDEO, clip.expectedKind());
        AssetSource unnamed = AssetSource.ofUrl(URI.create("https://media.example/m?id=7"), false, MediaKind.AUDIO);
        assertEquals(MediaKind.AUDIO, unnamed.expectedKind(), "kept for the fetch, which learns the type");
    }

    /** A stream without mark support that hands out one byte per read, as a slow network would. */
    private static final class OneByteAtATime extends FilterInputStream {
        OneByteAtATime(byte[] content) {
            super(new ByteArrayInputStream(content));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
