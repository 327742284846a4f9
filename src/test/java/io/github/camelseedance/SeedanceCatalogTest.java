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
package io.github.camelseedance;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.docs.AdocOptionTables;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated catalog describes every operation, option and header, and the adoc shows the same tables. */
class SeedanceCatalogTest {

    private static JsonNode catalog;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SeedanceCatalogTest.class
                .getResourceAsStream("/META-INF/io/github/camelseedance/seedance.json")) {
            catalog = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void listsTheOperationsAndTheConsumer() {
        List<String> operations = new ArrayList<>();
        catalog.at("/properties/operation/enum").forEach(op -> operations.add(op.asText()));
        assertEquals(List.of("upload", "create", "generate", "get", "list", "cancel", "download", "watch", "tasks"),
                operations);
        assertTrue(catalog.at("/component/async").asBoolean(), "the producer is asynchronous");
    }

    @Test
    void everyOptionAndHeaderIsInTheCatalogWithADescription() {
        for (Field field : SeedanceConfiguration.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(UriParam.class)) {
                JsonNode option = catalog.at("/properties/" + field.getName());
                assertTrue(option.isObject(), "endpoint option " + field.getName());
                assertTrue(option.path("description").asText().length() > 10, "description of " + field.getName());
                assertTrue(catalog.at("/componentProperties/" + field.getName()).isObject(),
                        "component option " + field.getName());
            }
        }
        int headers = 0;
        // getFields: the generation parameters' headers are inherited from SeedanceConfiguration.GenerationHeaders
        for (Field field : SeedanceConstants.class.getFields()) {
            if (field.isAnnotationPresent(Metadata.class)) {
                headers++;
            }
        }
        assertEquals(headers, catalog.get("headers").size());
        catalog.get("headers").forEach(h -> assertTrue(h.path("description").asText().length() > 10, h.toString()));
        catalog.get("componentProperties").forEach(p -> assertTrue(!p.path("description").asText().isBlank(), p.toString()));
    }

    @Test
    void secretsAreMarkedSecret() {
        assertTrue(catalog.at("/properties/apiKey/secret").asBoolean());
        assertTrue(catalog.at("/componentProperties/apiKey/secret").asBoolean());
    }

    @Test
    void theAdocTablesAreInStepWithTheCatalog() throws Exception {
        String adoc = Files.readString(Path.of("src/main/docs/seedance-component.adoc"), StandardCharsets.UTF_8);
        assertEquals(AdocOptionTables.render(catalog, adoc), adoc,
                "run the build (process-test-classes renders the tables) and commit the adoc");
    }
}
