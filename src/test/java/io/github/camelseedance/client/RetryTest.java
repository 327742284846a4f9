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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelseedance.client.WireMockClients.KEY;
import static io.github.camelseedance.client.WireMockClients.STANDARD;
import static io.github.camelseedance.client.WireMockClients.client;
import static io.github.camelseedance.client.WireMockClients.config;
import static io.github.camelseedance.client.WireMockClients.error;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is retried, how often, and what never is (a create that may have been received). */
class RetryTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockClients.newServer();

    private static final Provider PROVIDER = Provider.POWERTOKENS;
    private static final String TASKS = PROVIDER.tasksPath();
    private static final String TASK = TASKS + "/cgt-1";
    private static final GenerationRequest REQUEST = GenerationRequest.builder().model(STANDARD).prompt("x").build();

    /** The first answer is the given one, every later one succeeds. */
    private static void firstThenOk(com.github.tomakehurst.wiremock.client.MappingBuilder request,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first, String okBody) {
        wm.stubFor(request.inScenario("retry").whenScenarioStateIs(Scenario.STARTED).willReturn(first)
                .willSetStateTo("ok"));
        wm.stubFor(copy(request).inScenario("retry").whenScenarioStateIs("ok").willReturn(okJson(okBody)));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder copy(
            com.github.tomakehurst.wiremock.client.MappingBuilder request) {
        // MappingBuilders are mutable: build a fresh one of the same method and URL
        com.github.tomakehurst.wiremock.stubbing.StubMapping mapping = request.build();
        String url = mapping.getRequest().getUrl();
        return "POST".equals(mapping.getRequest().getMethod().getName()) ? post(urlEqualTo(url)) : get(urlEqualTo(url));
    }

    // ---- reads

    @ParameterizedTest
    @ValueSource(ints = { 429, 500, 502, 503, 504 })
    void getRetriedThenSucceeds(int status) {
        firstThenOk(get(urlEqualTo(TASK)), aResponse().withStatus(status).withBody(error("InternalServiceError", "m")),
                "{\"id\":\"cgt-1\"}");
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertEquals("cgt-1", client.get("cgt-1").body().id());
        }
        wm.verify(exactly(2), getRequestedFor(urlEqualTo(TASK)));
    }

    @Test
    void getRetriedTwiceThenSucceeds() {
        wm.stubFor(get(urlEqualTo(TASK)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        wm.stubFor(get(urlEqualTo(TASK)).inScenario("s").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(429).withBody(error("ServerOverloaded", "m"))).willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo(TASK)).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"cgt-1\"}")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertEquals("cgt-1", client.get("cgt-1").body().id());
        }
        wm.verify(exactly(3), getRequestedFor(urlEqualTo(TASK)));
    }

    @Test
    void getGivesUpAfterMaxRetries() {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(503).withHeader("X-Request-Id", "r3")
                .withBody(error("ServerOverloaded", "busy"))));
        try (BlockingClient client = client(wm, PROVIDER)) {
            SeedanceException e = assertThrows(SeedanceException.class, () -> client.get("cgt-1"));
            assertEquals(503, e.getHttpStatus());
            assertEquals("r3", e.getRequestId());
        }
        wm.verify(exactly(3), getRequestedFor(urlEqualTo(TASK)));
    }

    @Test
    void getNotRetriedOnClientErrors() {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(404).withBody(error("NotFound", "m"))));
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertThrows(NotFoundException.class, () -> client.get("cgt-1"));
        }
        wm.verify(exactly(1), getRequestedFor(urlEqualTo(TASK)));
    }

    @Test
    void noRetryPolicyMeansOneAttempt() {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(503)));
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config(wm, PROVIDER)
                .retryPolicy(RetryPolicy.NONE).build()))) {
            assertThrows(ServerErrorException.class, () -> client.get("cgt-1"));
        }
        wm.verify(exactly(1), getRequestedFor(urlEqualTo(TASK)));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE" })
    void getRetriedAfterALostAnswer(Fault fault) {
        firstThenOk(get(urlEqualTo(TASK)), aResponse().withFault(fault), "{\"id\":\"cgt-1\"}");
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertEquals("cgt-1", client.get("cgt-1").body().id());
        }
        wm.verify(exactly(2), getRequestedFor(urlEqualTo(TASK)));
    }

    /**
     * Issue 18: a kept-alive connection the server closed fails a get before any byte of the answer; the get goes
     * again at once on another connection, with no backoff on the clock (ours stands still here).
     */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE" })
    void getOnAConnectionClosedBeforeTheAnswerIsRetriedAtOnce(Fault fault) {
        firstThenOk(get(urlEqualTo(TASK)), aResponse().withFault(fault), "{\"id\":\"cgt-1\"}");
        VirtualClock clock = new VirtualClock();
        try (HttpSeedanceClient client = new HttpSeedanceClient(config(wm, PROVIDER).build(), clock, null)) {
            CompletableFuture<SeedanceResponse<Task>> answer = client.get("cgt-1");
            await().atMost(Duration.ofSeconds(10)).until(answer::isDone);
            assertEquals("cgt-1", answer.join().body().id());
            assertEquals(List.of(), clock.dueTimes(), "no backoff was scheduled");
        }
        wm.verify(exactly(2), getRequestedFor(urlEqualTo(TASK)));
    }

    /** Only the first such retry goes at once: the next waits the policy's backoff, and the retries stay bounded. */
    @Test
    void onlyOneRetryGoesAtOnceThenTheBackoff() {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        VirtualClock clock = new VirtualClock();
        try (HttpSeedanceClient client = new HttpSeedanceClient(config(wm, PROVIDER).build(), clock, null)) {
            CompletableFuture<SeedanceResponse<Task>> answer = client.get("cgt-1");
            await().atMost(Duration.ofSeconds(10)).until(() -> clock.pending() == 1);
            wm.verify(exactly(2), getRequestedFor(urlEqualTo(TASK)));
            assertFalse(answer.isDone());
            clock.advance(Duration.ofSeconds(1));
            await().atMost(Duration.ofSeconds(10)).until(answer::isDone);
            assertTrue(answer.isCompletedExceptionally());
        }
        wm.verify(exactly(3), getRequestedFor(urlEqualTo(TASK)));
    }

    /** A create written to a connection that then closed may have been received: never resent, at once or later. */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE" })
    void aCreateOnAConnectionClosedBeforeTheAnswerIsNotRetriedAtOnce(Fault fault) {
        wm.stubFor(post(urlEqualTo(TASKS)).willReturn(aResponse().withFault(fault)));
        VirtualClock clock = new VirtualClock();
        try (HttpSeedanceClient client = new HttpSeedanceClient(config(wm, PROVIDER).build(), clock, null)) {
            CompletableFuture<SeedanceResponse<CreatedTask>> created = client.create(REQUEST);
            await().atMost(Duration.ofSeconds(10)).until(created::isDone);
            CompletionException e = assertThrows(CompletionException.class, created::join);
            assertInstanceOf(OutcomeUnknownException.class, e.getCause());
            assertEquals(0, clock.pending());
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(TASKS)));
    }

    @Test
    void getSlowerThanTheResponseTimeoutIsATransportExceptionAfterRetries() {
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(okJson("{\"id\":\"cgt-1\"}").withFixedDelay(1500)));
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config(wm, PROVIDER)
                .responseTimeout(Duration.ofMillis(200)).build()))) {
            TransportException e = assertThrows(TransportException.class, () -> client.get("cgt-1"));
            assertEquals(0, e.getHttpStatus());
            assertTrue(e.getMessage().contains("GET"), e.getMessage());
        }
        wm.verify(exactly(3), getRequestedFor(urlEqualTo(TASK)));
    }

    @Test
    void getAgainstAClosedPortIsATransportException() {
        SeedanceClientConfig config = SeedanceClientConfig.builder().provider(PROVIDER)
                .baseUrl("http://127.0.0.1:" + WireMockClients.closedPort()).tasksPath(TASKS).apiKey(KEY)
                .retryPolicy(WireMockClients.TINY_RETRY).build();
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config))) {
            TransportException e = assertThrows(TransportException.class, () -> client.get("cgt-1"));
            assertEquals(0, e.getHttpStatus());
        }
    }

    // ---- creates

    @ParameterizedTest
    @ValueSource(ints = { 429, 503 })
    void createRetriedWhenRefusedWithAnErrorBody(int status) {
        firstThenOk(post(urlEqualTo(TASKS)), aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(error(status == 429 ? "RateLimitExceeded.EndpointRPMExceeded" : "ServerOverloaded", "m")),
                "{\"id\":\"cgt-9\"}");
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertEquals("cgt-9", client.create(REQUEST).body().id());
        }
        wm.verify(exactly(2), postRequestedFor(urlEqualTo(TASKS)));
    }

    @Test
    void createGivesUpAfterMaxRetriesOnRateLimit() {
        wm.stubFor(post(urlEqualTo(TASKS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody(error("RateLimitExceeded.EndpointRPMExceeded", "m"))));
        try (BlockingClient client = client(wm, PROVIDER)) {
            RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.create(REQUEST));
            assertEquals(Duration.ofSeconds(1), e.getRetryAfter());
        }
        wm.verify(exactly(3), postRequestedFor(urlEqualTo(TASKS)));
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 504 })
    void createNotRetriedOnOtherServerErrorsAndItsOutcomeIsUnknown(int status) {
        wm.stubFor(post(urlEqualTo(TASKS)).willReturn(aResponse().withStatus(status)
                .withBody(error("InternalServiceError", "m"))));
        try (BlockingClient client = client(wm, PROVIDER)) {
            OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class, () -> client.create(REQUEST));
            assertEquals(status, e.getHttpStatus());
            assertEquals("InternalServiceError", e.getCode());
            assertNotNull(e.getSentAt());
            assertEquals(REQUEST.model(), e.getModel());
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(TASKS)));
    }

    @Test
    void createAnswered503ByAGatewayRatherThanTheProviderIsNotRetried() {
        wm.stubFor(post(urlEqualTo(TASKS)).willReturn(aResponse().withStatus(503)
                .withBody("{\"code\":503,\"msg\":\"upstream unavailable\"}")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertThrows(OutcomeUnknownException.class, () -> client.create(REQUEST));
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(TASKS)));
    }

    @Test
    void aCreateAnswered502WithAnHtmlPageHasAnUnknownOutcomeThatKeepsTheSnippet() {
        wm.stubFor(post(urlEqualTo(TASKS)).willReturn(aResponse().withStatus(502)
                .withBody("<html><body>Bad Gateway</body></html>")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class, () -> client.create(REQUEST));
            assertEquals(502, e.getHttpStatus());
            assertTrue(e.getMessage().contains("Bad Gateway"), e.getMessage());
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(TASKS)));
    }

    @Test
    void anUploadRefusedByTheAssetLibrarysOwn429IsRetried() {
        wm.stubFor(post(urlEqualTo("/v1/asset/upload")).inScenario("upload").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody("{\"code\":429,\"msg\":\"slow down\"}"))
                .willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo("/v1/asset/upload")).inScenario("upload").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-1\"}}")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertEquals("up-1", client.upload(AssetSource.ofBytes(TestMedia.png(400, 400), "a.png", null), null).body());
        }
        wm.verify(exactly(2), postRequestedFor(urlEqualTo("/v1/asset/upload")));
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 504 })
    void cancelIsNotRetriedOnServerErrors(int status) {
        wm.stubFor(delete(urlEqualTo(TASKS + "/cgt-1")).willReturn(aResponse().withStatus(status)
                .withBody(error("InternalServiceError", "m"))));
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertThrows(ServerErrorException.class, () -> client.cancel("cgt-1"));
        }
        // a second DELETE would remove the record of the task the first one may have cancelled
        wm.verify(exactly(1), deleteRequestedFor(urlEqualTo(TASKS + "/cgt-1")));
    }

    @Test
    void aCancelWhoseAnswerIsLostIsNotResent() {
        wm.stubFor(delete(urlEqualTo(TASKS + "/cgt-1")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (BlockingClient client = client(wm, PROVIDER)) {
            TransportException e = assertThrows(TransportException.class, () -> client.cancel("cgt-1"));
            assertTrue(e.getMessage().contains("may have been applied"), e.getMessage());
        }
        wm.verify(exactly(1), deleteRequestedFor(urlEqualTo(TASKS + "/cgt-1")));
    }

    @ParameterizedTest
    @ValueSource(ints = { 429, 503 })
    void createNotRetriedWhenTheRefusalHasNoErrorBody(int status) {
        // a 503 from a proxy in front of the server says nothing about whether the create got through
        wm.stubFor(post(urlEqualTo(TASKS)).willReturn(aResponse().withStatus(status).withBody("<html>busy</html>")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            SeedanceException e = assertThrows(SeedanceException.class, () -> client.create(REQUEST));
            assertEquals(status, e.getHttpStatus());
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(TASKS)));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE" })
    void createWhoseAnswerIsLostIsOutcomeUnknownAndNeverResent(Fault fault) {
        wm.stubFor(post(urlEqualTo(TASKS)).willReturn(aResponse().withFault(fault)));
        Instant before = Instant.now();
        try (BlockingClient client = client(wm, PROVIDER)) {
            OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class, () -> client.create(REQUEST));
            assertNotNull(e.getSentAt());
            assertFalse(e.getSentAt().isBefore(before));
            assertFalse(e.getSentAt().isAfter(Instant.now()));
            assertEquals(STANDARD, e.getModel());
            assertNotNull(e.getCause());
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(TASKS)));
    }

    @Test
    void createSlowerThanTheResponseTimeoutIsOutcomeUnknownAndNeverResent() {
        wm.stubFor(post(urlEqualTo(TASKS)).willReturn(okJson("{\"id\":\"cgt-1\"}").withFixedDelay(1500)));
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config(wm, PROVIDER)
                .responseTimeout(Duration.ofMillis(200)).build()))) {
            OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class, () -> client.create(REQUEST));
            assertNotNull(e.getSentAt());
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(TASKS)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"id\":", "<html>ok</html>", "{\"status\":\"queued\"}", "" })
    void createWithAnUnreadable200IsOutcomeUnknown(String body) {
        wm.stubFor(post(urlEqualTo(TASKS)).willReturn(aResponse().withStatus(200).withHeader("X-Request-Id", "r200")
                .withBody(body)));
        try (BlockingClient client = client(wm, PROVIDER)) {
            OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class, () -> client.create(REQUEST));
            assertEquals(200, e.getHttpStatus());
            assertEquals("r200", e.getRequestId());
            assertNotNull(e.getSentAt());
            assertEquals(STANDARD, e.getModel());
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(TASKS)));
    }

    @Test
    void createAgainstAClosedPortIsATransportExceptionNotOutcomeUnknown() {
        SeedanceClientConfig config = SeedanceClientConfig.builder().provider(PROVIDER)
                .baseUrl("http://127.0.0.1:" + WireMockClients.closedPort()).tasksPath(TASKS).apiKey(KEY)
                .retryPolicy(WireMockClients.TINY_RETRY).build();
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config))) {
            SeedanceException e = assertThrows(SeedanceException.class, () -> client.create(REQUEST));
            assertEquals(TransportException.class, e.getClass(), e.getMessage());
            assertEquals(0, e.getHttpStatus());
        }
    }

    // ---- Retry-After and backoff

    @Test
    void retryAfterIsCappedByMaxBackoff() {
        firstThenOk(get(urlEqualTo(TASK)), aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withBody(error("ServerOverloaded", "m")), "{\"id\":\"cgt-1\"}");
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> client.get("cgt-1"));
        }
        wm.verify(exactly(2), getRequestedFor(urlEqualTo(TASK)));
    }

    @Test
    void retryAfterIsHonoured() {
        firstThenOk(get(urlEqualTo(TASK)), aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody(error("ServerOverloaded", "m")), "{\"id\":\"cgt-1\"}");
        RetryPolicy policy = new RetryPolicy(1, Duration.ofMillis(1), Duration.ofSeconds(10));
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config(wm, PROVIDER).retryPolicy(policy)
                .build()))) {
            long start = System.nanoTime();
            client.get("cgt-1");
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMillis >= 950, "waited " + elapsedMillis + " ms");
        }
        wm.verify(exactly(2), getRequestedFor(urlEqualTo(TASK)));
    }

    @Test
    void backoffHonoursRetryAfterUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2));
        assertEquals(Duration.ofSeconds(2), policy.backoff(1, Duration.ofSeconds(60)));
        assertEquals(Duration.ofMillis(1500), policy.backoff(1, Duration.ofMillis(1500)));
        assertEquals(Duration.ZERO, policy.backoff(1, Duration.ZERO));
    }

    @Test
    void backoffDoublesWithJitterAndIsCapped() {
        RetryPolicy policy = new RetryPolicy(30, Duration.ofMillis(100), Duration.ofMillis(1000));
        for (int i = 0; i < 50; i++) {
            assertBetween(50, 100, policy.backoff(1, null));
            assertBetween(100, 200, policy.backoff(2, null));
            assertBetween(200, 400, policy.backoff(3, null));
            assertBetween(500, 1000, policy.backoff(5, null));
            assertBetween(500, 1000, policy.backoff(30, null));
        }
        assertEquals(Duration.ZERO, RetryPolicy.NONE.backoff(1, null));
    }

    private static void assertBetween(long min, long max, Duration actual) {
        assertTrue(actual.toMillis() >= min && actual.toMillis() <= max, min + ".." + max + ": " + actual);
    }

    @Test
    void retryPolicyRefusesNegatives() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ofMillis(-1), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ZERO, Duration.ofMillis(-1)));
    }
}
