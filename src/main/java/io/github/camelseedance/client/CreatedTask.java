package io.github.camelseedance.client;

import io.github.camelseedance.model.TaskStatus;

/** The answer to a create: the task id, and the status when the dialect reports one (OpenAI style). */
public record CreatedTask(String id, TaskStatus status) {
}
