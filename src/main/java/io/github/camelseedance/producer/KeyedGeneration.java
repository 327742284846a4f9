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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.NotFoundException;
import io.github.camelseedance.client.OutcomeUnknownException;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.TaskFailedException;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.watch.TaskDeadlineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One generation of a correlation key with a task repository: what the key's record (see {@link TaskLedger}) says
 * decides whether the task it names is resumed, a create whose answer was lost is reconciled, another instance's
 * create is waited for, or a new create is claimed and sent through the {@link CreateAndWait}. The record is written
 * around the send, so that a redelivery, a restart or another instance never pays for the key again.
 */
final class KeyedGeneration {

    private static final Logger LOG = LoggerFactory.getLogger(KeyedGeneration.class);

    private final CreateAndWait generation;
    private final SeedanceConfiguration config;
    private final CreateAndWait.Order order;
    private final String key;
    private final TaskLedger ledger;
    private final String fingerprint;
    private final Instant deadline;

    KeyedGeneration(CreateAndWait generation, SeedanceConfiguration config, CreateAndWait.Order order, TaskLedger ledger,
            String fingerprint, Instant deadline) {
        this.generation = generation;
        this.config = config;
        this.order = order;
        this.key = order.key();
        this.ledger = ledger;
        this.fingerprint = fingerprint;
        this.deadline = deadline;
    }

    /** Decides from the key's record: resume, reconcile, wait for another instance, or create. */
    CompletableFuture<Task> resolve() {
        TaskLedger.Entry entry = ledger.read(key);
        if (order.adoptTaskId() != null) {
            LOG.info("Correlation key {} adopts task {} (header {})", key, order.adoptTaskId(),
                    SeedanceConstants.ADOPT_TASK_ID);
            ledger.task(key, order.adoptTaskId(), fingerprint);
            return resume(order.adoptTaskId());
        }
        if (entry instanceof TaskLedger.Task recorded) {
            if (recorded.names(fingerprint)) {
                LOG.debug("Resuming the wait on task {} recorded for correlation key {}", recorded.taskId(), key);
                return resume(recorded.taskId());
            }
            LOG.info("Correlation key {} now names another request (model, parameters, prompt or media changed):"
                     + " creating anew; it named task {} before", key, recorded.taskId());
            return createFor(entry);
        }
        if (entry instanceof TaskLedger.Pending pending) {
            if (!generation.instanceId().equals(pending.instance()) && isFresh(pending)) {
                // another instance sent this create a moment ago: its answer is on the way
                return later("another instance was creating the task of correlation key " + key);
            }
            return reconcile(pending);
        }
        return createFor(null);
    }

    private CompletableFuture<Task> resume(String taskId) {
        return generation.resume(taskId, deadline).exceptionallyCompose(failure -> {
            Throwable cause = SeedanceClient.causeOf(failure);
            if (cause instanceof NotFoundException) {
                // the recorded task is gone (deleted, or older than the provider keeps): the key pays once more
                ledger.clear(key);
                return createFor(null);
            }
            return CreateAndWait.failed(cause);
        });
    }

    /** Creates for the key once it is claimed here; the claim lasts until the pending record is written. */
    private CompletableFuture<Task> createFor(TaskLedger.Entry seen) {
        if (!ledger.claim(key)) {
            return later("another instance holds the claim on correlation key " + key + " (if none does, remove"
                         + " the key from the correlationRepository)");
        }
        TaskLedger.Entry now;
        try {
            now = ledger.read(key);
        } catch (Throwable e) {
            ledger.release(key);
            return CreateAndWait.failed(e);
        }
        if (!Objects.equals(seen, now)) {
            ledger.release(key); // someone wrote the key meanwhile: decide again
            return resolve();
        }
        KeyRecord record = new KeyRecord();
        return generation.createAndAwait(order, deadline, record).whenComplete((task, failure) -> {
            record.release(); // a failure before the send (staging, the queue, the deadline) keeps no claim
            if (failure != null && SeedanceClient.causeOf(failure) instanceof TaskFailedException) {
                ledger.clear(key); // ended without a video: a new exchange with the key may try again
            }
        });
    }

