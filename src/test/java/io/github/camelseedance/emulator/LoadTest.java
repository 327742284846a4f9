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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Thousands of tasks from tens of concurrent clients (one key each, under the 120-queued quota). */
class LoadTest {

    private static final int CLIENTS = 30;
    private static final int TASKS_PER_CLIENT = 70;

    @RegisterExtension
    SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> {
        for (int i = 0; i < CLIENTS; i++) {
            b.apiKey("key-" + i);
        }
    });

    @Test
    void manyClientsManyTasks() throws Exception {
        SeedanceEmulator emu = ext.emulator();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String key = "key-" + i;
                futures.add(pool.submit(() -> {
                    EmuClient c = new EmuClient(emu);
                    c.key = key;
                    for (int n = 0; n < TASKS_PER_CLIENT; n++) {
                        String id = c.createText(n % 2 == 0 ? Routes.TASKS : Routes.PT_TASKS, "load " + n);
                        ids.add(id);
                        if (n % 10 == 0) {
                            assertEquals(200, c.get(Routes.TASKS + "/" + id).status());
                        }
                    }
                    assertEquals(TASKS_PER_CLIENT, c.get(Routes.TASKS).json().get("total").asInt());
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            assertEquals(CLIENTS * TASKS_PER_CLIENT, ids.size(), "ids are unique");
            emu.clock().advance(Duration.ofMinutes(5));
            List<Future<Integer>> totals = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String key = "key-" + i;
                totals.add(pool.submit(() -> {
                    EmuClient c = new EmuClient(emu);
                    c.key = key;
                    return c.get(Routes.TASKS + "?filter.status=succeeded&page_size=500").json().get("total").asInt();
                }));
            }
            int succeeded = 0;
            for (Future<Integer> f : totals) {
                succeeded += f.get();
            }
            assertEquals(emu.taskCount(), succeeded);
        } finally {
            pool.shutdownNow();
        }
    }
}
