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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The imitated network of the benchmarks: every API answer is held for the latency, whole, and a held answer takes
 * no server thread, so that as many calls can be in flight as over a real link. The checks are lower bounds and
 * counts, never an upper bound on time.
 */
class AnswerLatencyTest {

    private static final Duration LATENCY = Duration.ofMillis(300);

    @RegisterExtension
    static SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> b.answerLatency(LATENCY)
            .queueTime(Duration.ZERO).runTime(Duration.ZERO));

    @Test
    void answersComeWholeNoEarlierThanTheLatency() {
        EmuClient c = new EmuClient(ext.emulator());
        long start = System.nanoTime();
        EmuClient.Res created = c.post(Routes.TASKS, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"content\":[{\"type\":\"text\",\"text\":\"a cat\"}]}");
        assertTrue(System.nanoTime() - start >= LATENCY.toNanos(), "the create was answered before the latency");
        assertEquals(200, created.status(), created.body());
        String id = created.json().get("id").asText();

        start = System.nanoTime();
        EmuClient.Res task = c.get(Routes.TASKS + "/" + id);
        assertTrue(System.nanoTime() - start >= LATENCY.toNanos(), "the get was answered before the latency");
        assertEquals("succeeded", task.json().get("status").asText(), task.body());

        start = System.nanoTime();
        EmuClient.Res missing = c.get(Routes.TASKS + "/cgt-none");
        assertTrue(System.nanoTime() - start >= LATENCY.toNanos(), "an error was answered before the latency");
        assertEquals(404, missing.status(), missing.body());
    }

    @Test
    void heldAnswersDoNotHoldTheServerThread() {
        // one server thread and answers held for an hour: a held answer that kept the thread would let one request
        // in, and no other for the test's life
        try (SeedanceEmulator emu = SeedanceEmulator.builder().threads(1).answerLatency(Duration.ofHours(1))
                .build().start()) {
            EmuClient c = new EmuClient(emu);
            List<CompletableFuture<EmuClient.Res>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> c.get(Routes.TASKS + "/cgt-none")));
            }
            try {
                await().atMost(30, TimeUnit.SECONDS).until(() -> emu.journal().size() == 8);
                assertTrue(answers.stream().noneMatch(CompletableFuture::isDone), "an answer came before its hour");
            } finally {
                answers.forEach(a -> a.cancel(true));
            }
        }
    }

    @Test
    void aNegativeLatencyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SeedanceEmulator.builder().answerLatency(Duration.ofMillis(-1)));
        assertTrue(e.getMessage().contains("answerLatency"), e.getMessage());
    }
}
