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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM's CPU goes while a piece of work runs: JFR's execution samples (threads running Java code; a thread
 * blocked in a socket read is not sampled), each charged to the library of its innermost frame outside the JDK, so
 * that a {@code HashMap.get} called by Jackson counts as Jackson.
 */
final class CpuBreakdown {

    /** Library of a frame by package prefix, in order; a sample with no such frame is the JDK's own. */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("org.apache.hc.", "Apache HttpClient 5");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
        LIBRARIES.put("org.apache.camel.", "Camel");
        LIBRARIES.put("io.github.camelseedance.bench.", "the benchmark's loop");
        LIBRARIES.put("io.github.camelseedance.", "camel-seedance");
        LIBRARIES.put("org.slf4j.", "logging");
        LIBRARIES.put("org.apache.logging.", "logging");
    }

    static final String JDK = "the JDK alone (thread pools, sockets)";
    static final String SAMPLES = "samples";

    private CpuBreakdown() {
    }

    /** The libraries a breakdown names, in its order. */
    static List<String> libraries() {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(LIBRARIES.values()));
        names.add(JDK);
        return names;
    }

    /** The share of samples per library while {@code work} ran, in percent; under {@link #SAMPLES}, their number. */
    static Map<String, Double> of(ThrowingRunnable work) throws Exception {
        Path file = Files.createTempFile("cpu-breakdown", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.start();
            work.run();
            recording.stop();
            recording.dump(file);
            return shares(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Map<String, Double> shares(Path file) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        LIBRARIES.values().forEach(library -> counts.put(library, 0));
        counts.put(JDK, 0);
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                counts.merge(libraryOf(event.getStackTrace().getFrames()), 1, Integer::sum);
                total++;
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            shares.put(count.getKey(), total == 0 ? 0 : 100.0 * count.getValue() / total);
        }
        shares.put(SAMPLES, (double) total);
        return shares;
    }

    private static String libraryOf(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) { // innermost first
            if (frame.isJavaFrame()) {
                String type = frame.getMethod().getType().getName();
                for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
                    if (type.startsWith(library.getKey())) {
                        return library.getValue();
                    }
                }
            }
        }
        return JDK;
    }

    /** Work that may throw. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
