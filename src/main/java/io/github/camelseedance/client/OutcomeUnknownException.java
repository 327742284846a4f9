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
package io.github.camelseedance.client;

import java.time.Instant;
import java.util.List;

import io.github.camelseedance.model.Task;

/**
 * A create was sent but whether it created a task is unknown: its answer was lost (connection reset, read timeout,
 * unreadable body) or a gateway answered 500/502/504. A paid task may exist. It is never resent automatically;
 * reconcile by listing the tasks of {@link #getModel()} created between {@link #getSentAt()} and
 * {@link #getFailedAt()}, which the {@code generate} operation does itself ({@link #getCandidates()}).
 */
public class OutcomeUnknownException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    private final Instant sentAt;
    private final Instant failedAt;
    private final String model;
    private final transient List<Task> candidates;

    public OutcomeUnknownException(ErrorDetails details, Instant sentAt, Instant failedAt, String model, Throwable cause) {
        this(details, sentAt, failedAt, model, null, cause);
    }

    private OutcomeUnknownException(ErrorDetails details, Instant sentAt, Instant failedAt, String model,
                                    List<Task> candidates, Throwable cause) {
        super(message(details, sentAt, failedAt, model, candidates), details, cause);
        this.sentAt = sentAt;
        this.failedAt = failedAt;
        this.model = model;
        this.candidates = candidates == null ? null : List.copyOf(candidates);
    }

    private static String message(ErrorDetails details, Instant sentAt, Instant failedAt, String model,
            List<Task> candidates) {
        StringBuilder s = new StringBuilder("The answer to a create of a ").append(model == null ? "" : model + " ")
                .append("task was lost (").append(describe(details)).append("): a paid task may have been created")
                .append(sentAt == null ? "" : " between " + sentAt + " and " + failedAt)
                .append(". It was not sent again. To reconcile, list the tasks of model ").append(model)
                .append(" created in that window (seedance:list with header CamelSeedanceModelFilter, or"
                        + " SeedanceClient.list) and adopt the one paid for before creating again.");
        if (candidates != null) {
            s.append(" Candidates found: ").append(candidates.size()).append(candidates.isEmpty() ? "" : " "
                    + candidates.stream().map(Task::id).toList());
        }
        return s.toString();
    }

    /** The same failure with the tasks that may be the one created, as found by listing the window. */
    public OutcomeUnknownException withCandidates(List<Task> found) {
        OutcomeUnknownException copy = new OutcomeUnknownException(details(), sentAt, failedAt, model, found,
                getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** When the create was sent: the earliest creation time of the task, if it exists. */
    public Instant getSentAt() {
        return sentAt;
    }

    /** When the answer was found to be lost: the latest creation time of the task, if it exists. */
    public Instant getFailedAt() {
        return failedAt;
    }

    public String getModel() {
        return model;
    }

    /**
     * The tasks of this model created in the window, when they were looked up (by {@code generate}): the one paid
     * for is among them if it exists. Null when no lookup was made.
     */
    public List<Task> getCandidates() {
        return candidates;
    }
}
