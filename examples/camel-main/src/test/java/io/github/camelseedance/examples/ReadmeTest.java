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
package io.github.camelseedance.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the README honest: its test snippet is {@link GeneratesTest} as it is (so it compiles and passes as written),
 * and the camel-seedance dependencies it tells a user to add are exactly the ones this example project declares.
 */
class ReadmeTest {

    private static final Path README = Path.of("../../README.md");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>.*?</dependency>", Pattern.DOTALL);

    @Test
    void theTestSnippetIsGeneratesTestAsItIs() throws IOException {
        String readme = read(README);
        String snippet = block(readme, "```java\nimport java.time.Duration;");
        String test = read(Path.of("src/test/java/io/github/camelseedance/examples/GeneratesTest.java"));
        String withoutPackage = test.substring(test.indexOf("import "));
        assertEquals(withoutPackage.strip(), snippet.strip());
    }

    @Test
    void theDependenciesAreTheOnesThisProjectDeclares() throws IOException {
        List<String> readme = seedanceDependencies(read(README));
        List<String> pom = seedanceDependencies(read(Path.of("pom.xml")));
        assertFalse(readme.isEmpty());
        assertEquals(pom, readme.stream().distinct().toList());
        assertTrue(pom.stream().anyMatch(d -> d.contains("<classifier>emulator</classifier>")));
    }

    /** The text of the fenced block that starts with {@code start}, without its fences. */
    private static String block(String markdown, String start) {
        int from = markdown.indexOf(start);
        assertTrue(from >= 0, "README has a block starting with " + start);
        int body = markdown.indexOf('\n', from) + 1;
        return markdown.substring(body, markdown.indexOf("\n```", body) + 1);
    }

    /** The camel-seedance dependency declarations, whitespace normalised, in order of appearance. */
    private static List<String> seedanceDependencies(String xml) {
        List<String> found = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(xml.replaceAll("(?s)<!--.*?-->", ""));
        while (m.find()) {
            String d = m.group().replaceAll("\\s+", "");
            if (d.contains("<groupId>io.github.camelseedance</groupId>")) {
                found.add(d);
            }
        }
        return found;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
