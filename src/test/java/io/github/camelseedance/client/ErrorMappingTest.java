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
package io.github.camelseedance.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.model.GenerationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelseedance.client.WireMockClients.STANDARD;
import static io.github.camelseedance.client.WireMockClients.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every documented error code and status maps to its exception class, keeping what the server said. */
class ErrorMappingTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockClients.newServer();

    private static final Provider PROVIDER = Provider.BYTEPLUS;
    private static final String TASK = PROVIDER.tasksPath() + "/cgt-1";

    static Stream<Arguments> documentedErrors() {
        return Stream.of(
                Arguments.of(400, "InvalidParameter", InvalidParameterException.class),
                Arguments.of(400, "MissingParameter", InvalidParameterException.class),
                Arguments.of(400, "InputTextSensitiveContentDetected", SensitiveContentException.class),
                Arguments.of(400, "InputImageSensitiveContentDetected", SensitiveContentException.class),
                Arguments.of(400, "InputVideoSensitiveContentDetected", SensitiveContentException.class),
                Arguments.of(401, "AuthenticationError", AuthenticationException.class),
                Arguments.of(403, "AccountOverdueError", PermissionDeniedException.class),
                Arguments.of(403, "AccessDenied", PermissionDeniedException.class),
                Arguments.of(404, "ModelNotOpen", NotFoundException.class),
                Arguments.of(404, "InvalidEndpointOrModel.NotFound", NotFoundException.class),
                Arguments.of(404, "ResourceNotFound", NotFoundException.class),
                Arguments.of(429, "RateLimitExceeded.EndpointRPMExceeded", RateLimitedException.class),
                Arguments.of(429, "ServerOverloaded", RateLimitedException.class),
                Arguments.of(429, "QuotaExceeded", QuotaExceededException.class),
                Arguments.of(429, "SetLimitExceeded", QuotaExceededException.class),
                Arguments.of(500, "InternalServiceError", ServerErrorException.class));
    }

    private static BlockingClient noRetryClient() {
        return new BlockingClient(new HttpSeedanceClient(config(wm, PROVIDER).retryPolicy(RetryPolicy.NONE).build()));
    }

    private static String body(String code) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"the message of " + code
               + "\",\"param\":\"content[0]\",\"type\":\"BadRequest\"},\"extra\":true}";
    }

    private static void assertDetails(SeedanceException e, int status, String code, String requestId) {
        assertEquals(status, e.getHttpStatus());
        assertEquals(code, e.getCode());
        assertEquals("the message of " + code, e.getErrorMessage());
        assertEquals("content[0]", e.getParam());
        assertEquals("BadRequest", e.getType());
        assertEquals(requestId, e.getRequestId());
        assertTrue(e.getMessage().contains(code), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(status)), e.getMessage());
        assertTrue(e.getMessage().contains(requestId), e.getMessage());
    }

    @ParameterizedTest(name = "GET {0} {1}")
    @MethodSource("documentedErrors")
    void getErrorsMapWithEveryDetail(int status, String code, Class<? extends SeedanceException> expected) {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-" + status)
                .withBody(body(code))));
        try (BlockingClient client = noRetryClient()) {
            SeedanceException e = assertThrows(SeedanceException.class, () -> client.get("cgt-1"));
            assertEquals(expected, e.getClass(), e.getMessage());
            assertDetails(e, status, code, "req-" + status);
        }
    }

    @ParameterizedTest(name = "POST {0} {1}")
    @MethodSource("documentedErrors")
    void createErrorsMapWithEveryDetailAndTtLogId(int status, String code, Class<? extends SeedanceException> expected) {
        wm.stubFor(post(urlEqualTo(PROVIDER.tasksPath())).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("x-tt-logid", "log-" + status)
                .withBody(body(code))));
        try (BlockingClient client = noRetryClient()) {
            SeedanceException e = assertThrows(SeedanceException.class,
                    () -> client.create(GenerationRequest.builder().model(STANDARD).prompt("x").build()));
            // a 500 to a create may follow a task created behind a gateway: the outcome is unknown, never "retry"
            Class<?> expectedOnCreate = status == 500 ? OutcomeUnknownException.class : expected;
            assertEquals(expectedOnCreate, e.getClass(), e.getMessage());
            assertDetails(e, status, code, "log-" + status);
        }
    }

    @Test
    void taskNotFoundWithoutBody() {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(404).withHeader("X-Request-Id", "r404")));
        try (BlockingClient client = noRetryClient()) {
            NotFoundException e = assertThrows(NotFoundException.class, () -> client.get("cgt-1"));
            assertEquals(404, e.getHttpStatus());
            assertNull(e.getCode());
            assertEquals("r404", e.getRequestId());
        }
    }

    @Test
    void nonJsonErrorBodyKeepsTheStatus() {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withHeader("X-Request-Id", "r502").withBody("<html><body>Bad Gateway</body></html>")));
        try (BlockingClient client = noRetryClient()) {
            ServerErrorException e = assertThrows(ServerErrorException.class, () -> client.get("cgt-1"));
            assertEquals(502, e.getHttpStatus());
            assertNull(e.getCode());
            assertTrue(e.getErrorMessage().contains("Bad Gateway"), e.getErrorMessage());
            assertEquals("r502", e.getRequestId());
        }
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(400).withBody("bad request")));
        try (BlockingClient client = noRetryClient()) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> client.get("cgt-1"));
            assertEquals(400, e.getHttpStatus());
        }
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(401).withBody("")));
        try (BlockingClient client = noRetryClient()) {
            assertEquals(401, assertThrows(AuthenticationException.class, () -> client.get("cgt-1")).getHttpStatus());
        }
    }

    @Test
    void errorWithoutWrapperKeepsTheStatus() {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(503)
                .withBody("{\"message\":\"overloaded\"}")));
        try (BlockingClient client = noRetryClient()) {
            assertEquals(503, assertThrows(ServerErrorException.class, () -> client.get("cgt-1")).getHttpStatus());
        }
    }

    @Test
    void rateLimitedKeepsRetryAfterInSeconds() {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withBody(body("RateLimitExceeded.EndpointRPMExceeded"))));
        try (BlockingClient client = noRetryClient()) {
            RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.get("cgt-1"));
            assertEquals(Duration.ofSeconds(7), e.getRetryAfter());
        }
    }

    @Test
    void rateLimitedKeepsRetryAfterAsHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(120));
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", date)
                .withBody(body("ServerOverloaded"))));
        try (BlockingClient client = noRetryClient()) {
            RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.get("cgt-1"));
            assertNotNull(e.getRetryAfter());
            assertTrue(e.getRetryAfter().compareTo(Duration.ofSeconds(100)) > 0, e.getRetryAfter().toString());
            assertTrue(e.getRetryAfter().compareTo(Duration.ofSeconds(121)) <= 0, e.getRetryAfter().toString());
        }
    }

    @Test
    void rateLimitedWithoutRetryAfter() {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(429).withBody(body("ServerOverloaded"))));
        try (BlockingClient client = noRetryClient()) {
            assertNull(assertThrows(RateLimitedException.class, () -> client.get("cgt-1")).getRetryAfter());
        }
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "soon")
                .withBody(body("ServerOverloaded"))));
        try (BlockingClient client = noRetryClient()) {
            assertNull(assertThrows(RateLimitedException.class, () -> client.get("cgt-1")).getRetryAfter());
        }
    }

    @Test
    void classifierWithoutStatusUsesTheCode() {
        assertEquals(SensitiveContentException.class, ErrorClassifier.classify(
                new ErrorDetails(200, "OutputVideoSensitiveContentDetected", "m", null, null, null), null).getClass());
        assertEquals(QuotaExceededException.class, ErrorClassifier.classify(
                new ErrorDetails(0, "QuotaExceeded", "m", null, null, null), null).getClass());
        assertEquals(InvalidParameterException.class, ErrorClassifier.classify(
                new ErrorDetails(0, "InvalidParameter", "m", null, null, null), null).getClass());
        assertEquals(SeedanceException.class, ErrorClassifier.classify(
                new ErrorDetails(418, "Teapot", "m", null, null, null), null).getClass());
    }
}
