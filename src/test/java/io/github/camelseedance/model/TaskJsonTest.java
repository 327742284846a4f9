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
package io.github.camelseedance.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Task and TaskPage as the server sends them; a default ObjectMapper (FAIL_ON_UNKNOWN_PROPERTIES on) is used. */
class TaskJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    static final String SUCCEEDED_TASK = """
            {
              "id": "cgt-20250101-abc",
              "model": "dreamina-seedance-2-0-260128",
              "status": "succeeded",
              "content": {"video_url": "https://cdn.example/v.mp4", "last_frame_url": "https://cdn.example/l.png",
                          "file_url": "https://cdn.example/f"},
              "usage": {"completion_tokens": 108900, "total_tokens": 108900},
              "created_at": 1743414619,
              "updated_at": 1743414673,
              "seed": 4294967295,
              "resolution": "720p",
              "ratio": "16:9",
              "duration": 5,
              "frames": 121,
              "framespersecond": 24,
              "generate_audio": true,
              "service_tier": "default",
              "execution_expires_after": 172800,
              "priority": 3,
              "revised_prompt": "a cat, revised",
              "safety_identifier": "user-1",
              "draft": false,
              "draft_task_id": "cgt-draft",
              "tools": [{"type": "web_search"}],
              "brand_new_field": {"nested": [1, 2, 3]},
              "another_one": "x"
            }
            """;

    @Test
    void parsesEveryDocumentedFieldAndIgnoresUnknownOnes() throws Exception {
        Task task = mapper.readValue(SUCCEEDED_TASK, Task.class);
        assertEquals("cgt-20250101-abc", task.id());
        assertEquals("dreamina-seedance-2-0-260128", task.model());
        assertSame(TaskStatus.SUCCEEDED, task.status());
        assertTrue(task.isTerminal());
        assertEquals("https://cdn.example/v.mp4", task.videoUrl());
        assertEquals("https://cdn.example/l.png", task.lastFrameUrl());
        assertEquals("https://cdn.example/f", task.content().fileUrl());
        assertEquals(108900L, task.usage().completionTokens());
        assertEquals(108900L, task.usage().totalTokens());
        assertEquals(1743414619L, task.createdAt());
        assertEquals(1743414673L, task.updatedAt());
        assertEquals(4294967295L, task.seed());
        assertEquals("720p", task.resolution());
        assertEquals("16:9", task.ratio());
        assertEquals(5, task.duration());
        assertEquals(121, task.frames());
        assertEquals(24, task.framesPerSecond());
        assertEquals(Boolean.TRUE, task.generateAudio());
        assertEquals("default", task.serviceTier());
        assertEquals(172800L, task.executionExpiresAfter());
        assertEquals(3, task.priority());
        assertEquals("a cat, revised", task.revisedPrompt());
        assertEquals("user-1", task.safetyIdentifier());
        assertEquals(Boolean.FALSE, task.draft());
        assertEquals("cgt-draft", task.draftTaskId());
        assertEquals(mapper.readTree("[{\"type\":\"web_search\"}]"), task.tools());
        assertNull(task.error());
    }

    @Test
    void failedTaskCarriesItsError() throws Exception {
        Task task = mapper.readValue("""
                {"id":"t1","status":"failed","error":{"code":"OutputVideoSensitiveContentDetected",
                 "message":"blocked","extra":1}}
                """, Task.class);
        assertSame(TaskStatus.FAILED, task.status());
        assertEquals("OutputVideoSensitiveContentDetected", task.error().code());
        assertEquals("blocked", task.error().message());
        assertNull(task.videoUrl());
        assertNull(task.lastFrameUrl());
    }

    @Test
    void unknownStatusIsKeptNotFatal() throws Exception {
        Task task = mapper.readValue("{\"id\":\"t1\",\"status\":\"paused_for_review\"}", Task.class);
        assertEquals("paused_for_review", task.status().value());
        assertFalse(task.status().isKnown());
        assertFalse(task.isTerminal());
    }

    @Test
    void pendingIsReadAsQueued() throws Exception {
        Task task = mapper.readValue("{\"id\":\"t1\",\"status\":\"pending\"}", Task.class);
        assertSame(TaskStatus.QUEUED, task.status());
    }

    @Test
    void minimalTaskHasNulls() throws Exception {
        Task task = mapper.readValue("{\"id\":\"t1\"}", Task.class);
        assertEquals("t1", task.id());
        assertNull(task.status());
        assertFalse(task.isTerminal());
        assertNull(task.content());
        assertNull(task.videoUrl());
    }

    @Test
    void statusIsWrittenAsItsWireValue() throws Exception {
        Task task = mapper.readValue("{\"id\":\"t1\",\"status\":\"running\"}", Task.class);
        String written = mapper.writeValueAsString(task);
        assertEquals("running", mapper.readTree(written).get("status").asText());
        assertEquals(task, mapper.readValue(written, Task.class));
    }

    @Test
    void taskPageReadsTotalAndItems() throws Exception {
        TaskPage page = mapper.readValue("{\"total\":42,\"items\":[" + SUCCEEDED_TASK
                                         + ",{\"id\":\"t2\",\"status\":\"queued\",\"new\":true}],\"page_hint\":1}",
                TaskPage.class);
        assertEquals(42, page.total());
        assertEquals(2, page.items().size());
        assertEquals("cgt-20250101-abc", page.items().get(0).id());
        assertSame(TaskStatus.QUEUED, page.items().get(1).status());
    }

    @Test
    void taskPageWithoutItemsIsEmpty() throws Exception {
        TaskPage page = mapper.readValue("{\"total\":0}", TaskPage.class);
        assertEquals(0, page.total());
        assertTrue(page.items().isEmpty());
        TaskPage nullItems = mapper.readValue("{\"total\":0,\"items\":null}", TaskPage.class);
        assertTrue(nullItems.items().isEmpty());
    }

    @Test
    void lenientMapperAlsoReadsTheTask() throws Exception {
        ObjectMapper lenient = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        assertEquals(mapper.readValue(SUCCEEDED_TASK, Task.class), lenient.readValue(SUCCEEDED_TASK, Task.class));
    }
}
