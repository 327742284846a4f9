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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Starts {@link EmulatorProcessMain} in a child JVM and drives it: its base URL, its clock, its journal's counts. */
final class RemoteEmulator implements AutoCloseable {

    private static final String ENDED = "\u0000ended";

    private final Process process;
    /** Answer lines; the rest of the child's output is read and dropped, so that its logging never blocks it. */
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final PrintWriter commands;
    private final String baseUrl;
    private final String apiKey;

    /** {@code options}: {@code name=value} pairs of {@link EmulatorProcessMain}. */
    RemoteEmulator(String heap, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), EmulatorProcessMain.class.getName()));
        command.addAll(List.of(options));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread reader = new Thread(this::readOutput, "remote-emulator-output");
        reader.setDaemon(true);
        reader.start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        String[] started = answer().split(" ");
        baseUrl = started[1];
        apiKey = started[2];
    }

    String baseUrl() {
        return baseUrl;
    }

    String apiKey() {
        return apiKey;
    }

    void advance(Duration by) {
        ask("advance " + by.toMillis());
    }

    /** Requests the journal holds (since the last {@link #clearJournal()}). */
    long requests() {
        return Long.parseLong(ask("requests"));
    }

    long count(String method, String pathPrefix) {
        return Long.parseLong(ask("count " + method + " " + pathPrefix));
    }

    long creates() {
        return Long.parseLong(ask("creates"));
    }

    void clearJournal() {
        ask("clear");
    }

    private synchronized String ask(String command) {
        commands.println(command);
        return answer();
    }

    private String answer() {
        try {
            String line = answers.poll(5, TimeUnit.MINUTES);
            if (line == null || line.equals(ENDED)) {
                throw new IllegalStateException("the emulator process ended or did not answer");
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith(EmulatorProcessMain.ANSWER)) {
                    answers.add(line.substring(EmulatorProcessMain.ANSWER.length()));
                }
            }
        } catch (IOException e) {
            // the process ended: the waiting caller is told below
        }
        answers.add(ENDED);
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("quit");
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}
