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
package io.github.camelseedance.client;

import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskStatus;

/**
 * A task ended without a video: it failed, with the provider's error code (for example
 * {@code OutputVideoSensitiveContentDetected}); or it expired ({@link TaskExpiredException}) or was cancelled
 * ({@link TaskCancelledException}). The task, and its id, come with it so that a route can reconcile.
 */
public class TaskFailedException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    private final transient Task task;

    public TaskFailedException(Task task) {
        super(details(task), null);
        this.task = task;
    }

    private static ErrorDetails details(Task task) {
        String code = task.error() != null && task.error().code() != null ? task.error().code()
                : "Task" + (task.status() == null ? "Unknown" : capitalized(task.status().value()));
        String message = task.error() != null && task.error().message() != null ? task.error().message()
                : "task " + task.id() + " ended " + (task.status() == null ? "without a status" : task.status().value());
        return new ErrorDetails(0, code, "task " + task.id() + ": " + message, null, null, null);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The classified failure of a task that ended without a video. */
    public static TaskFailedException of(Task task) {
        if (TaskStatus.EXPIRED.equals(task.status())) {
            return new TaskExpiredException(task);
        }
        if (TaskStatus.CANCELLED.equals(task.status())) {
            return new TaskCancelledException(task);
        }
        return new TaskFailedException(task);
    }

    /** The task as it ended. */
    public Task getTask() {
        return task;
    }

    public String getTaskId() {
        return task.id();
    }
}
