package io.github.camelseedance;

import io.github.camelseedance.client.SeedanceResponse;
import io.github.camelseedance.model.Asset;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskStatus;
import io.github.camelseedance.model.Usage;
import org.apache.camel.Message;

/** Writes results into the message: the body, and headers a route can branch on. */
final class MessageResults {

    private MessageResults() {
    }

    static void created(Message message, String taskId, TaskStatus status, String requestId) {
        message.setBody(taskId);
        message.setHeader(SeedanceConstants.TASK_ID, taskId);
        setOrRemove(message, SeedanceConstants.TASK_STATUS, status == null ? null : status.value());
        requestId(message, requestId);
    }

    static void task(Message message, SeedanceResponse<Task> response) {
        task(message, response.body(), response.requestId());
        message.setBody(response.body());
    }

    /** The task's headers (id, status, URLs, tokens, error), leaving the body as it is. */
    static void task(Message message, Task task, String requestId) {
        message.setHeader(SeedanceConstants.TASK_ID, task.id());
        setOrRemove(message, SeedanceConstants.TASK_STATUS, task.status() == null ? null : task.status().value());
        setOrRemove(message, SeedanceConstants.VIDEO_URL, task.videoUrl());
        setOrRemove(message, SeedanceConstants.LAST_FRAME_URL, task.lastFrameUrl());
        Usage usage = task.usage();
        setOrRemove(message, SeedanceConstants.COMPLETION_TOKENS, usage == null ? null : usage.completionTokens());
        setOrRemove(message, SeedanceConstants.TOTAL_TOKENS, usage == null ? null : usage.totalTokens());
        setOrRemove(message, SeedanceConstants.ERROR_CODE, task.error() == null ? null : task.error().code());
        setOrRemove(message, SeedanceConstants.ERROR_MESSAGE, task.error() == null ? null : task.error().message());
        requestId(message, requestId);
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
        setOrRemove(message, SeedanceConstants.UPLOAD_TASK_ID, asset.uploadTaskId());
    }

    private static void requestId(Message message, String requestId) {
        setOrRemove(message, SeedanceConstants.REQUEST_ID, requestId);
    }

    /** A stale value from an earlier call must not survive: a route branching on it would read the wrong task. */
    private static void setOrRemove(Message message, String header, Object value) {
        if (value == null) {
            message.removeHeader(header);
        } else {
            message.setHeader(header, value);
        }
    }
}
