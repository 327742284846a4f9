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
package io.github.camelseedance;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The operations, the {@code operation} of {@code seedance:operation}: producer operations and the consumer. */
public enum SeedanceOperations {
    /** Upload a medium to the Asset Library and wait for its asset id. */
    upload,
    /** Create a generation task; answers its id. */
    create,
    /** Create a generation task and wait for its outcome, then optionally download the video. */
    generate,
    /** Read a task. */
    get,
    /** List tasks, one page at a time (official style only). */
    list,
    /** Cancel a queued task, or delete a finished one's record (official style only). */
    cancel,
    /** Download a task's video (and last frame) as a stream or into a file. */
    download,
    /** Register task ids with this context's {@code seedance:tasks} consumers. */
    watch,
    /** The consumer: {@code from("seedance:tasks")} emits one exchange per observed status change of a task. */
    tasks;

    /** Whether this is the consumer, not a producer operation. */
    boolean isConsumer() {
        return this == tasks;
    }

    /** The operations, as a refusal lists them. */
    static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
