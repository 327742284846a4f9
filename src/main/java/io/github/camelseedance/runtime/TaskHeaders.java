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

import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.Usage;
import org.apache.camel.Message;

/** The headers that describe a task, written alike by the producer's results and the consumer's transitions. */
public final class TaskHeaders {

    private TaskHeaders() {
    }

    /** The task's headers (id, status, URLs, tokens, error), leaving the body as it is. */
    public static void write(Message message, Task task, String requestId) {
        message.setHeader(SeedanceConstants.TASK_ID, task.id());
        setOrRemove(message, SeedanceConstants.TASK_STATUS, task.status() == null ? null : task.status().value());
        setOrRemove(message, SeedanceConstants.VIDEO_URL, task.videoUrl());
        setOrRemove(message, SeedanceConstants.LAST_FRAME_URL, task.lastFrameUrl());
        Usage usage = task.usage();
        setOrRemove(message, SeedanceConstants.COMPLETION_TOKENS, usage == null ? null : usage.completionTokens());
        setOrRemove(message, SeedanceConstants.TOTAL_TOKENS, usage == null ? null : usage.totalTokens());
        setOrRemove(message, SeedanceConstants.ERROR_CODE, task.error() == null ? null : task.error().code());
        setOrRemove(message, SeedanceConstants.ERROR_MESSAGE, task.error() == null ? null : task.error().message());
        setOrRemove(message, SeedanceConstants.REQUEST_ID, requestId);
    }

    /** A stale value from an earlier call must not survive: a route branching on it would read the wrong task. */
    public static void setOrRemove(Message message, String header, Object value) {
        if (value == null) {
            message.removeHeader(header);
        } else {
            message.setHeader(header, value);
        }
    }
}
