package io.github.camelseedance.watch;

import java.time.Instant;

import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.model.Task;

/** A task did not reach a final status before the deadline; it may still be running (or queued) on the server. */
public class TaskDeadlineException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    private final String taskId;
    private final transient Task lastSeen;
    private final Instant deadline;

    public TaskDeadlineException(String taskId, Task lastSeen, Instant deadline) {
        super(new ErrorDetails(0, "DeadlineExceeded", "task " + taskId + " was still "
                + (lastSeen == null || lastSeen.status() == null ? "not seen" : lastSeen.status().value())
                + " at the deadline " + deadline, null, null, null), null);
        this.taskId = taskId;
        this.lastSeen = lastSeen;
        this.deadline = deadline;
    }

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
