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
package io.github.camelseedance.model;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskStatusTest {

    @Test
    void sixDocumentedStatusesAreKnown() {
        assertEquals(6, TaskStatus.KNOWN.size());
        List<TaskStatus> all = List.of(TaskStatus.QUEUED, TaskStatus.RUNNING, TaskStatus.SUCCEEDED, TaskStatus.FAILED,
                TaskStatus.CANCELLED, TaskStatus.EXPIRED);
        List<String> wire = List.of("queued", "running", "succeeded", "failed", "cancelled", "expired");
        for (int i = 0; i < all.size(); i++) {
            TaskStatus status = TaskStatus.of(wire.get(i));
            assertSame(all.get(i), status);
            assertEquals(wire.get(i), status.value());
            assertEquals(wire.get(i), status.toString());
            assertTrue(status.isKnown());
            assertTrue(TaskStatus.KNOWN.contains(status));
        }
    }

    @Test
    void terminalStatusesAreTheLastFour() {
        assertFalse(TaskStatus.QUEUED.isTerminal());
        assertFalse(TaskStatus.RUNNING.isTerminal());
        assertTrue(TaskStatus.SUCCEEDED.isTerminal());
        assertTrue(TaskStatus.FAILED.isTerminal());
        assertTrue(TaskStatus.CANCELLED.isTerminal());
        assertTrue(TaskStatus.EXPIRED.isTerminal());
    }

    @ParameterizedTest
    @ValueSource(strings = { "pending", "PENDING", " Pending " })
    void pendingIsQueued(String value) {
        assertSame(TaskStatus.QUEUED, TaskStatus.of(value));
    }

    @Test
    void caseAndBlanksAreNormalisedForKnownStatuses() {
        assertSame(TaskStatus.SUCCEEDED, TaskStatus.of(" SUCCEEDED "));
        assertSame(TaskStatus.RUNNING, TaskStatus.of("Running"));
    }

    @Test
    void unknownStatusIsKeptAndReported() {
        TaskStatus paused = TaskStatus.of("paused");
        assertEquals("paused", paused.value());
        assertEquals("paused", paused.toString());
        assertFalse(paused.isKnown());
        assertFalse(paused.isTerminal());
        assertEquals(TaskStatus.of("paused"), paused);
        assertEquals(TaskStatus.of("paused").hashCode(), paused.hashCode());
        assertNotEquals(TaskStatus.QUEUED, paused);
        assertFalse(TaskStatus.KNOWN.contains(paused));
    }

    @Test
    void nullIsNull() {
        assertNull(TaskStatus.of(null));
    }
}
