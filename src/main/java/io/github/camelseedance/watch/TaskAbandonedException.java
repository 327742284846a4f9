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

import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.model.Task;

/**
 * The component stopped while a task was still awaited: the task goes on at the provider, and is paid for. It can be
 * resumed by sending the exchange again once the component runs, with the same correlation key and a
 * {@code taskRepository} that recorded the task (keep the input, for example do not move the file away).
 */
public class TaskAbandonedException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    private final String taskId;
    private final transient Task lastSeen;

    public TaskAbandonedException(String taskId, Task lastSeen) {
        super(new ErrorDetails(0, "Abandoned", "the component stopped while task " + taskId + " was still "
                + (lastSeen == null || lastSeen.status() == null ? "not seen" : lastSeen.status().value())
                + "; it goes on at the provider and is not awaited here. To resume it, send the exchange again with the"
                + " same correlation key and taskRepository (or get the task by its id)", null, null, null), null);
        this.taskId = taskId;
        this.lastSeen = lastSeen;
    }

    public String getTaskId() {
        return taskId;
    }

    /** The task as last seen, or null when it was never seen. */
    public Task getLastSeen() {
        return lastSeen;
    }
}
