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

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.GenerationRequestReader;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import org.apache.camel.Converter;

/**
 * Type converters, registered the Camel way (a generated loader). A route can {@code convertBodyTo(GenerationRequest.class)}
 * from a JSON document (text), a {@code Map} (what {@code unmarshal().json()} gives) or a Jackson {@code JsonNode}, with
 * the official JSON names; the map reader refuses unknown keys and wrong types, naming the field, so a typo never drops
 * a paid parameter silently. A {@link Task} or {@link TaskPage} converts to its JSON (the provider's field names, as the
 * provider sent them), and a task's JSON (a stored one, a callback's body) back to a {@link Task}: with this
 * component's own mapper, so that no application-wide Jackson setting changes the wire format.
 */
@Converter(generateLoader = true)
public final class SeedanceConverters {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SeedanceConverters() {
    }

    @Converter
    public static GenerationRequest toGenerationRequest(Map<?, ?> map) {
        return GenerationRequestReader.fromMap(map);
    }

    @Converter
    public static GenerationRequest toGenerationRequest(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new SeedanceValidationException("body", json == null ? null : json.getNodeType(),
                    "a JSON object with the request's fields");
        }
        return GenerationRequestReader.fromMap(MAPPER.convertValue(json, Map.class));
    }

    /** A JSON document; a plain prompt is not JSON and stays a String body (create reads a String as the prompt). */
    @Converter
    public static GenerationRequest toGenerationRequest(String json) {
        try {
            return toGenerationRequest(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new SeedanceValidationException("body", json, "a JSON object with the request's fields ("
                    + e.getOriginalMessage() + ")");
        }
    }

    @Converter
    public static String toJson(Task task) throws JsonProcessingException {
        return MAPPER.writeValueAsString(task);
    }

    @Converter
    public static String toJson(TaskPage page) throws JsonProcessingException {
        return MAPPER.writeValueAsString(page);
    }

    /** A task's JSON, as get answers it or a callback posts it; a body that is not one is refused, naming it. */
    @Converter
    public static Task toTask(String json) {
        try {
            Task task = MAPPER.readValue(json, Task.class);
            if (task == null) {
                throw new SeedanceValidationException("body", json, "a task's JSON object");
            }
            return task;
        } catch (JsonProcessingException e) {
            throw new SeedanceValidationException("body", json, "a task's JSON object (" + e.getOriginalMessage() + ")");
        }
    }
}
