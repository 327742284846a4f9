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
package io.github.camelseedance.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Camel's formatter rules that a reader can check without the formatter: no line of our Java sources is longer than 128
 * characters, and none holds a tab. What camel-component-maven-plugin generates (src/generated) is left as it writes it.
 */
class SourceStyleTest {

    private static final int MAX = 128;

    @Test
    void linesAreAtMost128CharactersWithoutTabs() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java", "src/bench/java", "examples")) {
            Path dir = Path.of(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/"))
                        .toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        if (line.length() > MAX || line.indexOf('\t') >= 0) {
                            offenders.add(file + ":" + (i + 1) + " (" + line.length() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
