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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelseedance.model.GenerationParameter;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskStatus;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Camel HTTP and Camel Jackson bring, used in routes: an HttpClientConfigurer from the registry customises the
 * client; an authenticating proxy is set up with Camel HTTP's configurer; JSON, Map and JsonNode bodies convert to a
 * request with the type converters; Task and TaskPage bodies marshal with {@code marshal().json()} in the provider's
 * own JSON shape.
 */
class SeedanceCamelModulesTest extends SeedanceWireMockTestSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    /** Autowired into the component: the one HttpClientConfigurer in the registry. */
    @BindToRegistry("markingConfigurer")
    private final HttpClientConfigurer marking = builder -> builder.addRequestInterceptorFirst(
            (request, entity, context) -> request.addHeader("X-Configured-By", "camel-http"));

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("seedance:get");
                from("direct:json").convertBodyTo(GenerationRequest.class).to("seedance:create");
                from("direct:taskJson").to("seedance:get").marshal().json();
                from("direct:pageJson").to("seedance:list").marshal().json();
                from("direct:taskString").to("seedance:get").convertBodyTo(String.class);
                from("direct:pageString").to("seedance:list").convertBodyTo(String.class);
                from("direct:proxied").to("seedance:get?baseUrl=http://seedance.test&allowInsecureBaseUrl=true"
                                          + "&proxyHost=127.0.0.1&proxyPort=" + proxy.getPort()
                                          + "&proxyUsername=scott&proxyPassword=RAW(t1ger!)");
            }
        };
    }

    @Test
    void anHttpClientConfigurerFromTheRegistryIsApplied() {
        wm.stubFor(get(urlPathEqualTo(TASKS + "/cgt-1")).willReturn(okJson("{\"id\":\"cgt-1\",\"status\":\"running\"}")));
        template.requestBody("direct:get", "cgt-1");
        wm.verify(getRequestedFor(urlPathEqualTo(TASKS + "/cgt-1")).withHeader("X-Configured-By", equalTo("camel-http")));
    }

    @Test
    void anAuthenticatingProxyGetsItsCredentialsWhenItAsks() {
        proxy.stubFor(get(urlPathEqualTo(TASKS + "/cgt-2")).withHeader("Proxy-Authorization", absent()).atPriority(1)
                .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));
        proxy.stubFor(get(urlPathEqualTo(TASKS + "/cgt-2")).atPriority(2)
                .willReturn(okJson("{\"id\":\"cgt-2\",\"status\":\"queued\"}")));
        template.requestBody("direct:proxied", "cgt-2");
        proxy.verify(getRequestedFor(urlPathEqualTo(TASKS + "/cgt-2"))
                .withHeader("Proxy-Authorization", equalTo("Basic c2NvdHQ6dDFnZXIh")));
        String endpoint = context.getEndpoints().stream().filter(e -> e.getEndpointUri().contains("proxyUsername"))
                .findFirst().orElseThrow().getEndpointUri();
        assertFalse(endpoint.contains("t1ger"), endpoint);
    }

    @Test
    void jsonMapAndJsonNodeBodiesConvertToARequest() throws Exception {
        wm.stubFor(post(urlPathEqualTo(TASKS)).willReturn(okJson("{\"id\":\"cgt-3\"}")));
        String json = "{\"model\":\"dreamina-seedance-2-0-fast-260128\",\"prompt\":\"A kitten\",\"duration\":6,"
                      + "\"ratio\":\"9:16\",\"return_last_frame\":true}";
        for (Object body : new Object[] { json, MAPPER.readValue(json, Map.class), MAPPER.readTree(json) }) {
            wm.resetRequests();
            assertEquals("cgt-3", template.requestBody("direct:json", body, String.class));
            JsonNode sent = MAPPER.readTree(wm.findAll(postRequestedFor(urlPathEqualTo(TASKS))).get(0).getBodyAsString());
            assertEquals("dreamina-seedance-2-0-fast-260128", sent.get("model").asText());
            assertEquals(6, sent.get("duration").asInt());
            assertEquals("9:16", sent.get("ratio").asText());
            assertTrue(sent.get("return_last_frame").asBoolean());
            assertEquals("A kitten", sent.at("/content/0/text").asText());
        }
        GenerationRequest converted = context.getTypeConverter().convertTo(GenerationRequest.class, json);
        assertEquals(6, converted.get(GenerationParameter.DURATION));
    }

    @Test
    void aTypoInAJsonBodyIsRefusedNamingTheField() {
        Exchange result = template.request("direct:json",
                e -> e.getMessage().setBody("{\"model\":\"m\",\"prompt\":\"x\",\"durration\":6}"));
        Throwable cause = result.getException();
        while (cause != null && !(cause instanceof SeedanceValidationException)) {
            cause = cause.getCause();
        }
        assertInstanceOf(SeedanceValidationException.class, cause, String.valueOf(result.getException()));
        assertEquals("body.durration", ((SeedanceValidationException) cause).getField());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void taskAndPageBodiesMarshalWithTheProvidersNames() throws Exception {
        String task = "{\"id\":\"cgt-4\",\"model\":\"m\",\"status\":\"succeeded\",\"created_at\":1764410000,"
                      + "\"updated_at\":1764410100,\"content\":{\"video_url\":\"https://files.example/v.mp4\","
                      + "\"last_frame_url\":\"https://files.example/l.png\"},\"usage\":{\"completion_tokens\":108900,"
                      + "\"total_tokens\":108900},\"generate_audio\":true,\"service_tier\":\"default\"}";
        wm.stubFor(get(urlPathEqualTo(TASKS + "/cgt-4")).willReturn(okJson(task)));
        wm.stubFor(get(urlPathEqualTo(TASKS)).willReturn(okJson("{\"total\":1,\"items\":[" + task + "]}")));
        JsonNode single = MAPPER.readTree(template.requestBody("direct:taskJson", "cgt-4", String.class));
        assertEquals(MAPPER.readTree(task), single);
        JsonNode page = MAPPER.readTree(template.requestBody("direct:pageJson", null, String.class));
        assertEquals(1, page.get("total").asInt());
        assertEquals(MAPPER.readTree(task), page.get("items").get(0));
        assertNotNull(page.at("/items/0/content/video_url").textValue());
    }

    /** Camel's own type converters give the same JSON, without camel-jackson and whatever ObjectMapper it is given. */
    @Test
    void taskAndPageBodiesConvertToTheirJsonAndBack() throws Exception {
        String task = "{\"id\":\"cgt-5\",\"model\":\"m\",\"status\":\"failed\",\"created_at\":1764410000,"
                      + "\"error\":{\"code\":\"OutputVideoSensitiveContentDetected\",\"message\":\"no\"},"
                      + "\"usage\":{\"completion_tokens\":0,\"total_tokens\":0},\"future_field\":1}";
        wm.stubFor(get(urlPathEqualTo(TASKS + "/cgt-5")).willReturn(okJson(task)));
        wm.stubFor(get(urlPathEqualTo(TASKS)).willReturn(okJson("{\"total\":1,\"items\":[" + task + "]}")));
        JsonNode expected = MAPPER.readTree(task);
        ((ObjectNode) expected).remove("future_field");

        String single = template.requestBody("direct:taskString", "cgt-5", String.class);
        assertEquals(expected, MAPPER.readTree(single));
        assertEquals(expected, MAPPER.readTree(template.requestBody("direct:pageString", null, String.class)).at("/items/0"));

        Task back = context.getTypeConverter().mandatoryConvertTo(Task.class, single);
        assertEquals("cgt-5", back.id());
        assertEquals(TaskStatus.FAILED, back.status());
        assertEquals("OutputVideoSensitiveContentDetected", back.error().code());
        Exception refused = assertThrows(Exception.class,
                () -> context.getTypeConverter().mandatoryConvertTo(Task.class, "not a task"));
        Throwable cause = refused;
        while (cause != null && !(cause instanceof SeedanceValidationException)) {
            cause = cause.getCause();
        }
        assertInstanceOf(SeedanceValidationException.class, cause, String.valueOf(refused));
        assertEquals("body", ((SeedanceValidationException) cause).getField());
    }
}
