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
package io.github.camelseedance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 200 MB result downloaded with {@code output=file} in a JVM whose heap is capped at 64 MB: it only fits if the video
 * is streamed from the file host to the disk. Runs {@link LargeDownloadMain} in a JVM of its own.
 */
class SeedanceLargeDownloadTest {

    private static final long VIDEO_BYTES = 200L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void twoHundredMegabytesStreamToAFileWithin64MegabytesOfHeap() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), LargeDownloadMain.class.getName(), dir.toString(),
                String.valueOf(VIDEO_BYTES)).redirectErrorStream(true).start();
        String output = read(child);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the download finished");
        assertEquals(0, child.exitValue(), output);
        Map<String, Long> figures = output.lines().filter(l -> l.matches("[A-Z_]+=\\d+"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')),
                        l -> Long.parseLong(l.substring(l.indexOf('=') + 1))));
        assertTrue(figures.get("FILE_BYTES") >= VIDEO_BYTES, output);
        assertTrue(figures.get("MAX_HEAP_BYTES") <= 64L * 1024 * 1024, output);
        assertTrue(figures.get("PEAK_HEAP_BYTES") < 64L * 1024 * 1024, output);
        System.out.println("Large download: " + figures);
    }

    private static String read(Process child) throws IOException {
        return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
