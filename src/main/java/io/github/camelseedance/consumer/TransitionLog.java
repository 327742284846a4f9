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

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.TaskStatus;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;

/**
 * What a {@code seedance:tasks} consumer has handled, kept in a Camel {@link StateRepository}: the last status handled
 * for each task (key {@code task:ID}) and the tasks still watched (key {@code watching}, non-final tasks only), so
 * that a restart neither loses nor repeats a transition. With an {@link IdempotentRepository} shared by several
 * instances, each transition is claimed there under {@code ID:status} before its exchange is sent (its {@code add}
 * answers which instance got it), confirmed when the exchange completed and given up when it failed.
 */
final class TransitionLog {

    static final String WATCHING = "watching";
    private static final String TASK = "task:";

    private final StateRepository<String, String> state;
    private final IdempotentRepository emitted;
    private final Set<String> watching = new LinkedHashSet<>();

    TransitionLog(StateRepository<String, String> state, IdempotentRepository emitted) {
        this.state = state;
        this.emitted = emitted;
        Ids.split(state.getState(WATCHING)).stream().filter(Ids::isValid).forEach(watching::add);
    }

    /** The status last handled (emitted, or passed by the filter) for the task, or null. */
    String lastStatus(String taskId) {
        String status = state.getState(TASK + taskId);
        return status == null || status.isBlank() ? null : status;
    }

    /**
     * Claims the right to emit a transition: always without an idempotent repository; with one, its {@code add} answers
     * (false: another instance emitted it, or is emitting it). A repository that fails throws: not claimed.
     */
    boolean claim(String taskId, TaskStatus status) {
        return emitted == null || emitted.add(key(taskId, status));
    }

    /** Confirms the claim of a transition whose exchange completed; when that fails the claim is given up too. */
    void confirm(String taskId, TaskStatus status) {
        if (emitted == null) {
            return;
        }
        try {
            emitted.confirm(key(taskId, status));
        } catch (RuntimeException e) {
            try {
                release(taskId, status);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** Gives up the claim of a transition whose exchange failed or was never sent, so that it is offered again. */
    void release(String taskId, TaskStatus status) {
        if (emitted != null) {
            emitted.remove(key(taskId, status));
        }
    }

    /** Records a transition as handled: after its exchange completed, or when it passes unemitted. */
    synchronized void handled(String taskId, TaskStatus status) {
        state.setState(TASK + taskId, status.value());
        if (status.isTerminal() && watching.remove(taskId)) {
            persistWatching();
        }
    }

    /** Adds tasks to watch. */
    synchronized void watch(Collection<String> taskIds) {
        if (watching.addAll(taskIds)) {
            persistWatching();
        }
    }

    synchronized Set<String> watching() {
        return Set.copyOf(watching);
    }

    synchronized boolean isWatching(String taskId) {
        return watching.contains(taskId);
    }

    synchronized int watchingCount() {
        return watching.size();
    }

    private void persistWatching() {
        state.setState(WATCHING, String.join(",", watching));
    }

    private static String key(String taskId, TaskStatus status) {
        return taskId + ":" + status.value();
    }
}
