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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Official task API under both prefixes: create, get, transitions, list (paging, filters), delete. */
class TaskApiTest {

    @RegisterExtension
    SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofSeconds(5)).runTime(Duration
            .ofSeconds(30)));

    @ParameterizedTest
    @ValueSource(strings = {Routes.TASKS, Routes.PT_TASKS})
    void createGetAndTransitions(String prefix) {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        long t0 = emu.clock().epochSecond();
        EmuClient.Res created = c.post(prefix, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"content\":[{\"type\":\"text\",\"text\":\"a cat\"}],"
                + "\"duration\":6,\"ratio\":\"9:16\",\"resolution\":\"480p\",\"seed\":42,\"generate_audio\":false,\"return_l"
                + "ast_frame\":true}");
        assertEquals(200, created.status(), created.body());
        assertEquals(1, created.json().size(), "create answers only the id");
        String id = created.json().get("id").asText();
        assertTrue(id.startsWith("cgt-"));

        JsonNode q = c.get(prefix + "/" + id).json();
        assertEquals("queued", q.get("status").asText());
        assertEquals(EmuClient.MODEL, q.get("model").asText());
        assertEquals(t0, q.get("created_at").asLong());
        assertEquals(t0, q.get("updated_at").asLong());
        assertEquals(42, q.get("seed").asLong());
        assertEquals("9:16", q.get("ratio").asText());
        assertEquals("480p", q.get("resolution").asText());
        assertEquals(6, q.get("duration").asInt());
        assertEquals(24, q.get("framespersecond").asInt());
        assertFalse(q.get("generate_audio").asBoolean());
        assertEquals("default", q.get("service_tier").asText());
        assertEquals(172800, q.get("execution_expires_after").asLong());
        assertFalse(q.has("content"));
        assertFalse(q.has("usage"));
        assertFalse(q.has("error"));

        emu.clock().advance(Duration.ofSeconds(5));
        JsonNode r = c.get(prefix + "/" + id).json();
        assertEquals("running", r.get("status").asText());
        assertEquals(t0 + 5, r.get("updated_at").asLong());

        emu.clock().advance(Duration.ofSeconds(100)); // read late: updated_at is when it finished, not now
        JsonNode s = c.get(prefix + "/" + id).json();
        assertEquals("succeeded", s.get("status").asText());
        assertEquals(t0 + 35, s.get("updated_at").asLong());
        assertTrue(s.at("/content/video_url").asText().startsWith(emu.baseUrl() + "/files/"));
        assertTrue(s.at("/content/last_frame_url").asText().contains(".png"));
        assertTrue(s.at("/usage/completion_tokens").asLong() > 0);
        assertEquals(s.at("/usage/completion_tokens").asLong(), s.at("/usage/total_tokens").asLong());
    }

    @Test
    void defaultsAndRandomSeed() {
        EmuClient c = new EmuClient(ext.emulator());
        String id = c.createText(Routes.TASKS, "defaults");
        JsonNode t = c.get(Routes.TASKS + "/" + id).json();
        assertTrue(t.get("seed").asLong() >= 0);
        assertTrue(t.get("generate_audio").asBoolean(), "generate_audio defaults to true");
        assertEquals("720p", t.get("resolution").asText());
        String id2 = c.post(Routes.TASKS, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}],\"seed\":-1}")
                .json().get("id").asText();
        JsonNode t2 = c.get(Routes.TASKS + "/" + id2).json();
        assertTrue(t2.get("seed").asLong() >= 0, "-1 means random");
        assertEquals("16:9", t2.get("ratio").asText(), "text-to-video defaults to 16:9");
        assertEquals(5, t2.get("duration").asInt());
    }

    @Test
    void usageFollowsTheServiceFormula() {
        EmuClient c = new EmuClient(ext.emulator());
        String id = c.post(Routes.TASKS, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}],"
                + "\"duration\":5,\"ratio\":\"16:9\",\"resolution\":\"720p\"}").json().get("id").asText();
        ext.clock().advance(Duration.ofMinutes(5));
        // the quick start's example: 720p 16:9 5 s = 108900 tokens
        assertEquals(108900, c.get(Routes.TASKS + "/" + id).json().at("/usage/completion_tokens").asLong());
    }

    @Test
    void unknownTaskAndOtherAccountsTaskAre404() {
        SeedanceEmulator emu = ext.emulator().addApiKey("other-key");
        EmuClient c = new EmuClient(emu);
        EmuClient.Res r = c.get(Routes.TASKS + "/cgt-nope");
        assertEquals(404, r.status());
        assertEquals("ResourceNotFound", r.errorCode());
        String id = c.createText(Routes.TASKS, "mine");
        c.key = "other-key";
        assertEquals(404, c.get(Routes.TASKS + "/" + id).status());
        assertEquals(0, c.get(Routes.TASKS).json().get("total").asInt());
    }

    @Test
    void listPagingNewestFirstAndFilters() {
        SeedanceEmulator emu = ext.emulator().registerModel("ep-20250101-abcde");
        EmuClient c = new EmuClient(emu);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(c.createText(i % 2 == 0 ? Routes.TASKS : Routes.PT_TASKS, "t" + i));
            if (i == 9) {
                emu.clock().advance(Duration.ofSeconds(1));
            }
        }
        String ep = c.post(Routes.TASKS, "{\"model\":\"ep-20250101-abcde\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}")
                .json().get("id").asText();

        JsonNode page1 = c.get(Routes.TASKS).json();
        assertEquals(26, page1.get("total").asInt());
        assertEquals(10, page1.get("items").size(), "page_size defaults to 10");
        assertEquals(ep, page1.get("items").get(0).get("id").asText(), "newest first");
        assertEquals(ids.get(24), page1.get("items").get(1).get("id").asText());

        JsonNode page3 = c.get(Routes.PT_TASKS + "?page_num=3&page_size=10").json();
        assertEquals(6, page3.get("items").size());
        assertEquals(ids.get(0), page3.get("items").get(5).get("id").asText(), "oldest last");

        Set<String> all = new HashSet<>();
        c.get(Routes.TASKS + "?page_size=500").json().get("items").forEach(n -> all.add(n.get("id").asText()));
        assertEquals(26, all.size());

        assertEquals(1, c.get(Routes.TASKS + "?filter.model=ep-20250101-abcde").json().get("total").asInt());
        assertEquals(25, c.get(Routes.TASKS + "?filter.model=" + EmuClient.MODEL).json().get("total").asInt());
        assertEquals(26, c.get(Routes.TASKS + "?filter.service_tier=default").json().get("total").asInt());
        assertEquals(0, c.get(Routes.TASKS + "?filter.service_tier=flex").json().get("total").asInt());

        JsonNode byIds = c.get(Routes.TASKS + "?filter.task_ids=" + ids.get(3) + "&filter.task_ids=" + ids.get(7)
                + "&filter.task_ids=cgt-unknown").json();
        assertEquals(2, byIds.get("total").asInt());
        assertEquals(ids.get(7), byIds.get("items").get(0).get("id").asText());

        emu.clock().advance(Duration.ofSeconds(5)); // every task has waited its 5 s queue time by now
        assertEquals(26, c.get(Routes.TASKS + "?filter.status=running").json().get("total").asInt());
        assertEquals(0, c.get(Routes.TASKS + "?filter.status=queued").json().get("total").asInt());
        emu.clock().advance(Duration.ofSeconds(30));
        assertEquals(26, c.get(Routes.TASKS + "?filter.status=succeeded&page_size=1").json().get("total").asInt());
    }

    @Test
    void listRejectsBadPaging() {
        EmuClient c = new EmuClient(ext.emulator());
        assertEquals("InvalidParameter", c.get(Routes.TASKS + "?page_size=501").errorCode());
        assertEquals("page_size", c.get(Routes.TASKS + "?page_size=0").errorParam());
        assertEquals("page_num", c.get(Routes.TASKS + "?page_num=x").errorParam());
        assertEquals("filter.status", c.get(Routes.TASKS + "?filter.status=done").errorParam());
    }

    @ParameterizedTest
    @ValueSource(strings = {Routes.TASKS, Routes.PT_TASKS})
    void deleteSemantics(String prefix) {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        String queued = c.createText(prefix, "q");
        EmuClient.Res d = c.delete(prefix + "/" + queued);
        assertEquals(200, d.status());
        assertEquals("{}", d.body());
        assertEquals("cancelled", c.get(prefix + "/" + queued).json().get("status").asText());

        String running = c.createText(prefix, "r");
        emu.clock().advance(Duration.ofSeconds(6));
        EmuClient.Res refused = c.delete(prefix + "/" + running);
        assertEquals(400, refused.status());
        assertEquals("InvalidParameter", refused.errorCode());
        assertTrue(refused.json().at("/error/message").asText().contains("cannot be cancelled"));
        assertEquals("running", c.get(prefix + "/" + running).json().get("status").asText());

        emu.clock().advance(Duration.ofSeconds(60));
        assertEquals("succeeded", c.get(prefix + "/" + running).json().get("status").asText());
        assertEquals(200, c.delete(prefix + "/" + running).status());
        assertEquals(404, c.get(prefix + "/" + running).status(), "a finished task's record is deleted");
        assertEquals(200, c.delete(prefix + "/" + queued).status(), "a cancelled task's record can be deleted");
        assertEquals(404, c.delete(prefix + "/" + queued).status());
    }

    @Test
    void cancelledTasksVanishAfter24hAndAllAfter7Days() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        String cancelled = c.createText(Routes.TASKS, "c");
        c.delete(Routes.TASKS + "/" + cancelled);
        String done = c.createText(Routes.TASKS, "d");
        emu.clock().advance(Duration.ofHours(25));
        assertEquals(404, c.get(Routes.TASKS + "/" + cancelled).status());
        assertEquals(200, c.get(Routes.TASKS + "/" + done).status());
        emu.clock().advance(Duration.ofDays(7));
        assertEquals(404, c.get(Routes.TASKS + "/" + done).status());
    }

    @Test
    void taskExpiresWhenNotFinishedInTime() {
        SeedanceEmulator emu = ext.emulator();
        emu.scenario().whenPromptContains("stuck").neverFinishes();
        EmuClient c = new EmuClient(emu);
        long t0 = emu.clock().epochSecond();
        String id = c.post(Routes.TASKS, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"content\":[{\"type\":\"text\",\"text\":\"stuck\"}],"
                + "\"execution_expires_after\":3600}").json().get("id").asText();
        assertEquals(3600, c.get(Routes.TASKS + "/" + id).json().get("execution_expires_after").asLong());
        emu.clock().advance(Duration.ofMinutes(59));
        assertEquals("running", c.get(Routes.TASKS + "/" + id).json().get("status").asText());
        emu.clock().advance(Duration.ofMinutes(2));
        JsonNode t = c.get(Routes.TASKS + "/" + id).json();
        assertEquals("expired", t.get("status").asText());
        assertEquals(t0 + 3600, t.get("updated_at").asLong());
        assertNull(t.get("content"));
    }

    @Test
    void queuedTooLongAlsoExpires() {
        SeedanceEmulator emu = ext.emulator().queueTime(Duration.ofDays(3));
        EmuClient c = new EmuClient(emu);
        String id = c.createText(Routes.TASKS, "slow queue");
        emu.clock().advance(Duration.ofHours(48));
        assertEquals("expired", c.get(Routes.TASKS + "/" + id).json().get("status").asText());
        assertNotNull(emu.taskStatus(id));
    }
}
