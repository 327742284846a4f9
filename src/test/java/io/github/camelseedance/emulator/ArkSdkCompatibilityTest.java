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
package io.github.camelseedance.emulator;

import java.time.Duration;
import java.util.List;

import com.volcengine.ark.runtime.exception.ArkHttpException;
import com.volcengine.ark.runtime.model.content.generation.CreateContentGenerationTaskRequest;
import com.volcengine.ark.runtime.model.content.generation.CreateContentGenerationTaskResult;
import com.volcengine.ark.runtime.model.content.generation.DeleteContentGenerationTaskRequest;
import com.volcengine.ark.runtime.model.content.generation.GetContentGenerationTaskRequest;
import com.volcengine.ark.runtime.model.content.generation.GetContentGenerationTaskResponse;
import com.volcengine.ark.runtime.model.content.generation.ListContentGenerationTasksRequest;
import com.volcengine.ark.runtime.model.content.generation.ListContentGenerationTasksResponse;
import com.volcengine.ark.runtime.service.ArkService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official Volcengine Ark Java SDK 2.0.11, pointed at the emulator (its base URL convention is
 * {@code <host>/api/v3}, it appends {@code contents/generations/tasks}), works end to end and reads the error bodies.
 */
class ArkSdkCompatibilityTest {

    @RegisterExtension
    SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofSeconds(2)).runTime(Duration
            .ofSeconds(10)));

    private ArkService service;

    private ArkService sdk(String key) {
        service = ArkService.builder().apiKey(key).baseUrl(ext.baseUrl() + "/api/v3")
                .retryTimes(0) // the SDK would otherwise sleep between retries of 429/5xx
                .timeout(Duration.ofSeconds(20)).build();
        return service;
    }

    @AfterEach
    void shutdown() {
        if (service != null) {
            service.shutdownExecutor();
        }
    }

    private static CreateContentGenerationTaskRequest request(String model, String prompt) {
        return CreateContentGenerationTaskRequest.builder().model(model)
                .content(List.of(CreateContentGenerationTaskRequest.Content.builder().type("text").text(prompt).build()))
                .ratio("16:9").duration(5L).resolution("720p").seed(11L).generateAudio(true).watermark(false)
                .returnLastFrame(true).build();
    }

    @Test
    void createGetListDelete() {
        ArkService ark = sdk(ext.apiKey());
        CreateContentGenerationTaskResult created = ark.createContentGenerationTask(request(EmuClient.MODEL, "sdk cat"));
        String id = created.getId();
        assertNotNull(id);

        GetContentGenerationTaskResponse queued = ark.getContentGenerationTask(GetContentGenerationTaskRequest.builder()
                .taskId(id).build());
        assertEquals("queued", queued.getStatus());
        assertEquals(EmuClient.MODEL, queued.getModel());
        assertEquals(11L, queued.getSeed());
        assertEquals(5L, queued.getDuration());
        assertEquals(24L, queued.getFramesPerSecond());
        assertEquals(172800L, queued.getExecutionExpiresAfter());

        ext.clock().advance(Duration.ofSeconds(20));
        GetContentGenerationTaskResponse done = ark.getContentGenerationTask(GetContentGenerationTaskRequest.builder()
                .taskId(id).build());
        assertEquals("succeeded", done.getStatus());
        assertTrue(done.getContent().getVideoUrl().startsWith(ext.baseUrl()));
        assertNotNull(done.getContent().getLastFrameUrl());
        assertEquals(108900L, (long) done.getUsage().getCompletionTokens());

        String other = ark.createContentGenerationTask(request(EmuClient.FAST, "second")).getId();
        ListContentGenerationTasksResponse all = ark.listContentGenerationTasks(ListContentGenerationTasksRequest.builder()
                .pageNum(1).pageSize(10).build());
        assertEquals(2, all.getTotal());
        assertEquals(other, all.getItems().get(0).getId());
        ListContentGenerationTasksResponse filtered = ark.listContentGenerationTasks(ListContentGenerationTasksRequest.builder()
                .pageNum(1).pageSize(10).status("succeeded").model(EmuClient.MODEL).addTaskId(id).addTaskId(other).build());
        assertEquals(1, filtered.getTotal());
        assertEquals(id, filtered.getItems().get(0).getId());
        assertEquals(2, ext.emulator().journal().entries(e -> e.is("GET", Routes.TASKS)).get(1).query()
                .split("filter.task_ids=", -1).length - 1,
                "the SDK repeats filter.task_ids");

        ark.deleteContentGenerationTask(DeleteContentGenerationTaskRequest.builder().taskId(other)
                .build()); // queued → cancelled
        assertEquals("cancelled", ark.getContentGenerationTask(GetContentGenerationTaskRequest.builder().taskId(other)
                .build()).getStatus());
        ark.deleteContentGenerationTask(DeleteContentGenerationTaskRequest.builder().taskId(id).build()); // finished → deleted
        ArkHttpException gone = assertThrows(ArkHttpException.class,
                () -> ark.getContentGenerationTask(GetContentGenerationTaskRequest.builder().taskId(id).build()));
        assertEquals(404, gone.statusCode);
    }

    @Test
    void errorsReachTheSdk() {
        ArkHttpException badKey = assertThrows(ArkHttpException.class,
                () -> sdk("not-a-key").createContentGenerationTask(request(EmuClient.MODEL, "x")));
        assertEquals(401, badKey.statusCode);
        assertEquals("AuthenticationError", badKey.code);
        service.shutdownExecutor();

        ArkService ark = sdk(ext.apiKey());
        ArkHttpException badRatio = assertThrows(ArkHttpException.class, () -> ark.createContentGenerationTask(
                CreateContentGenerationTaskRequest.builder().model(EmuClient.MODEL).ratio("2:1")
                        .content(List.of(CreateContentGenerationTaskRequest.Content.builder().type("text").text("x").build()))
                        .build()));
        assertEquals(400, badRatio.statusCode);
        assertEquals("InvalidParameter", badRatio.code);
        assertEquals("ratio", badRatio.param);

        ArkHttpException model = assertThrows(ArkHttpException.class, () -> ark
                .createContentGenerationTask(request("nope-model", "x")));
        assertEquals("ModelNotOpen", model.code);

        ext.emulator().scenario().nextCreate().respond(429, 1);
        ArkHttpException limited = assertThrows(ArkHttpException.class, () -> ark
                .createContentGenerationTask(request(EmuClient.MODEL, "x")));
        assertEquals(429, limited.statusCode);

        String id = ark.createContentGenerationTask(request(EmuClient.MODEL, "run")).getId();
        ext.clock().advance(Duration.ofSeconds(3));
        ArkHttpException running = assertThrows(ArkHttpException.class,
                () -> ark.deleteContentGenerationTask(DeleteContentGenerationTaskRequest.builder().taskId(id).build()));
        assertEquals("InvalidParameter", running.code);
    }

    @Test
    void assetAndDataUrlsThroughTheSdk() {
        SeedanceEmulator emu = ext.emulator();
        String asset = new EmuClient(emu).uploadReady(emu, TestMedia.png(64, 36, java.awt.Color.CYAN), "c.png", "image/png");
        ArkService ark = sdk(ext.apiKey());
        String id = ark.createContentGenerationTask(CreateContentGenerationTaskRequest.builder().model(EmuClient.MODEL)
                .content(List.of(CreateContentGenerationTaskRequest.Content.builder().type("text").text("x").build(),
                        CreateContentGenerationTaskRequest.Content.builder().type("image_url").role("first_frame")
                                .imageUrl(CreateContentGenerationTaskRequest.ImageUrl.builder().url("asset://" + asset)
                                .build()).build()))
                .ratio("adaptive").build()).getId();
        assertEquals("16:9", ark.getContentGenerationTask(GetContentGenerationTaskRequest.builder().taskId(id).build())
                .getRatio());
    }
}
