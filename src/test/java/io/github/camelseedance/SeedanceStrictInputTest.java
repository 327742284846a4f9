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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelseedance.client.AuthenticationException;
import io.github.camelseedance.client.OutcomeUnknownException;
import io.github.camelseedance.client.QuotaExceededException;
import io.github.camelseedance.client.TransportException;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.core5.http.ProtocolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Strict inputs, class by class: values a general converter would narrow, task ids that are dot-segments or more
 * than one segment, base URLs that would move or lose the key, messages that must explain and never echo the key, and
 * the key kept out of the endpoint URI. Every refusal names its field, and WireMock shows no request was sent.
 */
class SeedanceStrictInputTest extends SeedanceWireMockTestSupport {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    /**
     * Refuses requests to one path locally, inside the HTTP client before anything is written, as the client does with
     * a URI it will not send.
     */
    @BindToRegistry("refusingConfigurer")
    private final HttpClientConfigurer refusing = builder -> builder.addRequestInterceptorFirst((request, entity, context) -> {
        if (request.getPath().startsWith("/refused-locally")) {
            throw new ProtocolException("refused locally");
        }
    });

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seedance:create");
                from("direct:get").to("seedance:get");
                from("direct:cancel").to("seedance:cancel");
                from("direct:list").to("seedance:list");
                from("direct:noRetryCreate").to("seedance:create?maxRetries=0");
            }
        };
    }

    // ---- exact conversions of header values

    static Stream<Arguments> lossyHeaders() {
        return Stream.of(
                lossy("create", SeedanceConstants.DURATION, 4_294_967_301L),
                lossy("create", SeedanceConstants.DURATION, Long.MAX_VALUE),
                lossy("create", SeedanceConstants.DURATION, 5.5),
                lossy("create", SeedanceConstants.DURATION, 5.5f),
                lossy("create", SeedanceConstants.DURATION, Double.NaN),
                lossy("create", SeedanceConstants.DURATION, Double.POSITIVE_INFINITY),
                lossy("create", SeedanceConstants.DURATION, "5.5"),
                lossy("create", SeedanceConstants.DURATION, new BigDecimal("6.01")),
                lossy("create", SeedanceConstants.DURATION, List.of(5)),
                lossy("create", SeedanceConstants.SEED, new BigInteger("1180591620717411303424")),
                lossy("create", SeedanceConstants.SEED, 1.5e-3),
                lossy("create", SeedanceConstants.SEED, Double.NaN),
                lossy("create", SeedanceConstants.EXECUTION_EXPIRES_AFTER, 3600.5),
                lossy("create", SeedanceConstants.PRIORITY, 2_147_483_648L),
                lossy("create", SeedanceConstants.WATERMARK, 2),
                lossy("create", SeedanceConstants.WATERMARK, 1),
                lossy("create", SeedanceConstants.WATERMARK, "yes"),
                lossy("create", SeedanceConstants.GENERATE_AUDIO, 0L),
                lossy("create", SeedanceConstants.MODEL, List.of("a", "b")),
                lossy("create", SeedanceConstants.MODEL, 12),
                lossy("create", SeedanceConstants.RATIO, Map.of("w", 16)),
                lossy("create", SeedanceConstants.RESOLUTION, 720),
                lossy("create", SeedanceConstants.PROMPT, new Object()),
                lossy("list", SeedanceConstants.PAGE_SIZE, 4_294_967_306L),
                lossy("list", SeedanceConstants.PAGE_NUM, 1.5),
                lossy("list", SeedanceConstants.STATUS_FILTER, List.of("queued")),
                lossy("get", SeedanceConstants.TASK_ID, 42L),
                lossy("get", SeedanceConstants.TASK_ID, List.of("cgt-1")));
    }

    private static Arguments lossy(String route, String header, Object value) {
        return Arguments.of(route, header, value);
    }

    @ParameterizedTest(name = "[{index}] {1} = {2}")
    @MethodSource("lossyHeaders")
    void aValueThatWouldBeNarrowedIsRefusedNamingTheHeader(String route, String header, Object value) {
        Exchange out = template.request("direct:" + route, e -> {
            e.getMessage().setBody(route.equals("create") ? "A prompt" : null);
            e.getMessage().setHeader(header, value);
        });
        SeedanceValidationException refusal = refusal(out);
        assertEquals(header, refusal.getField(), refusal.getMessage());
        assertNoRequest();
    }

    @ParameterizedTest
    @ValueSource(strings = { "duration=5.5", "duration=4294967301", "seed=1e40", "seed=12.5", "watermark=2",
        "watermark=yes", "generateAudio=1", "pageSize=4294967297", "priority=NaN", "executionExpiresAfter=3600.5",
        "assetTimeout=-5s", "connectTimeout=10x", "maxRetries=2.5", "apiStyle=graphql" })
    void aUriOptionThatWouldBeNarrowedFailsTheRouteStart(String option) {
        String name = option.substring(0, option.indexOf('='));
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad").routeId("bad").to("seedance:create?" + option);
            }
        }), option);
        assertEquals(name, Refusals.causeOf(e).getField(), option);
        assertNoRequest();
    }

    @Test
    void exactValuesOfOtherTypesAreAccepted() {
        wm.stubFor(post(urlPathEqualTo(TASKS)).willReturn(aResponse().withStatus(200).withBody("{\"id\":\"cgt-1\"}")));
        Exchange out = template.request("direct:create", e -> {
            e.getMessage().setBody("A prompt");
            e.getMessage().setHeader(SeedanceConstants.DURATION, 6L);
            e.getMessage().setHeader(SeedanceConstants.SEED, new BigInteger("42"));
            e.getMessage().setHeader(SeedanceConstants.EXECUTION_EXPIRES_AFTER, 7200.0);
            e.getMessage().setHeader(SeedanceConstants.WATERMARK, "false");
        });
        assertEquals(null, out.getException());
        String body = wm.findAll(postRequestedFor(urlPathEqualTo(TASKS))).get(0).getBodyAsString();
        assertTrue(body.contains("\"duration\":6") && body.contains("\"seed\":42")
                   && body.contains("\"execution_expires_after\":7200") && body.contains("\"watermark\":false"), body);
    }

    // ---- ids

    @ParameterizedTest
    @ValueSource(strings = { ".", "..", "...", "../secrets", "a/b", "a\\b", "%2e%2e", "id?x=1", "id#x", "a b", "é" })
    void aTaskIdThatIsNotOneSafeSegmentIsRefused(String id) {
        for (String route : List.of("get", "cancel")) {
            Exchange byHeader = template.request("direct:" + route,
                    e -> e.getMessage().setHeader(SeedanceConstants.TASK_ID, id));
            assertEquals(SeedanceConstants.TASK_ID, refusal(byHeader).getField(), route + " " + id);
            Exchange byBody = template.request("direct:" + route, e -> e.getMessage().setBody(id));
            assertEquals(SeedanceConstants.TASK_ID, refusal(byBody).getField(), route + " " + id);
        }
        Exchange list = template.request("direct:list", e -> e.getMessage().setHeader(SeedanceConstants.TASK_IDS,
                List.of("cgt-1", id)));
        assertEquals(SeedanceConstants.TASK_IDS, refusal(list).getField());
        assertNoRequest();
    }

    @Test
    void moreIdsThanAListPageHoldsAreRefused() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 501; i++) {
            ids.add("cgt-" + i);
        }
        Exchange list = template.request("direct:list", e -> e.getMessage().setHeader(SeedanceConstants.TASK_IDS, ids));
        assertEquals("taskIds", refusal(list).getField());
        assertNoRequest();
    }

    // ---- base URLs

    @ParameterizedTest
    @ValueSource(strings = { "https://user:pass@api.example", "https://api.example/#frag", "https://api.example/?x=1",
        "ftp://api.example", "file:///etc/passwd", "https:api.example", "//api.example", "http://user@127.0.0.1:1" })
    void aBaseUrlThatWouldMoveOrLoseTheKeyFailsTheRouteStart(String baseUrl) {
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad").routeId("bad").to("seedance:create?baseUrl=RAW(" + baseUrl + ")");
            }
        }), baseUrl);
        SeedanceValidationException refusal = Refusals.causeOf(e);
        assertEquals("baseUrl", refusal.getField());
        assertFalse(refusal.getMessage().contains("pass@"), "user-info is not repeated: " + refusal.getMessage());
        assertNoRequest();
    }

    @Test
    void aRequestTheHttpClientRefusesLocallyIsATransportFailureNotAnUnknownOutcome() {
        Exchange refused = template.request("seedance:create?tasksPath=/refused-locally/tasks",
                e -> e.getMessage().setBody("A prompt"));
        TransportException failure = assertInstanceOf(TransportException.class, refused.getException());
        assertEquals(TransportException.class, failure.getClass(), "not an OutcomeUnknownException");
        assertTrue(failure.getMessage().contains("nothing was sent"), failure.getMessage());
        assertNoRequest();
    }

    // ---- messages and retries

    @Test
    void anUnknownOutcomeSaysWhatMayHaveHappenedAndHowToReconcile() {
        wm.stubFor(post(urlPathEqualTo(TASKS)).willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));
        Exchange out = template.request("direct:create", e -> e.getMessage().setBody("A prompt"));
        OutcomeUnknownException lost = assertInstanceOf(OutcomeUnknownException.class, out.getException());
        String message = lost.getMessage();
        assertTrue(message.contains("HTTP 502"), message);
        assertTrue(message.contains("a paid task may have been created"), message);
        assertTrue(message.contains("dreamina-seedance-2-0-260128"), message);
        assertTrue(message.contains(lost.getSentAt().toString()) && message.contains(lost.getFailedAt().toString()),
                message);
        assertTrue(message.contains("seedance:list"), message);
        assertEquals(1, wm.findAll(postRequestedFor(urlPathEqualTo(TASKS))).size(), "never sent twice");
    }

    @Test
    void aServerMessageEchoingTheKeyIsRedactedInTheExceptionAndTheLog() {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"code\":\"AuthenticationError\","
                + "\"message\":\"the API key " + API_KEY + " is invalid\",\"param\":\"" + API_KEY + "\"}}")));
        Exchange out = template.request("direct:get", e -> e.getMessage().setBody("cgt-1"));
        AuthenticationException refused = assertInstanceOf(AuthenticationException.class, out.getException());
        assertFalse(refused.getMessage().contains(API_KEY), refused.getMessage());
        assertFalse(refused.getErrorMessage().contains(API_KEY));
        assertFalse(refused.getParam().contains(API_KEY));
        assertTrue(refused.getMessage().contains("***"), refused.getMessage());
        template.send("direct:get", e -> e.getMessage().setBody("cgt-1")); // Camel logs the failure
        assertFalse(logs.lines().isEmpty());
        logs.lines().forEach(line -> assertFalse(line.contains(API_KEY), line));
    }

    @Test
    void aQuotaIsNotRetried() {
        wm.stubFor(post(urlPathEqualTo(TASKS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody("{\"error\":{\"code\":\"QuotaExceeded\",\"message\":\"too many queued tasks\"}}")));
        Exchange out = template.request("direct:create", e -> e.getMessage().setBody("A prompt"));
        assertInstanceOf(QuotaExceededException.class, out.getException());
        assertEquals(1, wm.findAll(postRequestedFor(urlPathEqualTo(TASKS))).size());
    }

    // ---- the key in an endpoint URI

    @Test
    void aKeyInTheUriStaysOutOfTheEndpointUriAndIsWarnedAboutOnceWithoutTheKey() throws Exception {
        String key = "sk-IN-URI-77f1";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:k1").to("seedance:get?apiKey=" + key);
                from("direct:k2").to("seedance:list?apiKey=RAW(" + key + ")");
            }
        });
        context.getEndpoints().forEach(e -> assertFalse(e.getEndpointUri().contains(key), e.getEndpointUri()));
        context.getEndpoints().forEach(e -> assertFalse(e.toString().contains(key), e.toString()));
        List<String> lines = logs.lines();
        long warnings = lines.stream().filter(l -> l.contains("API key was given in an endpoint URI")).count();
        assertEquals(1, warnings, lines.toString());
        lines.stream().filter(l -> l.startsWith("io.github.camelseedance")).forEach(line -> assertFalse(line.contains(key),
                line));
    }

    // ---- helpers

    private static SeedanceValidationException refusal(Exchange out) {
        Exception failure = out.getException();
        return assertInstanceOf(SeedanceValidationException.class, failure, () -> "expected a refusal, got " + failure);
    }

    private static void assertNoRequest() {
        assertEquals(0, wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathMatching(".*")))
                .size(), "no HTTP request may be sent for bad input");
    }
}
