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
package io.github.camelseedance.springboot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceComponentConfigurer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The Spring Boot properties stay in step with the catalog: the configuration metadata that
 * spring-boot-configuration-processor generated lists every component option of the catalog and nothing else, with
 * the same type, default, description and (for enums) values, and the properties class is what
 * SpringBootPropertiesGenerator writes from the catalog.
 */
class SpringBootMetadataTest {

    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
    /** Camel Spring Boot's switches of the auto-configuration itself. */
    private static final Set<String> SWITCHES = Set.of("enabled", "customizer.enabled");

    private static JsonNode options;
    private static Map<String, JsonNode> properties;
    private static Map<String, List<String>> hints;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        options = json.readTree(SpringBootPropertiesGenerator.CATALOG.toFile()).get("componentProperties");
        JsonNode metadata = json.readTree(METADATA.toFile());
        properties = new HashMap<>();
        metadata.get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
        hints = new HashMap<>();
        metadata.path("hints").forEach(h -> {
            List<String> values = new ArrayList<>();
            h.get("values").forEach(v -> values.add(v.get("value").asText()));
            hints.put(h.get("name").asText(), values);
        });
    }

    @Test
    void everyComponentOptionIsAPropertyAndNothingElse() {
        Set<String> expected = new TreeSet<>();
        options.fieldNames().forEachRemaining(name -> expected.add(key(name)));
        SWITCHES.forEach(s -> expected.add(SpringBootPropertiesGenerator.PREFIX + "." + s));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(properties.keySet());
        Set<String> extra = new TreeSet<>(properties.keySet());
        extra.removeAll(expected);
        assertEquals("", (missing.isEmpty() ? "" : "the metadata lacks " + missing)
                         + (extra.isEmpty() ? "" : " the metadata lists options the catalog has not: " + extra));
        assertEquals(options.size() + SWITCHES.size(), properties.size());
    }

    @Test
    void typesDefaultsDescriptionsAndValuesAgree() {
        List<String> disagreements = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode option = e.getValue();
            JsonNode property = properties.get(key(name));
            if (property == null) {
                continue; // named by everyComponentOptionIsAPropertyAndNothingElse
            }
            String type = property.get("type").asText();
            if (!type.equals(expectedType(option))) {
                disagreements.add(name + ": type " + type + ", the catalog's " + option.get("javaType").asText());
            }
            String expectedDefault = defaultOf(option, name);
            String actualDefault = property.has("defaultValue") ? normalised(option, property.get("defaultValue"))
                    : null;
            if (expectedDefault == null ? actualDefault != null : !expectedDefault.equals(actualDefault)) {
                disagreements.add(name + ": default " + actualDefault + ", the catalog's " + expectedDefault);
            }
            String description = property.path("description").asText();
            if (!description.startsWith(option.get("description").asText())) {
                disagreements.add(name + ": description '" + description + "'");
            }
            if (option.has("enum")) {
                List<String> values = new ArrayList<>();
                option.get("enum").forEach(v -> values.add(v.asText()));
                List<String> offered = hints.get(key(name));
                if (offered == null) {
                    offered = enumConstants(type);
                }
                if (!values.equals(offered)) {
                    disagreements.add(name + ": values " + offered + ", the catalog's " + values);
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void thePropertiesClassIsWhatTheGeneratorWrites() throws IOException {
        assertEquals(SpringBootPropertiesGenerator.propertiesClass(options),
                Files.readString(SpringBootPropertiesGenerator.PROPERTIES, StandardCharsets.UTF_8),
                "run mvn -o -B -q test-compile exec:java@spring-boot-properties after an option changed");
        assertEquals(new ObjectMapper().readTree(SpringBootPropertiesGenerator.HINTS.toFile()),
                SpringBootPropertiesGenerator.hints(options));
    }

    /**
     * Camel's type where the package rules allow it; a String for a bean (its reference) and for an enum of a room
     * below the root (its values are offered as hints).
     */
    private static String expectedType(JsonNode option) {
        String javaType = option.get("javaType").asText();
        return switch (option.get("type").asText()) {
            case "object" -> "java.lang.String";
            case "boolean" -> "java.lang.Boolean";
            case "integer" -> "long".equals(javaType) || "java.lang.Long".equals(javaType)
                    ? "java.lang.Long" : "java.lang.Integer";
            case "number" -> "java.lang.Double";
            case "duration" -> "java.time.Duration";
            case "enum" -> SpringBootPropertiesGenerator.isRootType(javaType) ? javaType : "java.lang.String";
            default -> javaType;
        };
    }

    /**
     * The catalog's default in a comparable form. A Boolean option's catalog default false is Camel's implicit one:
     * unset, the component sends nothing, so the property has no default (checked on a new component).
     */
    private static String defaultOf(JsonNode option, String name) {
        JsonNode d = option.get("defaultValue");
        if (d == null || d.isNull()) {
            return null;
        }
        if (SpringBootPropertiesGenerator.unsetBoolean(option)) {
            assertNull(new SeedanceComponentConfigurer().getOptionValue(new SeedanceComponent(), name, true),
                    name + " is documented as false, yet a new component has it set");
            return null;
        }
        return normalised(option, d);
    }

    private static String normalised(JsonNode option, JsonNode value) {
        return switch (option.get("type").asText()) {
            case "duration" -> value.isNumber() || value.asText().chars().allMatch(Character::isDigit)
                    ? Duration.ofMillis(value.asLong()).toString()
                    : DurationStyle.detectAndParse(value.asText()).toString();
            case "number" -> String.valueOf(value.asDouble());
            default -> value.asText();
        };
    }

    private static List<String> enumConstants(String type) {
        try {
            return Arrays.stream(Class.forName(type).getEnumConstants()).map(String::valueOf).toList();
        } catch (ClassNotFoundException e) {
            return List.of();
        }
    }

    private static String key(String option) {
        return SpringBootPropertiesGenerator.PREFIX + "." + SpringBootPropertiesGenerator.dashed(option);
    }
}
