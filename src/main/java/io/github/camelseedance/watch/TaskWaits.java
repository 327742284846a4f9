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
package io.github.camelseedance.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The task waits of a {@link Watcher}, oldest first, and the same waits by task id, so that a route's get or list and
 * each callback find theirs without a scan of all; guarded by the watcher's lock.
 */
final class TaskWaits {

    private final Set<TaskWait> all = new LinkedHashSet<>();
    private final Map<String, List<TaskWait>> byTask = new HashMap<>();

    void add(TaskWait wait) {
        all.add(wait);
        byTask.computeIfAbsent(wait.taskId, id -> new ArrayList<>(1)).add(wait);
    }

    void remove(TaskWait wait) {
        if (all.remove(wait)) {
            List<TaskWait> same = byTask.get(wait.taskId);
            same.remove(wait);
            if (same.isEmpty()) {
                byTask.remove(wait.taskId);
            }
        }
    }

    /** The waits on one task. */
    List<TaskWait> of(String taskId) {
        return byTask.getOrDefault(taskId, List.of());
    }

    /** Every wait, oldest first. */
    Set<TaskWait> all() {
        return all;
    }

    int size() {
        return all.size();
    }

    /** Removes every wait; answers them, oldest first. */
    List<TaskWait> drain() {
        List<TaskWait> drained = new ArrayList<>(all);
        all.clear();
        byTask.clear();
        return drained;
    }
}
