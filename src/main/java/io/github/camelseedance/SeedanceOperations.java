package io.github.camelseedance;

/** The producer operations, the {@code operation} of {@code seedance:operation}. */
public enum SeedanceOperations {
    /** Upload a medium to the Asset Library and wait for its asset id. */
    upload,
    /** Create a generation task; answers its id. */
    create,
    /** Read a task. */
    get,
    /** List tasks, one page at a time (official style only). */
    list,
    /** Cancel a queued task, or delete a finished one's record (official style only). */
    cancel
}
