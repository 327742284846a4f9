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
package io.github.camelseedance.consumer;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.TaskStatus;

/** The statuses a consumer emits: {@code all}, {@code terminal}, or a comma-separated list of known statuses. */
public record TaskStatusFilter(Set<TaskStatus> statuses, boolean all) {

    static final String ALLOWED = "all, terminal, or a comma-separated list of queued, running, succeeded, failed,"
                                  + " cancelled, expired";

    public static TaskStatusFilter parse(String emit) {
        if (emit == null || emit.isBlank()) {
            throw new SeedanceValidationException("emit", emit, ALLOWED);
        }
        String text = emit.trim().toLowerCase(Locale.ROOT);
        if (text.equals("all")) {
            return new TaskStatusFilter(Set.of(), true);
        }
        if (text.equals("terminal")) {
            return new TaskStatusFilter(TaskStatus.KNOWN.stream().filter(TaskStatus::isTerminal)
                    .collect(Collectors.toUnmodifiableSet()), false);
        }
        Set<TaskStatus> statuses = new LinkedHashSet<>();
        for (String part : Arrays.stream(text.split(",")).map(String::trim).toList()) {
            TaskStatus status = TaskStatus.of(part);
            if (part.isEmpty() || !status.isKnown() || part.equals("pending")) {
                throw new SeedanceValidationException("emit", emit, ALLOWED);
            }
            statuses.add(status);
        }
        return new TaskStatusFilter(Set.copyOf(statuses), false);
    }

    /** Whether a change to {@code status} is emitted; an unknown status the provider adds is emitted by {@code all}. */
    public boolean emits(TaskStatus status) {
        return all || statuses.contains(status);
    }
}
