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
package io.github.camelseedance.producer;

import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.client.SeedanceResponse;
import io.github.camelseedance.model.Asset;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskStatus;
import io.github.camelseedance.runtime.TaskHeaders;
import org.apache.camel.Message;

/** Writes results into the message: the body, and headers a route can branch on. */
final class ResultWriter {

    private ResultWriter() {
    }

    static void created(Message message, String taskId, TaskStatus status, String requestId) {
        message.setBody(taskId);
        message.setHeader(SeedanceConstants.TASK_ID, taskId);
        TaskHeaders.setOrRemove(message, SeedanceConstants.TASK_STATUS, status == null ? null : status.value());
        requestId(message, requestId);
    }

    static void task(Message message, SeedanceResponse<Task> response) {
        TaskHeaders.write(message, response.body(), response.requestId());
        message.setBody(response.body());
    }

    static void page(Message message, SeedanceResponse<TaskPage> response) {
        message.setBody(response.body());
        message.setHeader(SeedanceConstants.TOTAL, response.body().total());
        requestId(message, response.requestId());
    }

    static void cancelled(Message message, String taskId, SeedanceResponse<Void> response) {
        message.setBody(taskId);
        message.setHeader(SeedanceConstants.TASK_ID, taskId);
        requestId(message, response.requestId());
    }

    static void asset(Message message, Asset asset) {
        message.setBody(asset.assetId());
        message.setHeader(SeedanceConstants.ASSET_ID, asset.assetId());
        TaskHeaders.setOrRemove(message, SeedanceConstants.UPLOAD_TASK_ID, asset.uploadTaskId());
    }

    private static void requestId(Message message, String requestId) {
        TaskHeaders.setOrRemove(message, SeedanceConstants.REQUEST_ID, requestId);
    }
}
