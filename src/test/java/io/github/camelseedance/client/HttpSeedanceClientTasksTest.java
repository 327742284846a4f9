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

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.model.GenerationParameter;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.model.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelseedance.client.WireMockClients.KEY;
import static io.github.camelseedance.client.WireMockClients.STANDARD;
import static io.github.camelseedance.client.WireMockClients.client;
import static io.github.camelseedance.client.WireMockClients.config;
import static io.github.camelseedance.client.WireMockClients.openAiClient;
import static io.github.camelseedance.client.WireMockClients.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** create, get, list and cancel in both dialects, on each provider's task path. */
class HttpSeedanceClientTasksTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockClients.newServer();

    private static final String VIDEOS = SeedanceClientConfig.DEFAULT_VIDEOS_PATH;

    private void assertNoRequest() {
        wm.verify(0, anyRequestedFor(anyUrl()));
        assertTrue(wm.getAllServeEvents().isEmpty());
    }

    // ---- create, official dialect

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = { "POWERTOKENS", "BYTEPLUS", "VOLCENGINE" })
    void createFirstLastFrameOfficial(Provider provider) {
        wm.stubFor(post(urlEqualTo(provider.tasksPath()))
                .willReturn(okJson("{\"id\":\"cgt-1\"}").withHeader("X-Request-Id", "req-create")));
        GenerationRequest request = GenerationRequest.builder().model(STANDARD).prompt("a cat surfing")
                .firstFrame("asset://first").lastFrame("https://media.example/last.png").set(GenerationParameter.RATIO,
                "adaptive").set(GenerationParameter.DURATION, 5)
                .set(GenerationParameter.RESOLUTION, "1080p").set(GenerationParameter.SEED, 7L)
                .set(GenerationParameter.WATERMARK, false).set(GenerationParameter.GENERATE_AUDIO, true)
                .set(GenerationParameter.RETURN_LAST_FRAME, true).build();
        try (BlockingClient client = client(wm, provider)) {
            SeedanceResponse<CreatedTask> answer = client.create(request);
            assertEquals("cgt-1", answer.body().id());
            assertNull(answer.body().status());
            assertEquals("req-create", answer.requestId());
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(provider.tasksPath()))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", containing("application/json"))
                .withHeader("User-Agent", matching("camel-seedance/.+"))
                .withRequestBody(equalToJson("""
                        {"model":"dreamina-seedance-2-0-260128",
                         "content":[
                           {"type":"text","text":"a cat surfing"},
                           {"type":"image_url","image_url":{"url":"asset://first"},"role":"first_frame"},
                           {"type":"image_url","image_url":{"url":"https://media.example/last.png"},"role":"last_frame"}],
                         "ratio":"adaptive","duration":5,"resolution":"1080p","seed":7,"watermark":false,
                         "generate_audio":true,"return_last_frame":true}
                        """)));
    }

    @Test
    void createMultimodalOfficialWithEveryParameter() {
        Provider provider = Provider.BYTEPLUS;
        wm.stubFor(post(urlEqualTo(provider.tasksPath())).willReturn(okJson("{\"id\":\"cgt-2\",\"extra\":1}")));
        GenerationRequest request = GenerationRequest.builder().model(STANDARD).prompt("dance")
                .referenceImage("asset://i1").referenceImage("data:image/png;base64,iVBORw0KGgo=")
                .referenceVideo("https://media.example/v.mp4").referenceAudio("asset://a1").set(GenerationParameter.RATIO,
                "9:16").set(GenerationParameter.DURATION, -1)
                .set(GenerationParameter.RESOLUTION, "720p").set(GenerationParameter.FRAMES, 121)
                .set(GenerationParameter.SEED, 4294967295L).set(GenerationParameter.CAMERA_FIXED, true)
                .set(GenerationParameter.WATERMARK, true).set(GenerationParameter.GENERATE_AUDIO, false)
                .set(GenerationParameter.RETURN_LAST_FRAME, false).set(GenerationParameter.CALLBACK_URL,
                "https://hooks.example/cb").set(GenerationParameter.SERVICE_TIER, "flex")
                .set(GenerationParameter.EXECUTION_EXPIRES_AFTER, 3600L).set(GenerationParameter.PRIORITY, 2)
                .set(GenerationParameter.SAFETY_IDENTIFIER, "user-1").set(GenerationParameter.DRAFT, true)
                .tools(List.of(Map.of("type", "web_search"))).build();
        try (BlockingClient client = client(wm, provider)) {
            assertEquals("cgt-2", client.create(request).body().id());
        }
        LoggedRequest sent = wm.findAll(postRequestedFor(urlEqualTo(provider.tasksPath()))).get(0);
        assertEquals(tree("""
                {"model":"dreamina-seedance-2-0-260128",
                 "content":[
                   {"type":"text","text":"dance"},
                   {"type":"image_url","image_url":{"url":"asset://i1"},"role":"reference_image"},
                   {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="},"role":"reference_image"},
                   {"type":"video_url","video_url":{"url":"https://media.example/v.mp4"},"role":"reference_video"},
                   {"type":"audio_url","audio_url":{"url":"asset://a1"},"role":"reference_audio"}],
                 "ratio":"9:16","duration":-1,"resolution":"720p","frames":121,"seed":4294967295,"camera_fixed":true,
                 "watermark":true,"generate_audio":false,"return_last_frame":false,
                 "callback_url":"https://hooks.example/cb","service_tier":"flex","execution_expires_after":3600,
                 "priority":2,"safety_identifier":"user-1","draft":true,"tools":[{"type":"web_search"}]}
                """), tree(sent.getBody()));
    }

    @Test
    void createFromDraftOfficial() {
        Provider provider = Provider.VOLCENGINE;
        wm.stubFor(post(urlEqualTo(provider.tasksPath())).willReturn(okJson("{\"id\":\"cgt-3\"}")));
        try (BlockingClient client = client(wm, provider)) {
            client.create(GenerationRequest.builder().model(STANDARD).draftTaskId("cgt-draft").build());
        }
        assertEquals(tree("{\"model\":\"" + STANDARD
                + "\",\"content\":[{\"type\":\"draft_task\",\"draft_task\":{\"id\":\"cgt-draft\"}}]}"),
                tree(wm.findAll(postRequestedFor(urlEqualTo(provider.tasksPath()))).get(0).getBody()));
    }

    // ---- create, OpenAI style

    @Test
    void createOpenAiStyleWithTaskIdOnly() {
        wm.stubFor(post(urlEqualTo(VIDEOS))
                .willReturn(okJson("{\"task_id\":\"vt-1\",\"status\":\"pending\"}").withHeader("x-tt-logid", "log-1")));
        GenerationRequest request = GenerationRequest.builder().model(STANDARD).prompt("a cat")
                .referenceImage("asset://i1").referenceVideo("asset://v1").referenceAudio("asset://a1")
                .set(GenerationParameter.DURATION, 5)
                .set(GenerationParameter.RESOLUTION, "720p").set(GenerationParameter.RATIO, "16:9")
                .set(GenerationParameter.SEED, 3L).set(GenerationParameter.WATERMARK, true)
                .set(GenerationParameter.GENERATE_AUDIO, true).set(GenerationParameter.RETURN_LAST_FRAME, false)
                .set(GenerationParameter.SAFETY_IDENTIFIER, "u1").build();
        try (BlockingClient client = openAiClient(wm)) {
            SeedanceResponse<CreatedTask> answer = client.create(request);
            assertEquals("vt-1", answer.body().id());
            assertSame(TaskStatus.QUEUED, answer.body().status());
            assertEquals("log-1", answer.requestId());
        }
        LoggedRequest sent = wm.findAll(postRequestedFor(urlEqualTo(VIDEOS))).get(0);
        assertEquals("Bearer " + KEY, sent.getHeader("Authorization"));
        assertEquals(tree("""
                {"model":"dreamina-seedance-2-0-260128",
                 "media":[{"type":"text","text":"a cat"},
                          {"type":"reference_image","url":"asset://i1"},
                          {"type":"reference_video","url":"asset://v1"},
                          {"type":"reference_audio","url":"asset://a1"}],
                 "seconds":"5","size":"720p","ratio":"16:9","seed":3,"watermark":true,"generate_audio":true,
                 "return_last_frame":false,"safety_identifier":"u1"}
                """), tree(sent.getBody()));
        assertTrue(tree(sent.getBody()).get("seconds").isTextual(), "seconds is a string");
    }

    @Test
    void createOpenAiStyleFramesAndAutoDuration() {
        wm.stubFor(post(urlEqualTo(VIDEOS)).willReturn(okJson("{\"id\":\"vt-2\"}")));
        try (BlockingClient client = openAiClient(wm)) {
            SeedanceResponse<CreatedTask> answer = client.create(GenerationRequest.builder().model(STANDARD)
                    .firstFrame("asset://f").lastFrame("asset://l").set(GenerationParameter.DURATION, -1).build());
            assertEquals("vt-2", answer.body().id());
            assertNull(answer.body().status());
        }
        wm.verify(postRequestedFor(urlEqualTo(VIDEOS)).withRequestBody(equalToJson("""
                {"model":"dreamina-seedance-2-0-260128",
                 "media":[{"type":"first_frame","url":"asset://f"},{"type":"last_frame","url":"asset://l"}],
                 "seconds":"-1"}
                """)));
    }

    @Test
    void createOpenAiStyleWithIdAndTaskIdPrefersId() {
        wm.stubFor(post(urlEqualTo(VIDEOS))
                .willReturn(okJson("{\"id\":\"vt-3\",\"task_id\":\"vt-3\",\"status\":\"queued\"}")));
        try (BlockingClient client = openAiClient(wm)) {
            CreatedTask task = client.create(GenerationRequest.builder().model(STANDARD).prompt("x").build()).body();
            assertEquals("vt-3", task.id());
            assertSame(TaskStatus.QUEUED, task.status());
        }
    }

    @Test
    void openAiStyleRefusesWhatItCannotExpressBeforeAnyRequest() {
        GenerationRequest base = GenerationRequest.builder().model(STANDARD).prompt("x").build();
        Map<String, GenerationRequest> refused = Map.of(
                "callbackUrl", base.toBuilder().set(GenerationParameter.CALLBACK_URL, "https://hooks.example/cb").build(),
                "serviceTier", base.toBuilder().set(GenerationParameter.SERVICE_TIER, "flex").build(),
                "executionExpiresAfter", base.toBuilder().set(GenerationParameter.EXECUTION_EXPIRES_AFTER, 3600L).build(),
                "priority", base.toBuilder().set(GenerationParameter.PRIORITY, 1).build(),
                "frames", base.toBuilder().set(GenerationParameter.FRAMES, 121).build(),
                "cameraFixed", base.toBuilder().set(GenerationParameter.CAMERA_FIXED, true).build(),
                "draft", base.toBuilder().set(GenerationParameter.DRAFT, true).build(),
                "draftTaskId", base.toBuilder().draftTaskId("cgt-d").build(),
                "tools", base.toBuilder().tools(List.of(Map.of("type", "web_search"))).build());
        try (BlockingClient client = openAiClient(wm)) {
            refused.forEach((field, request) -> {
                SeedanceValidationException e = assertThrows(SeedanceValidationException.class,
                        () -> client.create(request));
                assertEquals(field, e.getField());
            });
        }
        assertNoRequest();
    }

    // ---- get

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = { "POWERTOKENS", "BYTEPLUS", "VOLCENGINE" })
    void getOfficial(Provider provider) {
        wm.stubFor(get(urlEqualTo(provider.tasksPath() + "/cgt-1")).willReturn(okJson("""
                {"id":"cgt-1","model":"dreamina-seedance-2-0-260128","status":"succeeded",
                 "content":{"video_url":"https://cdn.example/v.mp4"},"usage":{"completion_tokens":10,"total_tokens":10},
                 "created_at":1,"updated_at":2,"unknown_field":{"a":1}}
                """).withHeader("X-Request-Id", "req-get")));
        try (BlockingClient client = client(wm, provider)) {
            SeedanceResponse<Task> answer = client.get("cgt-1");
            assertEquals("cgt-1", answer.body().id());
            assertSame(TaskStatus.SUCCEEDED, answer.body().status());
            assertEquals("https://cdn.example/v.mp4", answer.body().videoUrl());
            assertEquals(10L, answer.body().usage().totalTokens());
            assertEquals("req-get", answer.requestId());
        }
        wm.verify(exactly(1), getRequestedFor(urlEqualTo(provider.tasksPath() + "/cgt-1"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("User-Agent", matching("camel-seedance/.+")));
    }

    @Test
    void getOpenAiStylePendingIsQueued() {
        wm.stubFor(get(urlEqualTo(VIDEOS + "/vt-1"))
                .willReturn(okJson("{\"id\":\"vt-1\",\"status\":\"pending\",\"model\":\"other-id\"}")));
        try (BlockingClient client = openAiClient(wm)) {
            Task task = client.get("vt-1").body();
            assertSame(TaskStatus.QUEUED, task.status());
            assertEquals("other-id", task.model());
        }
    }

    @Test
    void getUnknownStatusIsKept() {
        Provider provider = Provider.BYTEPLUS;
        wm.stubFor(get(urlEqualTo(provider.tasksPath() + "/cgt-1"))
                .willReturn(okJson("{\"id\":\"cgt-1\",\"status\":\"throttled\"}")));
        try (BlockingClient client = client(wm, provider)) {
            TaskStatus status = client.get("cgt-1").body().status();
            assertEquals("throttled", status.value());
            assertTrue(!status.isKnown());
        }
    }

    @Test
    void getSendsTheTaskIdAsOneSegment() {
        Provider provider = Provider.BYTEPLUS;
        wm.stubFor(get(urlEqualTo(provider.tasksPath() + "/cgt-2026.a_b")).willReturn(okJson("{\"id\":\"cgt-2026.a_b\"}")));
        try (BlockingClient client = client(wm, provider)) {
            assertEquals("cgt-2026.a_b", client.get("cgt-2026.a_b").body().id());
        }
    }

    @Test
    void aBaseUrlWithAPathPrefixesEveryCall() {
        Provider provider = Provider.BYTEPLUS;
        String tasks = "/gateway/seedance" + provider.tasksPath();
        wm.stubFor(post(urlEqualTo(tasks)).willReturn(okJson("{\"id\":\"cgt-5\"}")));
        wm.stubFor(get(urlEqualTo(tasks + "/cgt-5")).willReturn(okJson("{\"id\":\"cgt-5\",\"status\":\"queued\"}")));
        wm.stubFor(delete(urlEqualTo(tasks + "/cgt-5")).willReturn(okJson("{}")));
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config(wm, provider)
                .baseUrl(wm.baseUrl() + "/gateway/seedance/").build()))) {
            assertEquals("cgt-5", client.create(GenerationRequest.builder().prompt("a path prefix").build()).body().id());
            assertEquals(TaskStatus.QUEUED, client.get("cgt-5").body().status());
            client.cancel("cgt-5");
        }
        wm.verify(exactly(1), postRequestedFor(urlEqualTo(tasks)));
        wm.verify(exactly(1), getRequestedFor(urlEqualTo(tasks + "/cgt-5")));
        wm.verify(exactly(1), deleteRequestedFor(urlEqualTo(tasks + "/cgt-5")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/a b", "/tasks?all=1", "/tasks#top", "//evil.example/tasks", "/tasks/%zz", "/t\u00e4sks" })
    void aPathThatIsNotAPlainUrlPathIsRefusedNamingTheOption(String path) {
        SeedanceValidationException refused = assertThrows(SeedanceValidationException.class,
                () -> config(wm, Provider.BYTEPLUS).tasksPath(path).build());
        assertEquals("tasksPath", refused.getField());
        assertTrue(refused.getMessage().contains(path), refused.getMessage());
        assertEquals("assetQueryPath", assertThrows(SeedanceValidationException.class,
                () -> config(wm, Provider.BYTEPLUS).assetQueryPath(path).build()).getField());
        assertNoRequest();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", ".", "..", "...", "a b?c", "../tasks", "a/b", "a%2Fb", "id#frag",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                + "xxxxxxxxxxxxxx" })
    void unsafeTaskIdRefusedBeforeAnyRequest(String id) {
        try (BlockingClient client = client(wm, Provider.BYTEPLUS)) {
            assertEquals("taskId", assertThrows(SeedanceValidationException.class, () -> client.get(id)).getField());
            assertEquals("taskId", assertThrows(SeedanceValidationException.class, () -> client.cancel(id)).getField());
            assertEquals("taskId", assertThrows(SeedanceValidationException.class, () -> client.get(null)).getField());
        }
        assertNoRequest();
    }

    @Test
    void unreadableGetAnswerIsATransportException() {
        Provider provider = Provider.BYTEPLUS;
        wm.stubFor(get(urlEqualTo(provider.tasksPath() + "/cgt-1")).willReturn(okJson("{not json")));
        try (BlockingClient client = client(wm, provider)) {
            TransportException e = assertThrows(TransportException.class, () -> client.get("cgt-1"));
            assertEquals(200, e.getHttpStatus());
        }
    }

    // ---- list

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = { "POWERTOKENS", "BYTEPLUS", "VOLCENGINE" })
    void listWithEveryFilter(Provider provider) {
        wm.stubFor(get(urlPathEqualTo(provider.tasksPath())).willReturn(okJson("""
                {"total":3,"items":[{"id":"t1","status":"queued"},{"id":"t2","status":"running","x":1}]}
                """).withHeader("X-Request-Id", "req-list")));
        TaskQuery query = TaskQuery.builder().pageNum(2).pageSize(50).status(TaskStatus.SUCCEEDED).model(STANDARD)
                .serviceTier("default").taskId("t1").taskId("t2").build();
        try (BlockingClient client = client(wm, provider)) {
            SeedanceResponse<TaskPage> answer = client.list(query);
            assertEquals(3, answer.body().total());
            assertEquals(List.of("t1", "t2"), answer.body().items().stream().map(Task::id).toList());
            assertEquals("req-list", answer.requestId());
        }
        wm.verify(exactly(1), getRequestedFor(urlPathEqualTo(provider.tasksPath()))
                .withQueryParam("page_num", havingExactly("2"))
                .withQueryParam("page_size", havingExactly("50"))
                .withQueryParam("filter.status", havingExactly("succeeded"))
                .withQueryParam("filter.model", havingExactly(STANDARD))
                .withQueryParam("filter.service_tier", havingExactly("default"))
                .withQueryParam("filter.task_ids", havingExactly("t1", "t2"))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
        LoggedRequest sent = wm.findAll(getRequestedFor(urlPathEqualTo(provider.tasksPath()))).get(0);
        assertEquals(6, sent.getQueryParams().size(), sent.getUrl());
    }

    @Test
    void listWithoutFiltersSendsNoQuery() {
        Provider provider = Provider.POWERTOKENS;
        wm.stubFor(get(urlEqualTo(provider.tasksPath())).willReturn(okJson("{\"total\":0,\"items\":[]}")));
        try (BlockingClient client = client(wm, provider)) {
            TaskPage page = client.list(TaskQuery.builder().build()).body();
            assertEquals(0, page.total());
            assertTrue(page.items().isEmpty());
        }
        wm.verify(exactly(1), getRequestedFor(urlEqualTo(provider.tasksPath())));
    }

    @Test
    void invalidListQueryRefusedBeforeAnyRequest() {
        try (BlockingClient client = client(wm, Provider.BYTEPLUS)) {
            assertEquals("pageSize", assertThrows(SeedanceValidationException.class,
                    () -> client.list(TaskQuery.builder().pageSize(0).build())).getField());
            assertEquals("pageNum", assertThrows(SeedanceValidationException.class,
                    () -> client.list(TaskQuery.builder().pageNum(501).build())).getField());
            assertEquals("statusFilter", assertThrows(SeedanceValidationException.class,
                    () -> client.list(TaskQuery.builder().status(TaskStatus.of("paused")).build())).getField());
            assertEquals("taskIds", assertThrows(SeedanceValidationException.class,
                    () -> client.list(TaskQuery.builder().taskId(" ").build())).getField());
        }
        assertNoRequest();
    }

    // ---- cancel

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = { "POWERTOKENS", "BYTEPLUS", "VOLCENGINE" })
    void cancelAnswered200WithEmptyObject(Provider provider) {
        wm.stubFor(delete(urlEqualTo(provider.tasksPath() + "/cgt-1"))
                .willReturn(okJson("{}").withHeader("X-Request-Id", "req-del")));
        try (BlockingClient client = client(wm, provider)) {
            SeedanceResponse<Void> answer = client.cancel("cgt-1");
            assertNull(answer.body());
            assertEquals("req-del", answer.requestId());
        }
        wm.verify(exactly(1), deleteRequestedFor(urlEqualTo(provider.tasksPath() + "/cgt-1"))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void cancelAnswered200WithEmptyBody() {
        Provider provider = Provider.BYTEPLUS;
        wm.stubFor(delete(urlEqualTo(provider.tasksPath() + "/cgt-1")).willReturn(aResponse().withStatus(200)));
        try (BlockingClient client = client(wm, provider)) {
            assertNull(client.cancel("cgt-1").body());
        }
        wm.verify(exactly(1), deleteRequestedFor(urlEqualTo(provider.tasksPath() + "/cgt-1")));
    }

    @Test
    void cancelAnswered204() {
        Provider provider = Provider.VOLCENGINE;
        wm.stubFor(delete(urlEqualTo(provider.tasksPath() + "/cgt-1"))
                .willReturn(aResponse().withStatus(204).withHeader("x-tt-logid", "log-204")));
        try (BlockingClient client = client(wm, provider)) {
            assertEquals("log-204", client.cancel("cgt-1").requestId());
        }
        wm.verify(exactly(1), deleteRequestedFor(urlEqualTo(provider.tasksPath() + "/cgt-1")));
    }

    @Test
    void listAndCancelOnOpenAiStyleAreRefusedWithoutARequest() {
        try (BlockingClient client = openAiClient(wm)) {
            assertEquals("apiStyle", assertThrows(SeedanceValidationException.class,
                    () -> client.list(TaskQuery.builder().build())).getField());
            assertEquals("apiStyle", assertThrows(SeedanceValidationException.class,
                    () -> client.cancel("vt-1")).getField());
        }
        assertNoRequest();
    }

    // ---- headers and configuration

    @Test
    void rawAuthSchemeSendsTheKeyAlone() {
        Provider provider = Provider.POWERTOKENS;
        wm.stubFor(get(urlEqualTo(provider.tasksPath() + "/cgt-1")).willReturn(okJson("{\"id\":\"cgt-1\"}")));
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config(wm, provider).authScheme(AuthScheme.RAW)
                .build()))) {
            client.get("cgt-1");
        }
        wm.verify(getRequestedFor(urlEqualTo(provider.tasksPath() + "/cgt-1")).withHeader("Authorization", equalTo(KEY)));
    }

    @Test
    void userAgentNamesTheClientAndItsVersion() {
        Provider provider = Provider.BYTEPLUS;
        wm.stubFor(get(urlEqualTo(provider.tasksPath() + "/cgt-1")).willReturn(okJson("{\"id\":\"cgt-1\"}")));
        try (BlockingClient client = client(wm, provider)) {
            client.get("cgt-1");
        }
        String agent = wm.findAll(getRequestedFor(urlEqualTo(provider.tasksPath() + "/cgt-1"))).get(0)
                .getHeader("User-Agent");
        assertTrue(agent.startsWith("camel-seedance/"), agent);
        assertTrue(agent.length() > "camel-seedance/".length(), agent);
        assertTrue(!agent.contains("${"), "the version is filtered: " + agent);
    }

    @Test
    void baseUrlWithTrailingSlashAndPathsWithoutLeadingSlash() {
        wm.stubFor(get(urlEqualTo("/custom/tasks/cgt-1")).willReturn(okJson("{\"id\":\"cgt-1\"}")));
        SeedanceClientConfig config = SeedanceClientConfig.builder().provider(Provider.CUSTOM).baseUrl(wm.baseUrl() + "/")
                .tasksPath("custom/tasks/").apiKey(KEY).retryPolicy(WireMockClients.TINY_RETRY).build();
        assertEquals(wm.baseUrl(), config.baseUrl());
        assertEquals("/custom/tasks", config.tasksPath());
        try (BlockingClient client = new BlockingClient(new HttpSeedanceClient(config))) {
            assertEquals("cgt-1", client.get("cgt-1").body().id());
            assertSame(config, client.config());
        }
    }

    @Test
    void providerDefaultsAreUsedWithoutOverrides() {
        for (Provider provider : List.of(Provider.POWERTOKENS, Provider.BYTEPLUS, Provider.VOLCENGINE)) {
            SeedanceClientConfig config = SeedanceClientConfig.builder().provider(provider).apiKey(KEY).build();
            assertEquals(provider.baseUrl(), config.baseUrl());
            assertEquals(provider.tasksPath(), config.tasksPath());
            assertSame(AuthScheme.BEARER, config.authScheme());
            assertSame(ApiStyle.OFFICIAL, config.apiStyle());
        }
        assertThrows(IllegalArgumentException.class,
                () -> SeedanceClientConfig.builder().provider(Provider.CUSTOM).apiKey(KEY).build());
        assertThrows(IllegalArgumentException.class, () -> SeedanceClientConfig.builder().apiKey(" ").build());
        assertThrows(IllegalArgumentException.class, () -> SeedanceClientConfig.builder().build());
    }
}
