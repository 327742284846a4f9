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

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a generation task. A value class rather than an enum: the provider may add statuses, and an
 * unknown one must be kept and reported, never crash the parsing of a task.
 */
public final class TaskStatus {

    public static final TaskStatus QUEUED = new TaskStatus("queued");
    public static final TaskStatus RUNNING = new TaskStatus("running");
    public static final TaskStatus SUCCEEDED = new TaskStatus("succeeded");
    public static final TaskStatus FAILED = new TaskStatus("failed");
    public static final TaskStatus CANCELLED = new TaskStatus("cancelled");
    public static final TaskStatus EXPIRED = new TaskStatus("expired");

    /** The documented statuses, in their natural order. */
    public static final Set<TaskStatus> KNOWN = Set.of(QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED);

    private final String value;

    private TaskStatus(String value) {
        this.value = value;
    }

    /**
     * Reads a status as the server sends it. PowerTokens answers {@code pending} on its OpenAI-style create: that
     * is a queued task.
     */
    @JsonCreator
    public static TaskStatus of(String value) {
        if (value == null) {
            return null;
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        if ("pending".equals(normalized)) {
            return QUEUED;
        }
        for (TaskStatus known : KNOWN) {
            if (known.value.equals(normalized)) {
                return known;
            }
        }
        return new TaskStatus(value);
    }

    @JsonValue
    public String value() {
        return value;
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /**
     * How far along a task with this status is: 0 queued, 1 running, 2 final; -1 for a status this version does not
     * know. Answers read at different moments (a poll, a callback's re-read) are ordered by it: an older answer never
     * takes a task back.
     */
    public int stage() {
        if (!isKnown()) {
            return -1;
        }
        return isTerminal() ? 2 : RUNNING.equals(this) ? 1 : 0;
    }

    /** succeeded, failed, cancelled and expired are final: the task will not change any more. */
    public boolean isTerminal() {
        return this.equals(SUCCEEDED) || this.equals(FAILED) || this.equals(CANCELLED) || this.equals(EXPIRED);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskStatus status && status.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
