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
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps the option and header tables of the component's adoc in step with the generated catalog JSON. Apache Camel
 * renders these tables with {@code include::partial$} on its own site only; outside the Apache tree we render them
 * in the build (phase process-test-classes) between Camel's usual markers.
 */
public final class AdocOptionTables {

    private AdocOptionTables() {
    }

    public static void main(String[] args) throws IOException {
        Path catalog = Path.of(args.length > 0 ? args[0].trim()
                : "src/generated/resources/META-INF/io/github/camelseedance/seedance.json");
        Path adoc = Path.of(args.length > 1 ? args[1].trim() : "src/main/docs/seedance-component.adoc");
        String before = Files.readString(adoc, StandardCharsets.UTF_8);
        String after = render(new ObjectMapper().readTree(catalog.toFile()), before);
        if (!after.equals(before)) {
            Files.writeString(adoc, after, StandardCharsets.UTF_8);
            System.out.println("Updated the option tables of " + adoc);
        }
    }

    /** The adoc with each marked section replaced by the table rendered from the catalog. */
    public static String render(JsonNode catalog, String adoc) {
        String result = replace(adoc, "component options", optionsTable(catalog.get("componentProperties"),
                "The Seedance component supports " + catalog.get("componentProperties").size()
                        + " options, which are listed below."));
        result = replace(result, "endpoint options", endpointTables(catalog.get("properties")));
        return replace(result, "component headers", headersTable(catalog.get("headers")));
    }

    private static String replace(String adoc, String section, String table) {
        String start = "// " + section + ": START";
        String end = "// " + section + ": END";
        int from = adoc.indexOf(start);
        int to = adoc.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("The adoc lacks the markers '" + start + "' and '" + end + "'");
        }
        return adoc.substring(0, from + start.length()) + "\n" + table + adoc.substring(to);
    }

    private static String endpointTables(JsonNode properties) {
        StringBuilder path = new StringBuilder();
        int pathCount = 0;
        int queryCount = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if ("path".equals(e.getValue().path("kind").asText())) {
                pathCount++;
            } else {
                queryCount++;
            }
        }
        path.append("The Seedance endpoint is configured using URI syntax:\n\n----\nseedance:operation\n----\n\n");
        path.append("With the following path and query parameters:\n\n");
        path.append("=== Path Parameters (").append(pathCount).append(" parameters)\n\n");
        path.append(table(properties, true));
        path.append("\n=== Query Parameters (").append(queryCount).append(" parameters)\n\n");
        path.append(table(properties, false));
        return path.toString();
    }

    private static String optionsTable(JsonNode properties, String intro) {
        return intro + "\n\n" + table(properties, null);
    }

    /** @param pathOnly true for path parameters, false for query parameters, null for all */
    private static String table(JsonNode properties, Boolean pathOnly) {
        StringBuilder s = new StringBuilder();
        s.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            boolean isPath = "path".equals(p.path("kind").asText());
            if (pathOnly != null && pathOnly != isPath) {
                continue;
            }
            String description = p.path("description").asText();
            if (p.has("enum")) {
                StringBuilder values = new StringBuilder();
                p.get("enum").forEach(v -> values.append(values.length() == 0 ? "" : ", ").append(v.asText()));
                description += "\n\nEnum values:\n\n* " + values.toString().replace(", ", "\n* ");
            }
            if (p.path("required").asBoolean()) {
                description = "*Required* " + description;
            }
            s.append("| *").append(e.getKey()).append("* (").append(p.path("group").asText()).append(") | ")
                    .append(escape(description)).append(" | ")
                    .append(defaultOf(p)).append(" | ")
                    .append(simpleType(p.path("javaType").asText(), p.path("type").asText())).append('\n');
        }
        return s.append("|===\n").toString();
    }

    /**
     * Camel's tooling writes {@code false} as the default of every boolean option, wrappers included; an unset
     * {@code Boolean} is not sent at all, so the provider's default applies and the table shows none.
     */
    private static String defaultOf(JsonNode p) {
        if (!p.has("defaultValue") || "java.lang.Boolean".equals(p.path("javaType").asText())) {
            return "";
        }
        return escape(p.get("defaultValue").asText());
    }

    private static String headersTable(JsonNode headers) {
        StringBuilder s = new StringBuilder();
        s.append("The Seedance component supports ").append(headers.size())
                .append(" message headers, which are listed below:\n\n");
        s.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode h = e.getValue();
            s.append("| ").append(h.path("important").asBoolean() ? "*" + e.getKey() + "*" : e.getKey())
                    .append(" (").append(h.path("group").asText()).append(")\n`+")
                    .append(h.path("constantName").asText().replaceAll(".*#", "SeedanceConstants.")).append("+`")
                    .append(" | ").append(escape(h.path("description").asText())).append(" | | ")
                    .append(simpleType(h.path("javaType").asText(), "")).append('\n');
        }
        return s.append("|===\n").toString();
    }

    private static String simpleType(String javaType, String type) {
        if ("duration".equals(type)) {
            return "Duration";
        }
        // generic types too: StateRepository<java.lang.String, java.lang.String> as StateRepository<String, String>
        String simple = javaType.replaceAll("[\\w$]+\\.", "");
        return simple.isEmpty() ? type : simple;
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
