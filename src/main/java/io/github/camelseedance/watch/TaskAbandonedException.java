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
