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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One section of the benchmark report (the contract with {@code BenchMain}): printed to stdout and written to
 * {@code target/bench/NN-name.md}.
 */
final class ScaleReport {

    private final StringBuilder text = new StringBuilder();

    ScaleReport(String title) {
        text.append("## ").append(title).append("\n\n");
    }

    ScaleReport paragraph(String paragraph) {
        text.append(paragraph).append("\n\n");
        return this;
    }

    ScaleReport table(List<String> header, List<List<String>> rows) {
        row(header);
        text.append('|');
        header.forEach(h -> text.append(" --- |"));
        text.append('\n');
        rows.forEach(this::row);
        text.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        text.append('|');
        cells.forEach(c -> text.append(' ').append(c).append(" |"));
        text.append('\n');
    }

    /** Prints the section and writes it to {@code target/bench/<fileName>}. */
    void publish(String fileName) throws IOException {
        String markdown = text.toString();
        System.out.print(markdown);
        System.out.flush();
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(fileName), markdown, StandardCharsets.UTF_8);
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
