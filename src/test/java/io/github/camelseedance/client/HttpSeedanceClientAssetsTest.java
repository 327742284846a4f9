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

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.model.Asset;
import io.github.camelseedance.model.SeedanceValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelseedance.client.WireMockClients.KEY;
import static io.github.camelseedance.client.WireMockClients.client;
import static io.github.camelseedance.client.WireMockClients.config;
import static io.github.camelseedance.client.WireMockClients.error;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Asset Library: upload, asset id look-up and waiting for it. */
class HttpSeedanceClientAssetsTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockClients.newServer();

    private static final String UPLOAD = SeedanceClientConfig.DEFAULT_ASSET_UPLOAD_PATH;
    private static final String QUERY = SeedanceClientConfig.DEFAULT_ASSET_QUERY_PATH;
    private static final Provider PROVIDER = Provider.POWERTOKENS;

    private static void stubUploadOk() {
        wm.stubFor(post(urlEqualTo(UPLOAD)).willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-1\"}}")
                .withHeader("X-Request-Id", "req-up")));
    }

    private static LoggedRequest onlyUpload() {
        List<LoggedRequest> all = wm.findAll(postRequestedFor(urlEqualTo(UPLOAD)));
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static Request.Part part(LoggedRequest request, String name) {
        return request.getParts().stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
    }

    private static void assertFilePart(LoggedRequest request, String contentType, String fileName, byte[] content) {
        assertTrue(request.getHeader("Content-Type").startsWith("multipart/form-data"), request.getHeader("Content-Type"));
        Request.Part file = part(request, "file");
        assertTrue(file != null, "a part named file");
        assertTrue(file.getHeader("Content-Type").firstValue().startsWith(contentType),
                file.getHeader("Content-Type").firstValue());
        String disposition = file.getHeader("Content-Disposition").firstValue();
        assertTrue(disposition.contains("name=\"file\""), disposition);
        assertTrue(disposition.contains("filename=\"" + fileName + "\""), disposition);
        assertArrayEquals(content, file.getBody().asBytes());
    }

    // ---- upload

    @Test
    void uploadBytesWithGroup() {
        stubUploadOk();
        byte[] mp3 = TestMedia.mp3();
        try (BlockingClient client = client(wm, PROVIDER)) {
            SeedanceResponse<String> answer = client.upload(AssetSource.ofBytes(mp3, "voice.mp3", null), "group-7");
            assertEquals("up-1", answer.body());
            assertEquals("req-up", answer.requestId());
        }
        LoggedRequest sent = onlyUpload();
        assertEquals("Bearer " + KEY, sent.getHeader("Authorization"));
        assertTrue(sent.getHeader("User-Agent").startsWith("camel-seedance/"));
        assertFilePart(sent, "audio/mpeg", "voice.mp3", mp3);
        assertEquals("group-7", part(sent, "group_id").getBody().asString());
        assertEquals(2, sent.getParts().size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  " })
    void uploadWithoutGroupSendsNoGroupPart(String group) {
        stubUploadOk();
        try (BlockingClient client = client(wm, PROVIDER)) {
            client.upload(AssetSource.ofBytes(TestMedia.mp3(), "voice.mp3", null), group);
            client.upload(AssetSource.ofBytes(TestMedia.mp3(), "voice2.mp3", null), null);
        }
        for (LoggedRequest sent : wm.findAll(postRequestedFor(urlEqualTo(UPLOAD)))) {
            assertNull(part(sent, "group_id"));
            assertEquals(1, sent.getParts().size());
        }
    }

    @Test
    void uploadFile(@TempDir Path dir) throws Exception {
        stubUploadOk();
        byte[] png = TestMedia.png(400, 300);
        Path file = dir.resolve("cat.png");
        Files.write(file, png);
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertEquals("up-1", client.upload(AssetSource.ofFile(file, null), null).body());
        }
        assertFilePart(onlyUpload(), "image/png", "cat.png", png);
    }

    @Test
    void uploadFileWithoutExtensionIsSniffed(@TempDir Path dir) throws Exception {
        stubUploadOk();
        Path file = dir.resolve("clip");
        Files.write(file, TestMedia.mp4());
        try (BlockingClient client = client(wm, PROVIDER)) {
            client.upload(AssetSource.ofFile(file, null), "g");
        }
        assertFilePart(onlyUpload(), "video/mp4", "clip", TestMedia.mp4());
    }

    @Test
    void uploadStream() {
        stubUploadOk();
        byte[] wav = TestMedia.wav();
        try (BlockingClient client = client(wm, PROVIDER)) {
            AssetSource source = AssetSource.ofStream(new ByteArrayInputStream(wav), "speech.wav", null);
            assertEquals("up-1", client.upload(source, "g1").body());
        }
        LoggedRequest sent = onlyUpload();
        assertFilePart(sent, "audio/wav", "speech.wav", wav);
        assertEquals("g1", part(sent, "group_id").getBody().asString());
    }

    @Test
    void uploadOfBytesRetriedWhenRefusedWithAnErrorBody() {
        wm.stubFor(post(urlEqualTo(UPLOAD)).inScenario("u").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody(error("RateLimitExceeded", "m"))).willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo(UPLOAD)).inScenario("u").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-2\"}}")));
        byte[] mp3 = TestMedia.mp3();
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertEquals("up-2", client.upload(AssetSource.ofBytes(mp3, "a.mp3", null), null).body());
        }
        List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlEqualTo(UPLOAD)));
        assertEquals(2, sent.size());
        assertFilePart(sent.get(1), "audio/mpeg", "a.mp3", mp3);
    }

    @Test
    void uploadOfAStreamIsNeverRetried() {
        wm.stubFor(post(urlEqualTo(UPLOAD)).willReturn(aResponse().withStatus(429).withBody(error("RateLimitExceeded", "m"))));
        try (BlockingClient client = client(wm, PROVIDER)) {
            AssetSource source = AssetSource.ofStream(new ByteArrayInputStream(TestMedia.wav()), "speech.wav", null);
            assertThrows(RateLimitedException.class, () -> client.upload(source, null));
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(UPLOAD)));
    }

    @Test
    void uploadErrorInsideA200Envelope() {
        wm.stubFor(post(urlEqualTo(UPLOAD)).willReturn(okJson("{\"code\":401,\"msg\":\"invalid key\"}")
                .withHeader("X-Request-Id", "r-env")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> client.upload(AssetSource.ofBytes(TestMedia.mp3(), "a.mp3", null), null));
            assertEquals("invalid key", e.getErrorMessage());
            assertEquals("r-env", e.getRequestId());
        }
    }

    @Test
    void uploadErrorWithTheAssetEnvelopeOnAnHttpError() {
        wm.stubFor(post(urlEqualTo(UPLOAD)).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":40001,\"msg\":\"unsupported file\"}")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> client.upload(AssetSource.ofBytes(TestMedia.mp3(), "a.mp3", null), null));
            assertEquals(400, e.getHttpStatus());
            assertEquals("40001", e.getCode());
            assertEquals("unsupported file", e.getErrorMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"code\":200,\"data\":{}}", "{\"code\":200}", "not json", "" })
    void uploadAnswerWithoutTaskIdIsATransportException(String body) {
        wm.stubFor(post(urlEqualTo(UPLOAD)).willReturn(aResponse().withStatus(200).withBody(body)));
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertThrows(TransportException.class,
                    () -> client.upload(AssetSource.ofBytes(TestMedia.mp3(), "a.mp3", null), null));
        }
    }

    @Test
    void uploadWithAContentTypeThatHasParameters() {
        stubUploadOk();
        try (BlockingClient client = client(wm, PROVIDER)) {
            AssetSource source = AssetSource.ofBytes(TestMedia.mp3(), "a.mp3", "audio/mpeg; rate=44100");
            assertEquals("up-1", client.upload(source, null).body());
        }
        assertTrue(part(onlyUpload(), "file").getHeader("Content-Type").firstValue().startsWith("audio/mpeg"));
    }

    @Test
    void customAssetPaths() {
        wm.stubFor(post(urlEqualTo("/assets/up")).willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-9\"}}")));
        wm.stubFor(get(urlPathEqualTo("/assets/q")).willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"a-9\"}}")));
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config(wm, PROVIDER)
                .assetUploadPath("/assets/up")
                .assetQueryPath("assets/q").build()))) {
            assertEquals("up-9", client.upload(AssetSource.ofBytes(TestMedia.mp3(), "a.mp3", null), null).body());
            assertEquals("a-9", client.findAssetId("up-9"));
        }
        wm.verify(getRequestedFor(urlPathEqualTo("/assets/q")).withQueryParam("task_id", equalTo("up-9")));
    }

    // ---- findAssetId

    @Test
    void findAssetIdSendsNoAuthorization() {
        wm.stubFor(get(urlPathEqualTo(QUERY)).withQueryParam("task_id", equalTo("up-1"))
                .willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"asset-9\"}}")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertEquals("asset-9", client.findAssetId("up-1"));
        }
        wm.verify(exactly(1), getRequestedFor(urlPathEqualTo(QUERY)).withQueryParam("task_id", equalTo("up-1"))
                .withoutHeader("Authorization"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"code\":200,\"data\":{\"asset_id\":\"\"}}", "{\"code\":200,\"data\":{\"asset_id\":null}}",
            "{\"code\":200,\"data\":{}}", "{\"code\":200}", "{\"code\":0,\"data\":{\"asset_id\":\" \"}}" })
    void findAssetIdWhileProcessingIsNull(String body) {
        wm.stubFor(get(urlPathEqualTo(QUERY)).willReturn(okJson(body)));
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertNull(client.findAssetId("up-1"));
        }
    }

    @Test
    void findAssetIdRefusesABlankId() {
        try (BlockingClient client = client(wm, PROVIDER)) {
            assertThrows(SeedanceValidationException.class, () -> client.findAssetId(" "));
        }
        assertTrue(wm.getAllServeEvents().isEmpty());
    }

    // ---- awaitAsset

    @Test
    void awaitAssetReadyAfterSeveralPolls() throws Exception {
        String processing = "{\"code\":200,\"data\":{\"asset_id\":\"\"}}";
        wm.stubFor(get(urlPathEqualTo(QUERY)).inScenario("a").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(processing)).willSetStateTo("p2"));
        wm.stubFor(get(urlPathEqualTo(QUERY)).inScenario("a").whenScenarioStateIs("p2")
                .willReturn(okJson("{\"code\":200,\"data\":{}}")).willSetStateTo("p3"));
        wm.stubFor(get(urlPathEqualTo(QUERY)).inScenario("a").whenScenarioStateIs("p3")
                .willReturn(okJson(processing)).willSetStateTo("ready"));
        wm.stubFor(get(urlPathEqualTo(QUERY)).inScenario("a").whenScenarioStateIs("ready")
                .willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"asset-9\"}}")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            CompletableFuture<Asset> future = client.awaitAsset("up-1", Duration.ofMillis(20), Duration.ofSeconds(20));
            Asset asset = future.get(10, TimeUnit.SECONDS);
            assertEquals(new Asset("asset-9", "up-1"), asset);
            assertEquals("asset://asset-9", asset.url());
        }
        wm.verify(exactly(4), getRequestedFor(urlPathEqualTo(QUERY)).withQueryParam("task_id", equalTo("up-1"))
                .withoutHeader("Authorization"));
    }

    @Test
    void awaitAssetTimesOut() throws Exception {
        wm.stubFor(get(urlPathEqualTo(QUERY)).willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"\"}}")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            CompletableFuture<Asset> future = client.awaitAsset("up-1", Duration.ofMillis(20), Duration.ofMillis(200));
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
            AssetNotReadyException cause = assertInstanceOf(AssetNotReadyException.class, e.getCause());
            assertTrue(cause.getMessage().contains("up-1"), cause.getMessage());
        }
        assertTrue(wm.findAll(getRequestedFor(urlPathEqualTo(QUERY))).size() >= 2);
    }

    @Test
    void awaitAssetFailsOnAnError() {
        wm.stubFor(get(urlPathEqualTo(QUERY)).willReturn(aResponse().withStatus(404).withBody(error("NotFound", "no job"))));
        try (BlockingClient client = client(wm, PROVIDER)) {
            CompletableFuture<Asset> future = client.awaitAsset("up-x", Duration.ofMillis(20), Duration.ofSeconds(20));
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
            assertInstanceOf(NotFoundException.class, e.getCause());
        }
    }

    @Test
    void awaitAssetCancelledByTheCallerStopsPolling() {
        wm.stubFor(get(urlPathEqualTo(QUERY)).willReturn(okJson("{\"code\":200,\"data\":{}}")));
        try (BlockingClient client = client(wm, PROVIDER)) {
            CompletableFuture<Asset> future = client.awaitAsset("up-1", Duration.ofMillis(100), Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> wm.findAll(getRequestedFor(urlPathEqualTo(QUERY))).size() >= 1);
            future.cancel(false);
            int seen = wm.findAll(getRequestedFor(urlPathEqualTo(QUERY))).size();
            await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2))
                    .until(() -> wm.findAll(getRequestedFor(urlPathEqualTo(QUERY))).size() <= seen + 1);
        }
    }

    @Test
    void awaitAssetOnAClosedClientFails() {
        BlockingClient client = client(wm, PROVIDER);
        client.close();
        CompletableFuture<Asset> future = client.awaitAsset("up-1", Duration.ofMillis(10), Duration.ofSeconds(1));
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        assertInstanceOf(SeedanceException.class, e.getCause());
    }

    @Test
    void aRemoteMediumWaitsForTheAccountsSlotBeforeItIsFetched() {
        stubUploadOk();
        wm.stubFor(get(urlEqualTo("/media/cat.png")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withBody(TestMedia.png(400, 400))));
        VirtualClock clock = new VirtualClock();
        try (HttpSeedanceClient client = new HttpSeedanceClient(config(wm, PROVIDER)
                .accountLimits(AccountLimits.of(1, 0)).build(), clock, null)) {
            // the first upload takes the account's slot at once
            client.upload(AssetSource.ofBytes(TestMedia.png(400, 400), "a.png", null), null).join();
            CompletableFuture<SeedanceResponse<String>> remote = client.upload(
                    AssetSource.ofUrl(java.net.URI.create(wm.baseUrl() + "/media/cat.png"), true), null);
            // one request per second: the fetch waits on the clock, nothing was fetched or sent
            await().atMost(Duration.ofSeconds(10)).until(() -> clock.pending() == 1);
            assertEquals(0, wm.findAll(getRequestedFor(urlEqualTo("/media/cat.png"))).size());
            assertEquals(1, wm.findAll(postRequestedFor(urlEqualTo(UPLOAD))).size());
            clock.advance(Duration.ofSeconds(1));
            assertEquals("up-1", remote.join().body());
            assertEquals(1, wm.findAll(getRequestedFor(urlEqualTo("/media/cat.png"))).size());
            assertEquals(2, wm.findAll(postRequestedFor(urlEqualTo(UPLOAD))).size());
        }
    }

    @Test
    void closingTheClientCompletesAPendingAwait() {
        wm.stubFor(get(urlPathEqualTo(QUERY)).willReturn(okJson("{\"code\":200,\"data\":{}}")));
        BlockingClient client = client(wm, PROVIDER);
        CompletableFuture<Asset> future = client.awaitAsset("up-1", Duration.ofSeconds(5), Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> wm.findAll(getRequestedFor(urlPathEqualTo(QUERY))).size() >= 1);
        client.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(3, TimeUnit.SECONDS));
        assertInstanceOf(SeedanceException.class, e.getCause());
    }
}
