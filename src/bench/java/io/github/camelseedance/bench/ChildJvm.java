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
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test classpath in a JVM of its own with the given heap limit, and collects the
 * {@code KEY=value} lines it prints (a key may repeat, one value per round).
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static Map<String, List<String>> run(String heap, Class<?> main, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(5, TimeUnit.MINUTES) || child.exitValue() != 0) {
            child.destroy();
            throw new IllegalStateException(main.getSimpleName() + " failed:\n" + output);
        }
        Map<String, List<String>> figures = new LinkedHashMap<>();
        output.lines().filter(l -> l.matches("[A-Z][A-Z0-9_]*=\\S+")).forEach(l -> figures.computeIfAbsent(
                l.substring(0, l.indexOf('=')), k -> new ArrayList<>()).add(l.substring(l.indexOf('=') + 1)));
        return figures;
    }

    /** Prints one figure for the parent. */
    static void report(String key, Object value) {
        System.out.println(key + "=" + value);
        System.out.flush();
    }

    /** Prints the heap figures of a streaming child: peak used, peak after a collection, the limit. */
    static void reportHeap(ProcessSampler sampler) {
        report("PEAK_HEAP_BYTES", peakHeap());
        report("PEAK_AFTER_GC_BYTES", sampler.peakAfterGc());
        report("MAX_HEAP_BYTES", Runtime.getRuntime().maxMemory());
    }

    /** The most heap used since the last reset of the pools' peaks, garbage included. */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
