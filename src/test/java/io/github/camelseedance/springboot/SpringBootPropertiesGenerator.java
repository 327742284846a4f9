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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes {@code springboot.SeedanceComponentProperties} and the value hints of
 * {@code additional-spring-configuration-metadata.json} from the catalog's component options. Run it after an option
 * changes ({@code mvn -o -B -q test-compile exec:java@spring-boot-properties}); {@link SpringBootMetadataTest} fails
 * until the properties class is in step with the catalog.
 */
public final class SpringBootPropertiesGenerator {

    static final Path CATALOG = Path.of("src/generated/resources/META-INF/io/github/camelseedance/seedance.json");
    static final Path PROPERTIES = Path.of(
            "src/generated/java/io/github/camelseedance/springboot/SeedanceComponentProperties.java");
    static final Path HINTS = Path.of("src/generated/resources/META-INF/additional-spring-configuration-metadata.json");
    /** A source file whose license header the generated class copies. */
    private static final Path LICENSED = Path.of("src/main/java/io/github/camelseedance/SeedanceComponent.java");
    static final String PREFIX = "camel.component.seedance";
    private static final String ROOT = "io.github.camelseedance.";
    private static final int WIDTH = 116;

    private SpringBootPropertiesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode options = new ObjectMapper().readTree(CATALOG.toFile()).get("componentProperties");
        Files.writeString(PROPERTIES, propertiesClass(options), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        Files.writeString(HINTS, json.writerWithDefaultPrettyPrinter().writeValueAsString(hints(options)) + "\n",
                StandardCharsets.UTF_8);
        System.out.println("Wrote " + PROPERTIES + " and " + HINTS);
    }

