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
package io.github.camelseedance.metrics;

import java.time.Duration;
import java.time.Instant;

import io.github.camelseedance.model.TaskStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each created task's queue time and end are told once, to the first look that sees them. */
class TaskTimesTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private final TaskTimes times = new TaskTimes();

    @Test
    void theQueueTimeAndTheEndAreToldOnce() {
        times.created("a/t1", "m", T0);
        assertNull(times.seen("a/t1", TaskStatus.QUEUED, T0.plusSeconds(1)));
        assertEquals(new TaskTimes.Sighting("m", Duration.ofSeconds(2), null),
                times.seen("a/t1", TaskStatus.RUNNING, T0.plusSeconds(2)));
        assertNull(times.seen("a/t1", TaskStatus.RUNNING, T0.plusSeconds(3)));
        assertEquals(new TaskTimes.Sighting("m", null, Duration.ofSeconds(9)),
                times.seen("a/t1", TaskStatus.SUCCEEDED, T0.plusSeconds(9)));
        assertNull(times.seen("a/t1", TaskStatus.SUCCEEDED, T0.plusSeconds(10)), "a second look counts nothing");
    }

    @Test
    void aTaskFirstSeenEndedLeftTheQueueTooUnlessCancelledThere() {
        times.created("a/t1", "m", T0);
        times.created("a/t2", "m", T0);
        assertEquals(new TaskTimes.Sighting("m", Duration.ofSeconds(5), Duration.ofSeconds(5)),
                times.seen("a/t1", TaskStatus.FAILED, T0.plusSeconds(5)));
        assertEquals(new TaskTimes.Sighting("m", null, Duration.ofSeconds(5)),
                times.seen("a/t2", TaskStatus.CANCELLED, T0.plusSeconds(5)));
    }

    @Test
    void tasksCreatedElsewhereAreNotCountedAndTheOldestAreForgottenBeyondTheLimit() {
        assertNull(times.seen("a/other", TaskStatus.SUCCEEDED, T0));
        for (int i = 0; i <= TaskTimes.LIMIT; i++) {
            times.created("a/t" + i, "m", T0);
        }
        assertNull(times.seen("a/t0", TaskStatus.SUCCEEDED, T0), "forgotten");
        assertEquals(new TaskTimes.Sighting("m", Duration.ZERO, Duration.ZERO),
                times.seen("a/t1", TaskStatus.SUCCEEDED, T0));
    }
}
