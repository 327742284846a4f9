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

import java.awt.Color;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** X-Request-Id on every answer, and the request journal. */
class JournalTest {

    @RegisterExtension
    SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ZERO).runTime(Duration
            .ofSeconds(1)));

    @Test
    void everyAnswerCarriesARequestId() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        String id = c.createText(Routes.TASKS, "x");
        emu.clock().advance(Duration.ofSeconds(2));
        String video = c.get(Routes.TASKS + "/" + id).json().at("/content/video_url").asText();
        String job = c.upload("a.png", "image/png", TestMedia.png(8, 8, Color.RED), null).json().at("/data/task_id").asText();
        List<EmuClient.Res> answers = List.of(
                c.post(Routes.PT_TASKS, EmuClient.textBody("y")), c.get(Routes.PT_TASKS), c.get(Routes.TASKS + "/" + id),
                c.post(Routes.VIDEOS, "{}"), c.get(Routes.VIDEOS + "/" + id), c.get(Routes.ASSET_ID + "?task_id=" + job),
                c.get(video), c.get("/nowhere"), c.delete(Routes.TASKS + "/" + id), c.delete(Routes.TASKS + "/" + id));
        Set<String> ids = new HashSet<>();
        for (EmuClient.Res r : answers) {
            assertNotNull(r.requestId(), r.status() + " " + r.body());
            ids.add(r.requestId());
        }
        assertEquals(answers.size(), ids.size(), "request ids are unique");
        c.key = "bad";
        assertNotNull(c.get(Routes.TASKS).requestId());
    }

    @Test
    void journalRecordsWithoutSecrets() {
        SeedanceEmulator emu = ext.emulator();
        EmuClient c = new EmuClient(emu);
        String id = c.createText(Routes.TASKS, "journal");
        c.get(Routes.TASKS + "/" + id);
        c.get(Routes.TASKS + "/" + id);
        c.get(Routes.TASKS + "?page_size=5&filter.status=queued");
        c.key = "wrong";
        c.get(Routes.TASKS + "/" + id);

        Journal j = emu.journal();
        assertEquals(1, j.count("POST", Routes.TASKS));
        assertEquals(1, j.creates());
        assertEquals(3, j.count("GET", Routes.TASKS + "/" + id));
        assertEquals(4, j.countPrefix("GET", Routes.TASKS));
        Journal.Entry list = j.entries(e -> e.is("GET", Routes.TASKS)).get(0);
        assertEquals("page_size=5&filter.status=queued", list.query());
        assertEquals(200, list.status());
        Journal.Entry create = j.entries().get(0);
        assertTrue(create.body().contains("journal"));
        assertEquals("Bearer", create.authScheme());
        assertNotNull(create.requestId());
        assertEquals(emu.clock().now(), create.emulatorTime());
        for (Journal.Entry e : j.entries()) {
            assertFalse(e.headers().containsKey("authorization"));
            assertFalse(e.headers().toString().contains(emu.apiKey()));
        }
        assertEquals(401, j.entries().get(j.size() - 1).status());
        j.clear();
        assertEquals(0, j.size());
    }

    @Test
    void aJournalTurnedOffKeepsNothingAndServesAlike() {
        try (SeedanceEmulator emu = SeedanceEmulator.builder().keepJournal(false).queueTime(Duration.ZERO)
                .runTime(Duration.ZERO).build().start()) {
            EmuClient c = new EmuClient(emu);
            String id = c.createText(Routes.TASKS, "x");
            assertEquals("succeeded", c.get(Routes.TASKS + "/" + id).json().get("status").asText());
            assertEquals(0, emu.journal().size());
            assertEquals(1, emu.taskCount());
        }
    }
}
