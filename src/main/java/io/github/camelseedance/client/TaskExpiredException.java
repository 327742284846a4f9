package io.github.camelseedance.client;

import io.github.camelseedance.model.Task;

/** A task was not finished before its {@code execution_expires_after}: the provider gave up on it. */
public class TaskExpiredException extends TaskFailedException {

    private static final long serialVersionUID = 1L;

    public TaskExpiredException(Task task) {
        super(task);
    }
}
