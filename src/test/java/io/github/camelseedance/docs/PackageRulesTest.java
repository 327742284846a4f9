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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the house (docs/architecture.md), read off the main sources' imports and qualified names: each package
 * uses only the packages below it, the rooms below the root form no circle, and the root's endpoint and component are
 * known below the root only to the producer's and the consumer's constructors (and the webhook handler's).
 */
class PackageRulesTest {

    private static final Path MAIN = Path.of("src/main/java/io/github/camelseedance");
    private static final String OURS = "io.github.camelseedance";
    /** A reference to one of our classes: an import, or a qualified name in code. */
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.github\\.camelseedance((?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*)");
    /** What each package below the root may use besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "client", Set.of("model"),
            "client.http", Set.of("client", "model"),
            "watch", Set.of("client", "model"),
            "metrics", Set.of("client", "model"),
            "runtime", Set.of("watch", "metrics", "client", "client.http", "model", ""),
            "producer", Set.of("runtime", "watch", "metrics", "client", "model", ""),
            "consumer", Set.of("runtime", "watch", "metrics", "client", "model", ""),
            "console", Set.of("runtime", "consumer", "watch", "client", "model", ""),
            "springboot", Set.of(""));
    /** Micrometer is optional: one class names it, loaded only once Micrometer is known to be there. */
    private static final String MICROMETER_USER = "metrics.MicrometerSink";
    /** Faces of the component for other frameworks (a dev console, Spring Boot): they may use all of the root. */
    private static final Set<String> FACES = Set.of("console", "springboot");
    /** The root's classes the rooms may use: its options, header names and enums (the Camel face's vocabulary). */
    private static final Set<String> ROOT_VOCABULARY = Set.of("SeedanceConfiguration", "SeedanceConstants",
            "SeedanceOperations", "SeedanceOutput", "TaskScope");
    /** The classes below the root that Camel's shape lets know their endpoint: what the endpoint creates. */
    private static final Set<String> ENDPOINT_USERS = Set.of("producer.SeedanceProducer", "consumer.SeedanceConsumer",
            "consumer.CallbackReceiver");

    @Test
    void eachPackageUsesOnlyWhatItMay() throws IOException {
        List<String> violations = new ArrayList<>();
        Map<String, Set<String>> uses = uses(violations);
        uses.forEach((from, targets) -> {
            for (String target : targets) {
                String[] parts = target.split("#");
                String pkg = parts[0];
                String type = parts[1];
                String fromPackage = from.substring(0, Math.max(0, from.lastIndexOf('.')));
                if (FACES.contains(pkg) && !fromPackage.equals(pkg)) {
                    violations.add(from + " uses the face " + pkg + "." + type + ": nothing of ours may");
                    continue;
                }
                if (fromPackage.equals(pkg) || fromPackage.isEmpty()) {
                    continue; // itself, or the root, which may use every room
                }
                Set<String> allowed = ALLOWED.get(fromPackage);
                if (allowed == null) {
                    violations.add(from + ": a package the rules do not know (" + fromPackage + ")");
                } else if (!allowed.contains(pkg)) {
                    violations.add(from + " uses " + (pkg.isEmpty() ? "" : pkg + ".") + type);
                } else if (pkg.isEmpty() && !ROOT_VOCABULARY.contains(type) && !FACES.contains(fromPackage)
                           && !(type.equals("SeedanceEndpoint") && ENDPOINT_USERS.contains(from))) {
                    violations.add(from + " uses the root's " + type);
                }
            }
        });
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyTheMicrometerSinkNamesMicrometer() throws IOException {
        List<String> users = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                // a string may name it (the check that it is there): code may not
                String code = withoutComments(Files.readString(file)).replaceAll("'(?:\\\\.|[^'\\\\])'", "''")
                        .replaceAll("\"[^\"\\\\]*(?:\\\\.[^\"\\\\]*)*\"", "\"\"");
                if (code.contains("io.micrometer")) {
                    users.add(MAIN.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", ""));
                }
            }
        }
        assertEquals(List.of(MICROMETER_USER), users);
    }

    @Test
    void theRoomsBelowTheRootFormNoCircle() throws IOException {
        Map<String, Set<String>> graph = new HashMap<>();
        uses(new ArrayList<>()).forEach((from, targets) -> {
            String fromPackage = from.substring(0, Math.max(0, from.lastIndexOf('.')));
            for (String target : targets) {
                String pkg = target.split("#")[0];
                if (!fromPackage.isEmpty() && !pkg.isEmpty() && !pkg.equals(fromPackage)) {
                    graph.computeIfAbsent(fromPackage, k -> new TreeSet<>()).add(pkg);
                }
            }
        });
        for (String start : graph.keySet()) {
            assertTrue(!reaches(graph, start, start, new HashSet<>()), start + " reaches itself: " + graph);
        }
    }

    @Test
    void theRootHoldsTheCamelFaceOnly() throws IOException {
        try (Stream<Path> files = Files.list(MAIN)) {
            long count = files.filter(p -> p.toString().endsWith(".java")).count();
            assertTrue(count <= 10, count + " files in the root package");
        }
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target) || seen.add(next) && reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** For each main class (package.Class, relative to ours), the classes of ours it names (package#Class). */
    private static Map<String, Set<String>> uses(List<String> problems) throws IOException {
        Map<String, Set<String>> uses = new HashMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = MAIN.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                Set<String> targets = new TreeSet<>();
                Matcher m = REFERENCE.matcher(withoutComments(Files.readString(file)));
                while (m.find()) {
                    targets.add((m.group(1).isEmpty() ? "" : m.group(1).substring(1)) + "#" + m.group(2));
                }
                uses.put(relative, targets);
            }
        }
        if (uses.isEmpty()) {
            problems.add("no sources found under " + MAIN.toAbsolutePath());
        }
        return uses;
    }

    /** Javadoc may name any class; only code counts. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
