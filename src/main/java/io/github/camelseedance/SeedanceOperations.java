package io.github.camelseedance;

import java.util.Arrays;
import java.util.stream.Collectors;

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
    cancel;

    /** The operations, as a refusal lists them. */
    static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
