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
package io.github.camelseedance.producer;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.github.camelseedance.model.Ids;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code generate} knows of each correlation key, kept in the user's {@code taskRepository}: nothing, a create
 * sent whose answer has not come (pending, with its send time, so that a lost answer is reconciled, never paid
 * again), or the task created for it, each with the fingerprint of the request. Creating for a key is claimed
 * atomically in {@code correlationRepository} when one is shared by several instances ({@link IdempotentRepository#add}
 * answers true to one caller only). Each recorded task also names its key, so that reconciling another key never
 * adopts a task that is already someone's.
 */
final class TaskLedger {

    private static final Logger LOG = LoggerFactory.getLogger(TaskLedger.class);

    private static final String TASK = "task";
    private static final String PENDING = "pending";
    private static final String NONE = "-";
    /** Who owns a task: the state key {@code OWNER + taskId} holds the correlation key. */
    private static final String OWNER = "seedance.task-owner.";
    /** The claim of a task being adopted, in the correlation repository. */
    private static final String ADOPTED = "seedance.adopted.";

    /** A key's record: {@link Task} or {@link Pending}; null for none. */
    sealed interface Entry permits Task, Pending {
    }

    /** The task created (or adopted) for the key; {@code fingerprint} null for a record written before fingerprints. */
    record Task(String taskId, String fingerprint) implements Entry {
        boolean names(String requestFingerprint) {
            return fingerprint == null || fingerprint.equals(requestFingerprint);
        }
    }

    /**
     * A create sent at {@code sentAt} by {@code instance} whose answer has not been recorded: in flight, or lost
     * ({@code failedAt} set when the sender saw it lost).
     */
    record Pending(Instant sentAt, Instant failedAt, String instance, String fingerprint, String model)
            implements Entry {
    }

    private final StateRepository<String, String> state;
    private final IdempotentRepository claims;

    TaskLedger(StateRepository<String, String> state, IdempotentRepository claims) {
        this.state = state;
        this.claims = claims;
    }

    Entry read(String key) {
        return parse(state.getState(key));
    }

    static Entry parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] f = value.split("\\|", -1);
        if (f.length == 3 && TASK.equals(f[0]) && Ids.isValid(f[1])) {
            return new Task(f[1], field(f[2]));
        }
        if (f.length == 6 && PENDING.equals(f[0])) {
            try {
                return new Pending(Instant.ofEpochMilli(Long.parseLong(f[1])),
                        NONE.equals(f[2]) ? null : Instant.ofEpochMilli(Long.parseLong(f[2])), field(f[3]), field(f[4]),
                        field(f[5]) == null ? null : URLDecoder.decode(f[5], StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        // a record of an earlier version: the bare task id
        return Ids.isValid(value.trim()) ? new Task(value.trim(), null) : null;
    }

    private static String field(String value) {
        return value.isEmpty() || NONE.equals(value) ? null : value;
    }

    /** Written just before the create is sent: from here on, the key is never created for blindly. */
    void pending(String key, Pending pending) {
        state.setState(key, format(pending));
    }

    static String format(Pending p) {
        return String.join("|", PENDING, String.valueOf(p.sentAt().toEpochMilli()),
                p.failedAt() == null ? NONE : String.valueOf(p.failedAt().toEpochMilli()), orNone(p.instance()),
                orNone(p.fingerprint()),
                p.model() == null ? NONE : URLEncoder.encode(p.model(), StandardCharsets.UTF_8));
    }

    /** The answer of the pending create was lost at {@code failedAt}: the window of its candidates is closed. */
    void lost(String key, Pending pending, Instant failedAt) {
        state.setState(key, format(new Pending(pending.sentAt(), failedAt, pending.instance(), pending.fingerprint(),
                pending.model())));
    }

    /** The key's task, and the task's owner. */
    void task(String key, String taskId, String fingerprint) {
        state.setState(key, String.join("|", TASK, taskId, orNone(fingerprint)));
        state.setState(OWNER + taskId, key);
    }

    /** The key names nothing any more: a new exchange with it creates anew. */
    void clear(String key) {
        state.setState(key, "");
    }

    /** The correlation key a task was recorded for, or null. */
    String ownerOf(String taskId) {
        String owner = state.getState(OWNER + taskId);
        return owner == null || owner.isEmpty() ? null : owner;
    }

    /**
     * Claims the right to create for the key, atomically across the instances sharing the correlation repository;
     * without one, this context's own bookkeeping is the only claim and this answers true.
     */
    boolean claim(String key) {
        return claims == null || add(key);
    }

    /**
     * {@code add}, where an exception is a claim lost when the claim is there (camel-sql's JDBC repository throws a
     * duplicate-key error to the callers that lose the race). A claim no longer there was given back meanwhile (the
     * winner holds it only until its pending record is written): {@code add} is asked once more. Otherwise the store
     * failed, and its exception fails the exchange: nobody pays while the claims cannot be read.
     */
    private boolean add(String claim) {
        try {
            return claims.add(claim);
        } catch (RuntimeException e) {
            try {
                if (claims.contains(claim)) {
                    LOG.debug("Claim {} taken by another instance: {}", claim, e.toString());
                    return false;
                }
                return claims.add(claim);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
                throw e;
            }
        }
    }

    void release(String key) {
        if (claims != null) {
            claims.remove(key);
        }
    }

    /** Claims a candidate task for adoption: only one key, of one instance, may adopt it. */
    boolean claimTask(String taskId, String key) {
        String owner = ownerOf(taskId);
        if (owner != null && !owner.equals(key)) {
            return false;
        }
        return claims == null || add(ADOPTED + taskId);
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }
}
