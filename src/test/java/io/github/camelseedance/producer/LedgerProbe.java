package io.github.camelseedance.producer;

/** What tests read of a correlation key's record, through the package rather than public members of main code. */
public final class LedgerProbe {

    private LedgerProbe() {
    }

    /** The task id a key's record holds, or null while the key is pending (its create sent, its answer unknown). */
    public static String recordedTaskId(String record) {
        return TaskLedger.parse(record) instanceof TaskLedger.Task task ? task.taskId() : null;
    }
}
