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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelseedance.model.GenerationParameter;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.GenerationRequestReader;
import io.github.camelseedance.model.Ratios;
import io.github.camelseedance.model.Resolutions;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything about a generation parameter follows from its row in {@link GenerationParameter}: this test derives the
 * option, the header, the type and the wire names from the table and checks them against the catalog JSON, the
 * configuration, the map reader and the request bodies both dialects send. A row added without its option or header,
 * or a dialect writing a name the table does not give, fails here.
 */
class GenerationParameterTableTest extends SeedanceWireMockTestSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<GenerationParameter<?>> parameters() {
        return GenerationParameter.ALL.stream();
    }

    /** A value the row accepts, found from a few candidates of its type: nothing per parameter is written here. */
    static Object sample(GenerationParameter<?> p) {
        List<?> candidates = p.type() == Boolean.class ? List.of(true)
                : p.type() == Integer.class ? List.of(5, 1, -1)
                : p.type() == Long.class ? List.of(42L, 3600L)
                : List.of("16:9", "720p", "https://hooks.example/seedance", "default");
        for (Object candidate : candidates) {
            try {
                checkRaw(p, candidate);
                return candidate;
            } catch (SeedanceValidationException refused) {
                // try the next one
            }
        }
        throw new AssertionError("no sample value for " + p);
    }

    private static <T> void checkRaw(GenerationParameter<T> p, Object value) {
        p.check(p.cast(value));
    }

    @Test
    void everyRowHasItsOptionAndHeaderInTheCatalog() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelseedance/seedance.json")) {
            catalog = MAPPER.readTree(in);
        }
        for (GenerationParameter<?> p : GenerationParameter.ALL) {
            JsonNode option = catalog.at("/properties/" + p.option());
            assertTrue(option.isObject(), "endpoint option " + p.option());
            assertEquals(p.type().getName(), option.path("javaType").asText(), "type of option " + p.option());
            assertTrue(catalog.at("/componentProperties/" + p.option()).isObject(), "component option " + p.option());
            JsonNode header = catalog.at("/headers/" + p.header());
            assertTrue(header.isObject(), "header " + p.header());
            assertEquals(p.type().getSimpleName(), header.path("javaType").asText(), "type of header " + p.header());
            Field field = SeedanceConfiguration.class.getDeclaredField(p.option());
            assertTrue(field.isAnnotationPresent(UriParam.class), p.option());
            assertEquals(p.type(), field.getType(), p.option());
        }
        assertEquals(Ratios.ALL, MAPPER.convertValue(catalog.at("/properties/ratio/enum"), List.class));
        assertEquals(Resolutions.ALL, MAPPER.convertValue(catalog.at("/properties/resolution/enum"), List.class));
        long constants = Stream.of(SeedanceConstants.class.getFields())
                .filter(f -> GenerationParameter.ALL.stream().anyMatch(p -> {
                    try {
                        return p.header().equals(f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })).count();
        assertEquals(GenerationParameter.ALL.size(), constants, "one header constant per row");
    }

    @ParameterizedTest
    @MethodSource("parameters")
    void theMapReaderReadsTheOfficialName(GenerationParameter<?> p) {
        Object value = sample(p);
        GenerationRequest read = GenerationRequestReader.fromMap(Map.of("model", "m", "prompt", "x", p.officialName(), value));
        assertEquals(value, read.get(p));
    }

    @ParameterizedTest
    @MethodSource("parameters")
    void theOptionReachesTheOfficialBodyUnderItsWireName(GenerationParameter<?> p) throws Exception {
        wm.stubFor(post(urlPathEqualTo(TASKS)).willReturn(okJson("{\"id\":\"cgt-1\"}")));
        Object value = sample(p);
        template.requestBody("seedance:create?" + p.option() + "=" + value, "A kitten");
        JsonNode body = lastBody();
        assertEquals(json(value), String.valueOf(body.get(p.officialName())), p + " in " + body);
        assertEquals(GenerationParameter.ALL.stream().filter(q -> body.has(q.officialName())).toList(), List.of(p),
                "only the parameter set is sent");
    }

    @ParameterizedTest
    @MethodSource("parameters")
    void theHeaderOverridesTheOptionInTheOfficialBody(GenerationParameter<?> p) throws Exception {
        wm.stubFor(post(urlPathEqualTo(TASKS)).willReturn(okJson("{\"id\":\"cgt-1\"}")));
        Object value = sample(p);
        template.requestBodyAndHeader("seedance:create", "A kitten", p.header(), value);
        assertEquals(json(value), String.valueOf(lastBody().get(p.officialName())));
    }

    @ParameterizedTest
    @MethodSource("parameters")
    void theOpenAiStyleSendsItsOwnNameOrRefusesTheParameter(GenerationParameter<?> p) throws Exception {
        wm.stubFor(post(urlPathEqualTo("/v1/videos")).willReturn(okJson("{\"id\":\"cgt-1\",\"status\":\"pending\"}")));
        Object value = sample(p);
        Exchange result = template.request("seedance:create?apiStyle=openai", e -> {
            e.getMessage().setBody("A kitten");
            e.getMessage().setHeader(p.header(), value);
        });
        if (p.openAiName() == null) {
            SeedanceValidationException refused = assertInstanceOf(SeedanceValidationException.class,
                    result.getException());
            assertEquals(p.option(), refused.getField());
            assertEquals(0, wm.getAllServeEvents().size(), "refused before anything was sent");
        } else {
            assertEquals(null, result.getException());
            assertEquals(json(openAiValue(p, value)), String.valueOf(lastBody().get(p.openAiName())));
        }
    }

    private static <T> Object openAiValue(GenerationParameter<T> p, Object value) {
        return p.openAiValue(p.cast(value));
    }

    private static String json(Object value) throws Exception {
        return MAPPER.writeValueAsString(value);
    }

    private static JsonNode lastBody() throws Exception {
        List<LoggedRequest> posts = wm.findAll(postRequestedFor(urlPathEqualTo(TASKS)));
        if (posts.isEmpty()) {
            posts = wm.findAll(postRequestedFor(urlPathEqualTo("/v1/videos")));
        }
        assertNotNull(posts);
        return MAPPER.readTree(posts.get(posts.size() - 1).getBodyAsString());
    }
}
