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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.camelseedance.client.NotFoundException;
import io.github.camelseedance.model.GenerationParameter;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskStatus;
import io.github.camelseedance.runtime.RuntimeProbe;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class SeedanceProducerTest extends SeedanceWireMockTestSupport {

    private static final String TASK_JSON = """
            {"id":"cgt-1","model":"dreamina-seedance-2-0-260128","status":"succeeded",
             "content":{"video_url":"https://files.example/v.mp4","last_frame_url":"https://files.example/l.png"},
             "usage":{"completion_tokens":108900,"total_tokens":108900},"seed":7,"resolution":"720p","ratio":"16:9",
             "duration":5,"framespersecond":24,"created_at":1760000000,"updated_at":1760000100,"brand_new_field":{"x":1}}""";

    @TempDir
    Path dir;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seedance:create?ratio=16:9&duration=5");
                from("direct:get").to("seedance:get");
                from("direct:list").to("seedance:list?pageSize=50");
                from("direct:cancel").to("seedance:cancel");
                from("direct:upload").to("seedance:upload?groupId=g-1");
                from("direct:openai").to("seedance:create?apiStyle=openai&resolution=720p&duration=5");
                from("direct:dynamic").to("seedance:get");
                from("direct:chain").to("seedance:get").to("seedance:get");
                from("direct:accountB").to("seedance:create?apiKey=sk-other-account&duration=5");
            }
        };
    }

    @Test
    void createSendsTheOfficialBodyAndAnswersTheTaskId() {
        wm.stubFor(post(TASKS).willReturn(okJson("{\"id\":\"cgt-42\"}").withHeader("X-Request-Id", "req-1")));

        Exchange out = template.request("direct:create", e -> e.getMessage().setBody("A kitten on grass"));

        assertEquals("cgt-42", out.getMessage().getBody());
        assertEquals("cgt-42", out.getMessage().getHeader(SeedanceConstants.TASK_ID));
        assertEquals("req-1", out.getMessage().getHeader(SeedanceConstants.REQUEST_ID));
        wm.verify(postRequestedFor(urlEqualTo(TASKS))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withHeader("User-Agent", matching("camel-seedance/.+"))
                .withRequestBody(equalToJson("""
                        {"model":"dreamina-seedance-2-0-260128",
                         "content":[{"type":"text","text":"A kitten on grass"}],
                         "ratio":"16:9","duration":5}""")));
    }

    @Test
    void headersOverrideOptionsAndCarryMedia() {
        wm.stubFor(post(TASKS).willReturn(okJson("{\"id\":\"cgt-43\"}")));

        template.send("direct:create", e -> {
            e.getMessage().setBody("Smooth transition");
            e.getMessage().setHeader(SeedanceConstants.MODEL, "dreamina-seedance-2-0-fast-260128");
            e.getMessage().setHeader(SeedanceConstants.DURATION, "8");
            e.getMessage().setHeader(SeedanceConstants.RATIO, "adaptive");
            e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, "asset-first");
            e.getMessage().setHeader(SeedanceConstants.LAST_FRAME, "asset://asset-last");
            e.getMessage().setHeader(SeedanceConstants.RETURN_LAST_FRAME, true);
            e.getMessage().setHeader(SeedanceConstants.SEED, 4294967295L);
        });

        wm.verify(postRequestedFor(urlEqualTo(TASKS)).withRequestBody(equalToJson("""
                {"model":"dreamina-seedance-2-0-fast-260128",
                 "content":[{"type":"text","text":"Smooth transition"},
                   {"type":"image_url","image_url":{"url":"asset://asset-first"},"role":"first_frame"},
                   {"type":"image_url","image_url":{"url":"asset://asset-last"},"role":"last_frame"}],
                 "ratio":"adaptive","duration":8,"seed":4294967295,"return_last_frame":true}""")));
    }

    @Test
    void aMapBodyIsTheWholeRequestAndARequestObjectToo() {
        wm.stubFor(post(TASKS).willReturn(okJson("{\"id\":\"cgt-44\"}")));

        template.sendBody("direct:create", Map.of("model", "doubao-seedance-2-0-260128", "prompt", "Waves",
                "content", List.of(Map.of("type", "image_url", "image_url", Map.of("url", "asset://ref-1"),
                        "role", "reference_image")),
                "generate_audio", true, "resolution", "1080p"));
        wm.verify(postRequestedFor(urlEqualTo(TASKS)).withRequestBody(equalToJson("""
                {"model":"doubao-seedance-2-0-260128",
                 "content":[{"type":"text","text":"Waves"},
                   {"type":"image_url","image_url":{"url":"asset://ref-1"},"role":"reference_image"}],
                 "ratio":"16:9","duration":5,"resolution":"1080p","generate_audio":true}""")));

        wm.resetRequests();
        template.sendBody("direct:create", GenerationRequest.builder().prompt("Rain").set(GenerationParameter.DURATION, -1)
                .build());
        wm.verify(postRequestedFor(urlEqualTo(TASKS)).withRequestBody(equalToJson("""
                {"model":"dreamina-seedance-2-0-260128","content":[{"type":"text","text":"Rain"}],
                 "ratio":"16:9","duration":-1}""")));
    }

    @Test
    void getAnswersTheTaskWithHeaders() {
        wm.stubFor(get(TASKS + "/cgt-1").willReturn(okJson(TASK_JSON).withHeader("X-Request-Id", "req-2")));

        Exchange out = template.request("direct:get", e -> e.getMessage().setHeader(SeedanceConstants.TASK_ID, "cgt-1"));

        Task task = out.getMessage().getBody(Task.class);
        assertEquals(TaskStatus.SUCCEEDED, task.status());
        assertEquals("succeeded", out.getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        assertEquals("https://files.example/v.mp4", out.getMessage().getHeader(SeedanceConstants.VIDEO_URL));
        assertEquals("https://files.example/l.png", out.getMessage().getHeader(SeedanceConstants.LAST_FRAME_URL));
        assertEquals(108900L, out.getMessage().getHeader(SeedanceConstants.TOTAL_TOKENS));
        assertEquals(108900L, out.getMessage().getHeader(SeedanceConstants.COMPLETION_TOKENS));
        assertEquals("req-2", out.getMessage().getHeader(SeedanceConstants.REQUEST_ID));
        assertNull(out.getMessage().getHeader(SeedanceConstants.ERROR_CODE));
    }

    @Test
    void getOfAFailedTaskCarriesItsErrorAndAStringBodyIsTheId() {
        wm.stubFor(get(TASKS + "/cgt-9").willReturn(okJson("""
                {"id":"cgt-9","status":"failed","error":{"code":"OutputVideoSensitiveContentDetected","message":"no"}}""")));

        Exchange out = template.request("direct:get", e -> e.getMessage().setBody("cgt-9"));

        assertEquals("failed", out.getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        assertEquals("OutputVideoSensitiveContentDetected", out.getMessage().getHeader(SeedanceConstants.ERROR_CODE));
        assertNull(out.getMessage().getHeader(SeedanceConstants.VIDEO_URL));
    }

    @Test
    void getOfAnUnknownTaskFailsWithNotFound() {
        wm.stubFor(get(TASKS + "/nope").willReturn(aResponse().withStatus(404).withHeader("X-Request-Id", "req-404")
                .withBody("{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"task not found\"}}")));

        CamelExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(CamelExecutionException.class,
                () -> template.sendBody("direct:get", "nope"));
        NotFoundException cause = assertInstanceOf(NotFoundException.class, e.getCause());
        assertEquals("req-404", cause.getRequestId());
        assertEquals(404, cause.getHttpStatus());
    }

    @Test
    void listSendsPageAndRepeatedTaskIdFilters() {
        wm.stubFor(get(urlPathEqualTo(TASKS)).willReturn(okJson("{\"total\":2,\"items\":[" + TASK_JSON + ","
                                                                 + TASK_JSON.replace("cgt-1", "cgt-2") + "]}")));

        Exchange out = template.request("direct:list", e -> {
            e.getMessage().setHeader(SeedanceConstants.TASK_IDS, List.of("cgt-1", "cgt-2"));
            e.getMessage().setHeader(SeedanceConstants.STATUS_FILTER, "succeeded");
        });

        TaskPage page = out.getMessage().getBody(TaskPage.class);
        assertEquals(2, page.items().size());
        assertEquals(2L, out.getMessage().getHeader(SeedanceConstants.TOTAL));
        wm.verify(getRequestedFor(urlPathEqualTo(TASKS))
                .withQueryParam("page_size", equalTo("50"))
                .withQueryParam("filter.status", equalTo("succeeded"))
                .withQueryParam("filter.task_ids", havingExactly("cgt-1", "cgt-2")));
    }

    @Test
    void cancelSendsDeleteAndAcceptsAnEmptyObject() {
        wm.stubFor(delete(TASKS + "/cgt-5").willReturn(okJson("{}")));

        Exchange out = template.request("direct:cancel", e -> e.getMessage().setHeader(SeedanceConstants.TASK_ID, "cgt-5"));

        assertEquals("cgt-5", out.getMessage().getBody());
        wm.verify(deleteRequestedFor(urlEqualTo(TASKS + "/cgt-5")));
    }

    @Test
    void uploadStreamsTheFileThenAwaitsTheAssetId() throws Exception {
        Path image = dir.resolve("frame.png");
        Files.write(image, TestImages.png(640, 360));
        stubAssetFlow("up-1", "asset-77");

        Exchange out = template.request("direct:upload", e -> e.getMessage().setBody(image.toFile()));

        assertEquals("asset-77", out.getMessage().getBody());
        assertEquals("asset-77", out.getMessage().getHeader(SeedanceConstants.ASSET_ID));
        assertEquals("up-1", out.getMessage().getHeader(SeedanceConstants.UPLOAD_TASK_ID));
        wm.verify(postRequestedFor(urlEqualTo("/v1/asset/upload"))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Type", equalTo("image/png")).build())
                .withRequestBodyPart(aMultipart("group_id").build()));
        wm.verify(getRequestedFor(urlPathEqualTo("/v1/asset/jobs/get-asset-id")).withoutHeader("Authorization"));
    }

    @Test
    void aLocalFirstFrameIsUploadedOnceThenSentAsAnAsset() throws Exception {
        Path image = dir.resolve("first.png");
        Files.write(image, TestImages.png(640, 360));
        stubAssetFlow("up-2", "asset-88");
        wm.stubFor(post(TASKS).willReturn(okJson("{\"id\":\"cgt-50\"}")));

        for (int i = 0; i < 2; i++) {
            Exchange out = template.request("direct:create", e -> {
                e.getMessage().setBody("Camera pushes in");
                e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, image);
            });
            assertEquals("cgt-50", out.getMessage().getBody());
        }

        // the same bytes are uploaded once; both creates use the asset
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/asset/upload")));
        wm.verify(2, postRequestedFor(urlEqualTo(TASKS)).withRequestBody(equalToJson("""
                {"model":"dreamina-seedance-2-0-260128",
                 "content":[{"type":"text","text":"Camera pushes in"},
                   {"type":"image_url","image_url":{"url":"asset://asset-88"},"role":"first_frame"}],
                 "ratio":"16:9","duration":5}""")));
    }

    @Test
    void stagedMediaKeepTheirPlaceAmongTheOthers() throws Exception {
        Path second = dir.resolve("second.png");
        Files.write(second, TestImages.png(700, 400));
        stubAssetFlow("up-3", "asset-second");
        wm.stubFor(post(TASKS).willReturn(okJson("{\"id\":\"cgt-51\"}")));

        template.send("direct:create", e -> {
            e.getMessage().setBody("[Image 1] walks into [Image 2], then [Image 3]");
            e.getMessage().setHeader(SeedanceConstants.REFERENCE_IMAGES, List.of("asset://first", second, "third"));
        });

        wm.verify(postRequestedFor(urlEqualTo(TASKS)).withRequestBody(equalToJson("""
                {"model":"dreamina-seedance-2-0-260128",
                 "content":[{"type":"text","text":"[Image 1] walks into [Image 2], then [Image 3]"},
                   {"type":"image_url","image_url":{"url":"asset://first"},"role":"reference_image"},
                   {"type":"image_url","image_url":{"url":"asset://asset-second"},"role":"reference_image"},
                   {"type":"image_url","image_url":{"url":"asset://third"},"role":"reference_image"}],
                 "ratio":"16:9","duration":5}""")));
    }

    @Test
    void openAiStyleSendsMediaSecondsAndSize() {
        wm.stubFor(post("/v1/videos").willReturn(okJson("{\"id\":\"v-1\",\"task_id\":\"v-1\",\"status\":\"pending\"}")));

        Exchange out = template.request("direct:openai", e -> {
            e.getMessage().setBody("Kitten");
            e.getMessage().setHeader(SeedanceConstants.REFERENCE_IMAGES, List.of("asset://a", "asset://b"));
        });

        assertEquals("v-1", out.getMessage().getBody());
        assertEquals("queued", out.getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        wm.verify(postRequestedFor(urlEqualTo("/v1/videos")).withRequestBody(equalToJson("""
                {"model":"dreamina-seedance-2-0-260128",
                 "media":[{"type":"text","text":"Kitten"},{"type":"reference_image","url":"asset://a"},
                          {"type":"reference_image","url":"asset://b"}],
                 "seconds":"5","size":"720p"}""")));
    }

    @Test
    void theOperationHeaderOverridesTheUri() {
        wm.stubFor(delete(TASKS + "/cgt-6").willReturn(aResponse().withStatus(200)));

        Exchange out = template.request("direct:dynamic", e -> {
            e.getMessage().setHeader(SeedanceConstants.OPERATION, "cancel");
            e.getMessage().setBody("cgt-6");
        });

        assertFalse(out.isFailed());
        wm.verify(deleteRequestedFor(urlEqualTo(TASKS + "/cgt-6")));
    }

    @Test
    void theOperationHeaderServesOneEndpointOnly() {
        wm.stubFor(delete(TASKS + "/cgt-7").willReturn(okJson("{}")));
        wm.stubFor(get(TASKS + "/cgt-7").willReturn(okJson("{\"id\":\"cgt-7\",\"status\":\"cancelled\"}")));

        Exchange out = template.request("direct:chain", e -> {
            e.getMessage().setHeader(SeedanceConstants.OPERATION, "cancel");
            e.getMessage().setBody("cgt-7");
        });

        assertEquals("cancelled", out.getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        wm.verify(1, deleteRequestedFor(urlEqualTo(TASKS + "/cgt-7")));
        wm.verify(1, getRequestedFor(urlEqualTo(TASKS + "/cgt-7")));
    }

    @Test
    void anAssetUploadedForOneAccountIsNotReusedForAnother() throws Exception {
        Path image = dir.resolve("shared.png");
        Files.write(image, TestImages.png(640, 360));
        stubAssetFlow("up-4", "asset-4");
        wm.stubFor(post(TASKS).willReturn(okJson("{\"id\":\"cgt-60\"}")));

        for (String route : List.of("direct:create", "direct:accountB")) {
            template.send(route, e -> {
                e.getMessage().setBody("Same image, two accounts");
                e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, image);
            });
        }

        wm.verify(1, postRequestedFor(urlEqualTo("/v1/asset/upload")).withHeader("Authorization", equalTo("Bearer "
                + API_KEY)));
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/asset/upload"))
                .withHeader("Authorization", equalTo("Bearer sk-other-account")));
    }

    @Test
    void whenOneStagedMediumFailsTheExchangeFailsWithThatError() {
        byte[] first = TestImages.png(500, 400);
        byte[] second = TestImages.png(400, 500);
        // the two uploads run at the same time: each is answered by its content, not by arrival order
        wm.stubFor(post("/v1/asset/upload").withMultipartRequestBody(aMultipart().withName("file")
                .withBody(binaryEqualTo(first))).willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-A\"}}")));
        wm.stubFor(post("/v1/asset/upload").withMultipartRequestBody(aMultipart().withName("file")
                .withBody(binaryEqualTo(second))).willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-B\"}}")));
        wm.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id")).withQueryParam("task_id", equalTo("up-A"))
                .willReturn(okJson("{\"code\":200,\"data\":{}}")));
        wm.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id")).withQueryParam("task_id", equalTo("up-B"))
                .willReturn(okJson("{\"code\":404,\"msg\":\"no such upload job\"}")));

        Exchange out = template.request("direct:create", e -> {
            e.getMessage().setBody("Two references");
            e.getMessage().setHeader(SeedanceConstants.REFERENCE_IMAGES, List.of(first, second));
        });

        assertInstanceOf(NotFoundException.class, out.getException(), () -> String.valueOf(out.getException()));
        wm.verify(0, postRequestedFor(urlEqualTo(TASKS)));
    }

    @Test
    void endpointsWithTheSameSettingsShareOneClient() {
        SeedanceComponent component = context.getComponent("seedance", SeedanceComponent.class);
        // every route above uses the same client settings except the openai one and the other account's
        assertEquals(3, RuntimeProbe.sharedClientCount(component));
    }

    private static void stubAssetFlow(String uploadId, String assetId) {
        wm.stubFor(post("/v1/asset/upload")
                .willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"" + uploadId + "\"}}")));
        wm.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id")).inScenario("asset-" + uploadId)
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"\"}}"))
                .willSetStateTo("ready"));
        wm.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id")).inScenario("asset-" + uploadId)
                .whenScenarioStateIs("ready")
                .willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"" + assetId + "\"}}")));
    }
}