    /** Reads the key again after a poll interval, unless that passes the deadline. */
    private CompletableFuture<Task> later(String doing) {
        Duration wait = config.getPollInterval();
        if (generation.now().plus(wait).isAfter(deadline)) {
            return CreateAndWait.failed(TaskDeadlineException.beforeCreate(deadline, doing));
        }
        CompletableFuture<Void> tick = new CompletableFuture<>();
        try {
            generation.watcher().clock().schedule(wait, () -> tick.complete(null));
        } catch (RejectedExecutionException e) {
            return CreateAndWait.failed(e);
        }
        return tick.thenComposeAsync(x -> resolve(), generation.worker());
    }

    /**
     * A create of the key whose answer was lost: the tasks of its model created in its window, on every page,
     * less those another key owns. The one left is adopted; otherwise the exchange fails with the candidates, and
     * the key stays pending until the route decides.
     */
    private CompletableFuture<Task> reconcile(TaskLedger.Pending pending) {
        Instant to = pending.failedAt() != null ? pending.failedAt() : generation.now();
        CompletableFuture<List<Task>> candidates = config.getApiStyle() == ApiStyle.OFFICIAL && pending.model() != null
                ? generation.candidates(pending.model(), pending.sentAt(), to)
                : CompletableFuture.completedFuture(null);
        return candidates.thenCompose(found -> {
            List<Task> free = found == null ? null : found.stream().filter(t -> {
                String owner = ledger.ownerOf(t.id());
                return owner == null || owner.equals(key);
            }).toList();
            if (free != null && free.size() == 1 && ledger.claimTask(free.get(0).id(), key)) {
                String taskId = free.get(0).id();
                LOG.info("Correlation key {}: the create sent at {} whose answer was lost created task {}; adopting"
                         + " it", key, pending.sentAt(), taskId);
                ledger.task(key, taskId, pending.fingerprint() != null ? pending.fingerprint() : fingerprint);
                return resume(taskId);
            }
            OutcomeUnknownException lost = new OutcomeUnknownException(new ErrorDetails(0, "OutcomeUnknown",
                    "correlation key " + key + " has a create whose answer was lost; it is not sent again. Resolve it"
                    + " with the header " + SeedanceConstants.ADOPT_TASK_ID + " set to the task paid for, or remove the"
                    + " key from the taskRepository to create anew", null, null, null), pending.sentAt(), to,
                    pending.model(), null);
            return CreateAndWait.failed(free == null ? lost : lost.withCandidates(free));
        });
    }

    private boolean isFresh(TaskLedger.Pending pending) {
        // the longest a create can take: retries of a refusal, then the answer
        Duration longest = config.getConnectTimeout().plus(config.getResponseTimeout())
                .plus(config.getRetryMaxBackoff().multipliedBy(config.getMaxRetries())).plus(CreateAndWait.CLOCK_SKEW);
        return pending.failedAt() == null && generation.now().isBefore(pending.sentAt().plus(longest));
    }

    /** The key's record as the create is sent, answered or lost; the claim ends once the pending record is written. */
    private final class KeyRecord implements CreateAndWait.SendRecord {
        private TaskLedger.Pending pending;
        private boolean claimed = true;

        @Override
        public void sending(GenerationRequest request, Instant at) {
            pending = new TaskLedger.Pending(at, null, generation.instanceId(), fingerprint, request.model());
            ledger.pending(key, pending);
            release();
        }

        @Override
        public void created(String taskId) {
            ledger.task(key, taskId, fingerprint); // before the wait: a restart resumes it
        }

        @Override
        public void notCreated() {
            if (pending != null) {
                ledger.clear(key);
            }
            release();
        }

        @Override
        public void lost(Instant at) {
            ledger.lost(key, pending, at);
        }

        private synchronized void release() {
            if (claimed) {
                claimed = false;
                try {
                    ledger.release(key);
                } catch (RuntimeException e) {
                    LOG.warn("Could not give back the claim on correlation key {} (remove it from the"
                             + " correlationRepository by hand): {}", key, e.toString());
                }
            }
        }
    }
}
