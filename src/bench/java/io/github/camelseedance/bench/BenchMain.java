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
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

/**
 * The benchmark report in one command ({@code mvn -B -Pbench verify}, issue 18): each section's main in a JVM of its
 * own, with the JVM options it declares ({@code JVM_OPTIONS}), one after the other so that none measures another;
 * then {@code docs/performance.md}: the machine, the JDK, the date, the command and each section's tables, followed by
 * the figures the test suite measures ({@code src/bench/test-suite-figures.md}). A section that fails fails the
 * command, and the report is not rewritten. Arguments: the section numbers to run (default all); a partial run
 * writes its sections under {@code target/bench} only.
 */
public final class BenchMain {

    static final String COMMAND = "mvn -B -Pbench verify";

    /** The sections, in the report's order; each writes {@code target/bench/<number>-*.md}. */
    private static final List<Section> SECTIONS = List.of(
            new Section("10", ProducerOverheadBench.class, ProducerOverheadBench.JVM_OPTIONS),
            new Section("15", FanOutBench.class, FanOutBench.JVM_OPTIONS),
            new Section("20", SdkThroughputBench.class, SdkThroughputBench.JVM_OPTIONS),
            new Section("30", PollingCostBench.class, PollingCostBench.JVM_OPTIONS),
            new Section("40", InFlightScaleBench.class, InFlightScaleBench.JVM_OPTIONS),
            new Section("50", StreamingMemoryBench.class, StreamingMemoryBench.JVM_OPTIONS));

    private static final Path SECTIONS_DIR = Path.of("target", "bench");
    private static final Path REPORT = Path.of("docs", "performance.md");
    private static final Path TEST_SUITE_FIGURES = Path.of("src", "bench", "test-suite-figures.md");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        // one argument may hold several numbers ("10 20"), or none (Maven passes an empty property as "")
        List<String> wanted = Arrays.stream(String.join(" ", args).trim().split("\\s+")).filter(a -> !a.isEmpty())
                .toList();
        long start = System.nanoTime();
        List<String> failed = new ArrayList<>();
        List<Section> ran = new ArrayList<>();
        for (Section section : SECTIONS) {
            if (!wanted.isEmpty() && !wanted.contains(section.number())) {
                continue;
            }
            System.out.println("==> section " + section.number() + ": " + section.main().getSimpleName());
            long sectionStart = System.nanoTime();
            int exit = section.run();
            System.out.printf(Locale.ROOT, "==> section %s ended with %d after %.0f s%n", section.number(), exit,
                    (System.nanoTime() - sectionStart) / 1e9);
            if (exit != 0) {
                failed.add(section.number() + " (" + section.main().getSimpleName() + ", exit " + exit + ")");
            }
            ran.add(section);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!failed.isEmpty()) {
            System.err.println("Benchmark sections failed: " + String.join(", ", failed) + "; " + REPORT
                               + " left as it was");
            System.exit(1);
        }
        if (ran.size() == SECTIONS.size()) {
            Files.writeString(REPORT, report(took), StandardCharsets.UTF_8);
            System.out.println("==> wrote " + REPORT + " (all sections in " + took.toMinutes() + " min "
                               + took.toSecondsPart() + " s)");
        }
    }

    private static String report(Duration took) throws IOException {
        StringBuilder text = new StringBuilder("# Performance and resource use\n\n");
        text.append("What the component costs in time, CPU, threads, memory and requests, each figure a ratio against a"
                    + " baseline measured in the same run, on the same emulator, on the same machine. Written by `")
                .append(COMMAND).append("` (")
                .append(took.toMinutes()).append(" min ").append(took.toSecondsPart())
                .append(" s for this run; the component's tests are skipped); each section names its setup, and its"
                        + " main class under `src/bench/java` measures it again on its own.\n\n");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        text.append("| run | |\n| --- | --- |\n")
                .append("| date | ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT))).append(" |\n")
                .append("| machine | ").append(os.getAvailableProcessors()).append(" cores, ")
                .append(os.getTotalMemorySize() / (1024 * 1024 * 1024)).append(" GiB, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append(" |\n")
                .append("| JDK | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" |\n")
                .append("| command | `").append(COMMAND).append("` |\n\n");
        for (Section section : SECTIONS) {
            try (var files = Files.list(SECTIONS_DIR)) {
                Path file = files.filter(f -> f.getFileName().toString().startsWith(section.number() + "-"))
                        .findFirst().orElseThrow(() -> new IOException("section " + section.number() + " wrote no"
                                                                       + " report under " + SECTIONS_DIR));
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        text.append(Files.readString(TEST_SUITE_FIGURES, StandardCharsets.UTF_8));
        return text.toString();
    }

    /** A section's main, run in a JVM of its own; its output goes to ours. */
    private record Section(String number, Class<?> main, String[] jvmOptions) {

        int run() throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(List.of(jvmOptions));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        }
    }
}
