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
package io.github.camelseedance.examples.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.camelseedance.emulator.SeedanceEmulator;
import io.github.camelseedance.emulator.SeedanceEmulatorMain;
import io.github.camelseedance.examples.SeedanceExamples;
import io.github.camelseedance.examples.support.SampleFiles;
import io.github.camelseedance.examples.support.Offline;
import io.github.camelseedance.examples.support.S3ProxyExtension;
import org.apache.camel.main.Main;
import org.awaitility.core.ConditionTimeoutException;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.awaitility.Awaitility.await;

/**
 * The offline demo ({@code mvn -B -q -f examples/pom.xml -Ddemo -DskipTests verify}): starts the Seedance emulator
 * (real time, twice as fast as SeedanceEmulatorMain's timings) and S3Proxy in this JVM, runs the examples application
 * (SeedanceExamples' routes and application.properties) against them, drops the bundled sample images into its
 * folders, shows each task's status changes, then lists the bucket, checks that every object is an MP4 and ends with
 * {@code DEMO OK: <n> videos in s3://<bucket>} (exit 0), or {@code DEMO FAILED: <reason>} (exit 1).
 */
public final class Demo {

    static final String BUCKET = "seedance-demo";
    static final String[] IMAGES = {"lighthouse.png", "forest.png", "city.png"};
    static final String[] PAIR = {"sunrise-last.png", "sunrise-first.png"};
    static final String UNPAIRED = "harbour-first.png";
    /** Three image-to-video generations and one first-last-frame generation. */
    static final int EXPECTED_VIDEOS = IMAGES.length + 1;
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    private static final PrintStream OUT = System.out;

    private Demo() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        int code;
        try {
            Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("seedance-demo");
            int videos = run(work.toAbsolutePath());
            OUT.printf("Demo finished in %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
            OUT.println("DEMO OK: " + videos + " videos in s3://" + BUCKET);
            code = 0;
        } catch (Throwable e) {
            e.printStackTrace();
            OUT.println("DEMO FAILED: " + e.getMessage());
            code = 1;
        }
        OUT.flush();
        System.exit(code);
    }

    static int run(Path work) throws Exception {
        deleteRecursively(work);
        SeedanceEmulator emulator = SeedanceEmulatorMain.launch(
                new String[] {"--host", "127.0.0.1", "--port", "0", "--api-key", "demo-key", "--speed", "2"}, OUT);
        try (emulator; S3ProxyExtension s3 = new S3ProxyExtension().start()) {
            OUT.println("S3Proxy (in memory) listening on " + s3.endpoint());
            s3.freshBucket(BUCKET);

            Main main = new Main();
            SeedanceExamples.addRoutes(main);
            Offline.seedanceProperties(emulator).forEach(main::addOverrideProperty);
            main.addOverrideProperty("camel.component.seedance.asset-poll-interval", "250");
            main.addOverrideProperty("camel.component.seedance.poll-interval", "500");
            main.addOverrideProperty("camel.component.seedance.max-poll-interval", "1000");
            s3.componentProperties().forEach(main::addOverrideProperty);
            main.addOverrideProperty("examples.bucket", BUCKET);
            main.addOverrideProperty("examples.work", work.toString());
            main.addOverrideProperty("examples.pair-timeout", "5000");
            main.addOverrideProperty("examples.tasks-delay", "250");
            main.start();
            OUT.println("Examples application started, routes: " + main.getCamelContext().getRoutes().stream()
                    .map(r -> r.getRouteId()).sorted().collect(java.util.stream.Collectors.joining(", ")));
            try {
                OUT.println("Dropping " + String.join(", ", IMAGES) + " into " + work.resolve("inbox/images"));
                for (String image : IMAGES) {
                    SampleFiles.drop(work.resolve("inbox/images"), image, SampleFiles.sample("images/" + image));
                }
                OUT.println("Dropping " + String.join(", ", PAIR) + " and " + UNPAIRED + " (no partner) into "
                            + work.resolve("inbox/frames"));
                for (String frame : PAIR) {
                    SampleFiles.drop(work.resolve("inbox/frames"), frame, SampleFiles.sample("frames/" + frame));
                }
                SampleFiles.drop(work.resolve("inbox/frames"), UNPAIRED, SampleFiles.sample("frames/" + UNPAIRED));

                awaitOrFail("the " + EXPECTED_VIDEOS + " videos in s3://" + BUCKET,
                        () -> s3.keys(BUCKET, "videos/").size() >= EXPECTED_VIDEOS
                              && doneOrFailed(work.resolve("inbox/images"), IMAGES) == IMAGES.length
                              && doneOrFailed(work.resolve("inbox/frames"), PAIR) == PAIR.length
                              && Files.exists(work.resolve("inbox/frames/.dead-letter").resolve(UNPAIRED)));
            } finally {
                main.stop();
            }
            return report(s3, work);
        }
    }

    /** Lists the bucket, checks every object is an MP4 and fails when a video is missing or a file failed. */
    static int report(S3ProxyExtension s3, Path work) {
        List<S3Object> objects = s3.objects(BUCKET);
        OUT.println();
        OUT.println("Objects in s3://" + BUCKET + ":");
        int videos = 0;
        for (S3Object o : objects) {
            byte[] bytes = s3.get(BUCKET, o.key()).asByteArray();
            Map<String, String> meta = s3.get(BUCKET, o.key()).response().metadata();
            boolean mp4 = SampleFiles.isMp4(bytes);
            OUT.printf("  %-48s %8d bytes  %s  from %s, %s tokens%n", o.key(), o.size(),
                    mp4 ? "MP4 (ftyp " + new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII) + ")"
                        : "NOT AN MP4",
                    meta.get("seedance-source"), meta.get("seedance-total-tokens"));
            if (!mp4) {
                throw new IllegalStateException(o.key() + " is not an MP4");
            }
            videos++;
        }
        OUT.println("Files moved to .done: " + list(work.resolve("inbox/images/.done"))
                    + ", " + list(work.resolve("inbox/frames/.done"))
                    + "; to .dead-letter: " + list(work.resolve("inbox/frames/.dead-letter")));
        List<String> failed = List.of(list(work.resolve("inbox/images/.failed")), list(work.resolve("inbox/frames/.failed")));
        if (failed.stream().anyMatch(f -> !f.equals("-"))) {
            throw new IllegalStateException("some files failed: " + failed);
        }
        if (videos < EXPECTED_VIDEOS) {
            throw new IllegalStateException("expected " + EXPECTED_VIDEOS + " videos, found " + videos);
        }
        return videos;
    }

    private static void awaitOrFail(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(250)).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("not all of " + what + " within " + TIMEOUT.toSeconds() + " s", e);
        }
    }

    private static int doneOrFailed(Path folder, String... names) {
        int n = 0;
        for (String name : names) {
            if (Files.exists(folder.resolve(".done").resolve(name)) || Files.exists(folder.resolve(".failed").resolve(name))) {
                n++;
            }
        }
        return n;
    }

    private static String list(Path folder) {
        try (var files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            return names.isEmpty() ? "-" : String.join(", ", names);
        } catch (java.io.IOException e) {
            return "-";
        }
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(Objects.requireNonNull(p));
            }
        }
    }
}
