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

import java.time.Instant;

import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.model.Task;

/**
 * The deadline of a generation passed: either while its task was still queued or running on the server (it may go on
 * there; {@link #getTaskId()} names it), or before its create was sent ({@link #getTaskId()} is null and nothing was
 * created or paid for).
 */
public class TaskDeadlineException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    private final String taskId;
    private final transient Task lastSeen;
    private final Instant deadline;

    public TaskDeadlineException(String taskId, Task lastSeen, Instant deadline) {
        this(taskId, lastSeen, deadline, "task " + taskId + " was still "
                + (lastSeen == null || lastSeen.status() == null ? "not seen" : lastSeen.status().value())
                + " at the deadline " + deadline);
    }

    private TaskDeadlineException(String taskId, Task lastSeen, Instant deadline, String message) {
        super(new ErrorDetails(0, "DeadlineExceeded", message, null, null, null), null);
        this.taskId = taskId;
        this.lastSeen = lastSeen;
        this.deadline = deadline;
    }

    /** The deadline passed while the generation was still {@code doing}: no create was sent, no task exists. */
    public static TaskDeadlineException beforeCreate(Instant deadline, String doing) {
        return new TaskDeadlineException(null, null, deadline, "the deadline " + deadline + " passed while " + doing
                + "; the create was not sent and nothing was created");
    }

    /** The task, or null when the deadline passed before its create was sent. */
    public String getTaskId() {
        return taskId;
    }

    /** The task as last seen, or null when it was never seen. */
    public Task getLastSeen() {
        return lastSeen;
    }

    public Instant getDeadline() {
        return deadline;
    }
}