    /**
     * The Java type of an option's property: Camel's types where our package rules allow them (the JDK's, the root's
     * enums); a String for enums of the rooms below the root and for beans (a reference, {@code #bean:name}).
     */
    static String propertyType(JsonNode option) {
        String javaType = option.get("javaType").asText();
        String type = option.get("type").asText();
        if ("object".equals(type) || javaType.startsWith(ROOT) && !isRootType(javaType)) {
            return "java.lang.String";
        }
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            default -> javaType;
        };
    }

    static boolean isRootType(String javaType) {
        return javaType.startsWith(ROOT) && javaType.indexOf('.', ROOT.length()) < 0;
    }

    /**
     * Whether the catalog's default is only Camel's implicit {@code false} of a {@code Boolean} option whose unset
     * value means "nothing is sent, the provider's default applies": the property has no default then.
     */
    static boolean unsetBoolean(JsonNode option) {
        return "java.lang.Boolean".equals(option.get("javaType").asText());
    }

    static String propertiesClass(JsonNode options) throws IOException {
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        Set<String> imports = new TreeSet<>();
        Set<String> secrets = new TreeSet<>();
        imports.add("java.util.Set");
        imports.add("org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon");
        imports.add("org.springframework.boot.context.properties.ConfigurationProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode option = e.getValue();
            String qualified = propertyType(option);
            if (option.path("secret").asBoolean()) {
                secrets.add('"' + name + '"');
            }
            if (!qualified.startsWith("java.lang.")) {
                imports.add(qualified);
            }
            String type = qualified.substring(qualified.lastIndexOf('.') + 1);
            fields.append(javadoc("    ", description(option)));
            fields.append("    private ").append(type).append(' ').append(name);
            String initial = initialValue(option, type);
            if (initial != null) {
                fields.append(" = ").append(initial);
            }
            fields.append(";\n");
            String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            accessors.append("\n    public ").append(type).append(" get").append(capital).append("() {\n")
                    .append("        return ").append(name).append(";\n    }\n\n")
                    .append("    public void set").append(capital).append('(').append(type).append(' ').append(name)
                    .append(") {\n        this.").append(name).append(" = ").append(name).append(";\n    }\n");
        }
        String licensed = Files.readString(LICENSED, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(licensed.substring(0, licensed.indexOf("package ")));
        out.append("package io.github.camelseedance.springboot;\n\n");
        List<String> java = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String i : imports) {
            (i.startsWith("java.") ? java : others).add(i);
        }
        java.forEach(i -> out.append("import ").append(i).append(";\n"));
        if (!java.isEmpty()) {
            out.append('\n');
        }
        others.forEach(i -> out.append("import ").append(i).append(";\n"));
        out.append("\n/**\n")
                .append(" * The {@code camel.component.seedance.*} properties of a Spring Boot application: every option\n")
                .append(" * of the component (those of its configuration flat, as in Camel's starters), bound by Spring Boot\n")
                .append(" * and copied onto the component by {@link SeedanceComponentAutoConfiguration}. Beans are given as\n")
                .append(" * references ({@code #bean:name}). Generated from the catalog by SpringBootPropertiesGenerator\n")
                .append(" * (test scope): do not edit.\n */\n")
                .append("@ConfigurationProperties(prefix = \"").append(PREFIX).append("\")\n")
                .append("public class SeedanceComponentProperties extends ComponentConfigurationPropertiesCommon {\n\n")
                .append("    static final String PREFIX = \"").append(PREFIX).append("\";\n")
                .append("    /** The options whose values no message may show. */\n")
                .append("    static final Set<String> SECRETS = Set.of(").append(String.join(", ", secrets)).append(");\n\n")
                .append(javadoc("    ", "Whether to enable auto configuration of the seedance component. This is enabled by"
                                       + " default."))
                .append("    private Boolean enabled;\n")
                .append(fields).append(accessors).append("}\n");
        return out.toString();
    }

    private static String description(JsonNode option) {
        String text = option.get("description").asText();
        String type = option.get("type").asText();
        if ("object".equals(type)) {
            text += " The option is a " + option.get("javaType").asText() + " bean: give its reference, #bean:name.";
        }
        return text;
    }

    private static String initialValue(JsonNode option, String type) {
        JsonNode d = option.get("defaultValue");
        if (d == null || d.isNull() || unsetBoolean(option) || "object".equals(option.get("type").asText())) {
            return null;
        }
        String value = d.asText();
        return switch (type) {
            case "String" -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case "Boolean", "Integer" -> value;
            case "Long" -> value + "L";
            case "Double" -> String.valueOf(Double.parseDouble(value));
            case "Duration" -> duration(Duration.ofMillis(Long.parseLong(value)));
            default -> type + "." + value;
        };
    }

    /** In the largest whole unit, which the configuration processor shows as {@code 30m} or {@code 10s}. */
    private static String duration(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return "Duration.ofDays(" + d.toDays() + ")";
        } else if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
            return "Duration.ofHours(" + d.toHours() + ")";
        } else if (d.toMinutes() > 0 && d.equals(Duration.ofMinutes(d.toMinutes()))) {
            return "Duration.ofMinutes(" + d.toMinutes() + ")";
        } else if (d.toSeconds() > 0 && d.equals(Duration.ofSeconds(d.toSeconds()))) {
            return "Duration.ofSeconds(" + d.toSeconds() + ")";
        }
        return "Duration.ofMillis(" + d.toMillis() + ")";
    }

    private static String javadoc(String indent, String text) {
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && indent.length() + 3 + line.length() + 1 + word.length() > WIDTH) {
                out.append(indent).append(" * ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        out.append(indent).append(" * ").append(line).append('\n');
        return out.append(indent).append(" */\n").toString();
    }

    /** Value hints of the enum options whose property is a String, so that an IDE completes their values. */
    static ObjectNode hints(JsonNode options) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode hints = root.putArray("hints");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode option = e.getValue();
            if (option.has("enum") && "java.lang.String".equals(propertyType(option))) {
                ObjectNode hint = hints.addObject();
                hint.put("name", PREFIX + "." + dashed(e.getKey()));
                ArrayNode values = hint.putArray("values");
                option.get("enum").forEach(v -> values.addObject().put("value", v.asText()));
            }
        }
        return root;
    }

    static String dashed(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
