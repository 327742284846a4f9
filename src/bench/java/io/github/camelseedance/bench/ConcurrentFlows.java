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
package io.github.camelseedance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One side of section 20: create+get flows (create a text-to-video task, then read it by id once), {@link #IN_FLIGHT}
 * outstanding at a time, each get checked to answer the task just created, already succeeded.
 */
interface ConcurrentFlows extends AutoCloseable {

    /** Flows outstanding at once, on both sides. */
    int IN_FLIGHT = 64;
    String PROMPT = "A paper boat drifting down a rainy street";

    /** Runs {@code flows} flows, {@link #IN_FLIGHT} at a time; returns when the last one is done. */
    void run(int flows) throws Exception;

    /** {@link #IN_FLIGHT} daemon threads named {@code name}, for a side whose calls block. */
    static ExecutorService threads(String name) {
        return Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code flows} flows on the {@link #IN_FLIGHT} threads, each looping until every flow has started. */
    static void loop(ExecutorService threads, int flows, Runnable flow) throws Exception {
        AtomicInteger started = new AtomicInteger();
        List<Future<?>> loops = new ArrayList<>(IN_FLIGHT);
        for (int i = 0; i < IN_FLIGHT; i++) {
            loops.add(threads.submit(() -> {
                while (started.getAndIncrement() < flows) {
                    flow.run();
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get(5, TimeUnit.MINUTES);
        }
    }

    /** Throws unless the task read is the one created and it succeeded at once, the emulator's clock standing still. */
    static void check(String createdId, String readId, String status) {
        if (createdId == null || !createdId.equals(readId)) {
            throw new IllegalStateException("created task " + createdId + " but the get answered " + readId);
        }
        if (!"succeeded".equals(status)) {
            throw new IllegalStateException("task " + createdId + " reads " + status + ", not succeeded at once");
        }
    }
}
