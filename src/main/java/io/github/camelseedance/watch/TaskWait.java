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

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.github.camelseedance.model.Task;

/** One generate's wait for its task, as its {@link Watcher} follows it; guarded by the watcher's lock. */
final class TaskWait {

    final String taskId;
    final WaitSchedule schedule;
    final Instant deadline;
    final Consumer<Task> onChange;
    final CompletableFuture<Task> result;
    final Instant since;
    Duration interval;
    Instant due;
    Task last;

    TaskWait(String taskId, WaitSchedule schedule, Instant deadline, Consumer<Task> onChange,
             CompletableFuture<Task> result, Instant since) {
        this.taskId = taskId;
        this.schedule = schedule;
        this.deadline = deadline;
        this.onChange = onChange;
        this.result = result;
        this.since = since;
        this.interval = schedule.initial();
        this.due = since.plus(interval); // the first check, one initial interval after the wait began
    }
}
