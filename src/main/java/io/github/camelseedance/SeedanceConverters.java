package io.github.camelseedance;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.GenerationRequestReader;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.Converter;

/**
 * Type converters to {@link GenerationRequest}, registered the Camel way (a generated loader): a route can
 * {@code convertBodyTo(GenerationRequest.class)} from a JSON document (text), a {@code Map} (what
 * {@code unmarshal().json()} gives) or a Jackson {@code JsonNode}, with the official JSON names. The map reader refuses
 * unknown keys and wrong types, naming the field, so a typo never drops a paid parameter silently.
 */
@Converter(generateLoader = true)
public final class SeedanceConverters {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
}
