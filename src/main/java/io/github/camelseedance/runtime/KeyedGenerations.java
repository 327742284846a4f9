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
package io.github.camelseedance.runtime;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.camelseedance.model.Task;

/**
 * The generations of this CamelContext in flight by correlation key: an exchange whose key is already being generated
 * (a file picked up twice, a redelivery while the first attempt still waits) shares that create and its wait, and gets
 * the same task or the same failure, instead of paying again. A key leaves when its generation ends, before its
 * waiters hear of it, so that a later exchange with the key starts anew from the task repository.
 */
public final class KeyedGenerations {

    private final Map<String, CompletableFuture<Task>> inFlight = new ConcurrentHashMap<>();

    /** The generation of {@code key}: the one in flight, or a new one that {@code start} begins. */
    public CompletableFuture<Task> share(String key, Supplier<CompletableFuture<Task>> start) {
        CompletableFuture<Task> mine = new CompletableFuture<>();
        CompletableFuture<Task> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return running.copy();
        }
        CompletableFuture<Task> generation;
        try {
            generation = start.get();
        } catch (Throwable e) {
            generation = CompletableFuture.failedFuture(e);
        }
        generation.whenComplete((task, failure) -> {
            inFlight.remove(key, mine);
            if (failure != null) {
                mine.completeExceptionally(failure);
            } else {
                mine.complete(task);
            }
        });
        return mine.copy();
    }

    public int size() {
        return inFlight.size();
    }

    /**
     * Fails the generations still in flight with {@code reason}, once the clients have let their creates finish and the
     * watcher has failed the waits on created tasks: what is left has not sent its create (it waits for another
     * instance's record, or to read the key again).
     */
    public void close(RuntimeException reason) {
        inFlight.forEach((key, generation) -> {
            inFlight.remove(key, generation); // a restarted component starts each key anew
            generation.completeExceptionally(reason);
        });
    }
}
