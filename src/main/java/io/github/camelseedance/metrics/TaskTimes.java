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
package io.github.camelseedance.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelseedance.model.TaskStatus;

/**
 * The tasks this context created and has not yet seen end: when each was created, and whether it was seen out of the
 * queue. A task's end is reported once, at the first sighting of a final status, whoever looked (a generate's wait,
 * a consumer, a get); then the task is forgotten. Tasks created elsewhere are not here, so are not counted.
 */
final class TaskTimes {

    /** The most tasks remembered; beyond it the oldest is forgotten (a plain create's task nobody looks at again). */
    static final int LIMIT = 10_000;

    /** What a sighting means for the meters: the queue time (null: not now) and the generation time (null: not over). */
    record Sighting(String model, Duration queued, Duration generation) {
    }

    private static final class Pending {
        final String model;
        final Instant createdAt;
        boolean outOfQueue;

        Pending(String model, Instant createdAt) {
            this.model = model;
            this.createdAt = createdAt;
        }
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > LIMIT;
        }
    };

    synchronized void created(String key, String model, Instant at) {
        pending.putIfAbsent(key, new Pending(model, at));
    }

    /** What seeing the task in {@code status} at {@code at} tells, or null: not ours, or nothing new. */
    synchronized Sighting seen(String key, TaskStatus status, Instant at) {
        Pending task = pending.get(key);
        if (task == null || status == null || TaskStatus.QUEUED.equals(status)) {
            return null;
        }
        Duration queued = null;
        // cancelled and expired may end a task that never left the queue: no queue time then
        if (!task.outOfQueue && !TaskStatus.CANCELLED.equals(status) && !TaskStatus.EXPIRED.equals(status)) {
            task.outOfQueue = true;
            queued = Duration.between(task.createdAt, at);
        }
        Duration generation = null;
        if (status.isTerminal()) {
            pending.remove(key);
            generation = Duration.between(task.createdAt, at);
        }
        return queued == null && generation == null ? null : new Sighting(task.model, queued, generation);
    }
}
