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
package io.github.camelseedance.examples.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Dropping sample files the way the examples expect them: written elsewhere, then moved in with one rename. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** The bytes of a bundled sample, for example {@code images/lighthouse.png}. */
    public static byte[] sample(String name) {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} beside {@code folder}, then moves the file into it atomically. */
    public static Path drop(Path folder, String name, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path staging = Files.createTempFile(folder.getParent(), "staging-", ".tmp");
            Files.write(staging, bytes);
            return Files.move(staging, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a whole folder into {@code parent} with one rename (a reference batch). */
    public static Path dropFolder(Path staged, Path parent) {
        try {
            Files.createDirectories(parent);
            return Files.move(staged, parent.resolve(staged.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bytes are an MP4: an {@code ftyp} box first. */
    public static boolean isMp4(byte[] bytes) {
        return bytes.length > 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p';
    }
}
