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
package io.github.camelseedance.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Section 50 of the report (issue 18, item 5): a 1 GiB result downloaded into a file in a JVM of {@code -Xmx128m},
 * through the component and with a plain {@code InputStream.transferTo} copy; a 50 MB file uploaded in a JVM of
 * {@code -Xmx64m}, through the component and with a bare multipart POST. The emulator, in a JVM of its own,
 * generates the video's bytes as it sends them.
 */
public final class StreamingMemoryBench {

    /** For {@code BenchMain}: nothing of its own; the JVMs it starts set their small heaps themselves. */
    public static final String[] JVM_OPTIONS = {};

    private static final long GIB = 1024L * 1024 * 1024;
    private static final long UPLOAD_BYTES = 50L * 1000 * 1000;
    private static final int ROUNDS = 3;
    /** An upload takes a fraction of a second: more rounds for a steadier median. */
    private static final int UPLOAD_ROUNDS = 5;

    private StreamingMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("seedance-bench-");
        List<List<String>> downloads = new ArrayList<>();
        List<List<String>> uploads = new ArrayList<>();
        double downloadRatio;
        try (RemoteEmulator emulator = new RemoteEmulator("-Xmx512m", "queueMs=0", "runMs=0",
                "largeResultBytes=" + GIB);
             BareSeedanceCalls bare = new BareSeedanceCalls(emulator.baseUrl(), emulator.apiKey())) {
            String taskId = bare.create("A very long video");
            emulator.advance(Duration.ofSeconds(1));
            String[] common = {emulator.baseUrl(), emulator.apiKey()};
            Map<String, List<String>> component = ChildJvm.run("-Xmx128m", DownloadChildMain.class, "component",
                    common[0], common[1], taskId, dir.toString(), String.valueOf(ROUNDS));
            Map<String, List<String>> plain = ChildJvm.run("-Xmx128m", DownloadChildMain.class, "plain", common[0],
                    common[1], taskId, dir.toString(), String.valueOf(ROUNDS));
            downloadRatio = speed(component).median() / speed(plain).median();
            downloads.add(row("component, `seedance:download?output=file`", component, plain));
            downloads.add(row("plain `InputStream.transferTo` into a file", plain, plain));
            Path video = uploadFile(dir.resolve("upload.mp4"));
            Map<String, List<String>> componentUpload = ChildJvm.run("-Xmx64m", UploadChildMain.class, "component",
                    common[0], common[1], video.toString(), String.valueOf(UPLOAD_ROUNDS));
            Map<String, List<String>> plainUpload = ChildJvm.run("-Xmx64m", UploadChildMain.class, "plain", common[0],
                    common[1], video.toString(), String.valueOf(UPLOAD_ROUNDS));
            uploads.add(row("component, `seedance:upload` (a `Path`)", componentUpload, plainUpload));
            uploads.add(row("bare HttpClient 5 multipart POST of the file", plainUpload, plainUpload));
        } finally {
            deleteAll(dir);
        }
        List<String> header = List.of("approach", "MiB/s", "speed vs. baseline", "peak heap used (MiB)",
                "peak heap after GC (MiB)", "heap limit (MiB)");
        new ScaleReport("Streaming memory: 1 GiB in 128 MiB")
                .paragraph("The emulator in a JVM of its own pads the result video to 1 GiB, writing the padding as it"
                           + " sends it. Each approach runs in a fresh JVM (`-Xmx128m` for the download, `-Xmx64m`"
                           + " for the upload) that does a warm-up transfer and then " + ROUNDS + " timed ones ("
                           + UPLOAD_ROUNDS + " uploads); the file"
                           + " goes to a temporary directory, deleted after each round and at the end. Peak heap used:"
                           + " the heap pools' peak usage over the JVM's transfers (garbage included); after GC: the"
                           + " most the collector left live. Both approaches run in the same kind of JVM (a started"
                           + " CamelContext). MiB/s: median (min–max) of the timed rounds; the component's download"
                           + " includes its read of the task (one GET).")
                .table(header, downloads)
                .paragraph("The 50 MB upload (an MP4 made of a header and padding), with the wait for its asset id"
                           + " (the emulator reveals it at once):")
                .table(header, uploads)
                .paragraph((downloadRatio >= 0.8 ? "Target met" : "Target missed") + ": the download through the"
                           + " component runs at " + ScaleReport.number(downloadRatio, 2) + "x the plain copy"
                           + " (target 0.8x), within a heap of 128 MiB for a 1 GiB file; the upload streams the file"
                           + " within 64 MiB. The upload is slower than the bare POST: it reads the file twice, once for"
                           + " the SHA-256 that keys the component's asset cache, then to send it.")
                .publish("50-streaming-memory.md");
    }

    private static SampleSpread speed(Map<String, List<String>> figures) {
        SampleSpread spread = new SampleSpread();
        figures.get("ROUND_MIB_PER_S").forEach(v -> spread.add(Double.parseDouble(v)));
        return spread;
    }

    private static List<String> row(String approach, Map<String, List<String>> figures,
            Map<String, List<String>> baseline) {
        return List.of(approach, speed(figures).format(0),
                ScaleReport.number(speed(figures).median() / speed(baseline).median(), 2) + "x",
                mebibytes(figures, "PEAK_HEAP_BYTES"), mebibytes(figures, "PEAK_AFTER_GC_BYTES"),
                mebibytes(figures, "MAX_HEAP_BYTES"));
    }

    private static String mebibytes(Map<String, List<String>> figures, String key) {
        long bytes = Long.parseLong(figures.get(key).get(0));
        return bytes == 0 ? "no collection ran" : ScaleReport.number(bytes / (1024.0 * 1024), 1);
    }

    /** An MP4 of {@link #UPLOAD_BYTES}: an {@code ftyp} box, then a {@code free} box of zeros, written in chunks. */
    private static Path uploadFile(Path file) throws IOException {
        ByteBuffer ftyp = ByteBuffer.allocate(24).putInt(24).put(ascii("ftypisom")).putInt(0x200).put(ascii("isommp42"));
        long pad = UPLOAD_BYTES - ftyp.capacity();
        ByteBuffer free = ByteBuffer.allocate(8).putInt((int) pad).put(ascii("free"));
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(ftyp.array());
            out.write(free.array());
            byte[] zeros = new byte[64 * 1024];
            for (long left = pad - free.capacity(); left > 0; left -= zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
        }
        return file;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
