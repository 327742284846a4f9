package io.github.camelseedance.client;

import io.github.camelseedance.model.Task;

/** A task was cancelled while it was queued, by this route or another client of the account. */
public class TaskCancelledException extends TaskFailedException {

    private static final long serialVersionUID = 1L;

    public TaskCancelledException(Task task) {
        super(task);
    }
}
