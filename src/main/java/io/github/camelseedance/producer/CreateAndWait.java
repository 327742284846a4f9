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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.CreateNotSentException;
import io.github.camelseedance.client.OutcomeUnknownException;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.client.TaskFailedException;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.model.TaskStatus;
import io.github.camelseedance.runtime.SeedanceRuntime;
import io.github.camelseedance.watch.CreateGate;
import io.github.camelseedance.watch.TaskAbandonedException;
import io.github.camelseedance.watch.TaskDeadlineException;
import io.github.camelseedance.watch.WaitSchedule;
import io.github.camelseedance.watch.Watcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paid part of {@code create} and {@code generate}: a create that waits for room in the account's queue (the
 * {@link CreateGate}), is sent once, and is never resent; then, for generate, the wait for a final status with the
 * {@link Watcher}. Generate's deadline counts from the start: staging, the queue wait and the create are inside it,
 * and a create is never sent after it. With a correlation key the generation is shared by the exchanges of this
 * context that carry the key, and with a task repository {@link KeyedGeneration} decides from the key's record.
 */
final class CreateAndWait {

    private static final Logger LOG = LoggerFactory.getLogger(CreateAndWait.class);
    /** Task creation times are seconds; a task created in the window may carry a time a little before it. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /** How long a plain create's task is followed to give its queue place back: the longest a task can queue. */
    private static final Duration LONGEST_QUEUE = Duration.ofHours(73);

    private final SeedanceConfiguration config;
    private final SeedanceRuntime runtime;
    /** The endpoint's client and watcher as they are now: null once it stopped. */
    private final Supplier<SeedanceClient> clients;
    private final Supplier<Watcher> watchers;

    CreateAndWait(SeedanceConfiguration config, SeedanceRuntime runtime, Supplier<SeedanceClient> clients,
                  Supplier<Watcher> watchers) {
        this.config = config;
        this.runtime = runtime;
        this.clients = clients;
        this.watchers = watchers;
    }

    /** What an exchange asks generate for. */
    record Order(RequestReader.Draft draft, Supplier<CompletableFuture<GenerationRequest>> staging, String key,
                 String adoptTaskId) {
    }

    /** A created task, and the way to give its place in the queue back once the task is seen to leave it. */
    record Created(String taskId, TaskStatus status, String requestId, CreateGate.Permit permit) {
    }

    /** What happens to a key's record around the send; for a create without a key, nothing. */
    interface SendRecord {
        SendRecord NONE = new SendRecord() {
        };

        /** Just before the create is sent. */
        default void sending(GenerationRequest request, Instant at) {
        }

        /** The create answered with a task. */
        default void created(String taskId) {
        }

        /** Nothing was created (the create was refused or never sent). */
        default void notCreated() {
        }

        /** The create may have created a task: its answer was lost. */
        default void lost(Instant at) {
        }
    }

    /**
     * Sends the create once its request is ready and the queue has room, unless {@code deadline} (null: none) has
     * passed first; registers the task with the context's consumers. The queue place is given back when the task
     * leaves the queue, followed by the watcher.
     */
    CompletableFuture<Created> create(Supplier<CompletableFuture<GenerationRequest>> request, Instant deadline) {
        return create(request, deadline, SendRecord.NONE);
    }

    private CompletableFuture<Created> create(Supplier<CompletableFuture<GenerationRequest>> request, Instant deadline,
            SendRecord record) {
        CreateGate gate = gate();
        return beforeDeadline(request.get(), deadline, "the media were being staged", null)
                .thenCompose(r -> beforeDeadline(gate.acquire(), deadline, "waiting for room in the account's queue "
                                                                           + "(maxQueuedCreates)", CreateGate.Permit::release)
                        .thenCompose(permit -> send(r, permit, deadline, record)));
    }

    /**
     * The stage, failed with a {@link TaskDeadlineException} if the deadline comes first; the stage is then cancelled
     * (a place in the queue goes to the next in line), and what it still produces is given back by {@code late}.
     */
    private <T> CompletableFuture<T> beforeDeadline(CompletableFuture<T> stage, Instant deadline, String doing,
            Consumer<T> late) {
        if (deadline == null) {
            return stage;
        }
        CompletableFuture<T> guarded = new CompletableFuture<>();
        Duration left = Duration.between(now(), deadline);
        SeedanceClock.Scheduled timer = null;
        if (left.isNegative() || left.isZero()) {
            guarded.completeExceptionally(TaskDeadlineException.beforeCreate(deadline, doing));
        } else {
            try {
                timer = watcher().clock().schedule(left,
                        () -> guarded.completeExceptionally(TaskDeadlineException.beforeCreate(deadline, doing)));
            } catch (RejectedExecutionException e) {
                guarded.completeExceptionally(e);
            }
        }
        SeedanceClock.Scheduled deadlineTimer = timer;
        stage.whenComplete((value, failure) -> {
            if (deadlineTimer != null) {
                deadlineTimer.cancel();
            }
            boolean taken = failure != null ? guarded.completeExceptionally(SeedanceClient.causeOf(failure))
                    : guarded.complete(value);
            if (!taken && failure == null && late != null) {
                late.accept(value);
            }
        });
        guarded.whenComplete((value, failure) -> {
            if (failure != null) {
                stage.cancel(false);
            }
        });
        return guarded;
    }

    private CompletableFuture<Created> send(GenerationRequest request, CreateGate.Permit permit, Instant deadline,
            SendRecord record) {
        try {
            if (deadline != null && !now().isBefore(deadline)) {
                throw TaskDeadlineException.beforeCreate(deadline, "waiting for room in the account's queue");
            }
            record.sending(request, now());
        } catch (Throwable e) {
            permit.release();
            record.notCreated();
            return CompletableFuture.failedFuture(e);
        }
        return client().create(request, deadline).handle((response, failure) -> {
            if (failure != null) {
                // nothing was created, or (the answer lost) a task nobody here follows: either way the place comes back
                permit.release();
                Throwable cause = SeedanceClient.causeOf(failure);
                if (cause instanceof OutcomeUnknownException) {
                    record.lost(now());
                } else {
                    record.notCreated();
                }
                if (cause instanceof CreateNotSentException) {
                    throw TaskDeadlineException.beforeCreate(deadline, "the create waited to be sent (a rate limit or"
                                                                      + " a retry)");
                }
                throw new CompletionException(cause);
            }
            String id = response.body().id();
            record.created(id);
            runtime.taskRegistry().created(id);
            return new Created(id, response.body().status(), response.requestId(), permit);
        });
    }

    /** A task a route's get or list saw: a create waiting for it to leave the queue learns it now. */
    void observed(Task task) {
        Watcher watcher = watchers.get();
        if (watcher != null) {
            watcher.observed(task);
        }
    }

    /** For a plain create: follows the task only until it leaves the queue, to give its place back. */
    void releaseWhenStarted(Created created) {
        if (gate().capacity() == 0) {
            created.permit().release();
            return;
        }
        AtomicReference<CompletableFuture<Task>> wait = new AtomicReference<>();
        wait.set(watcher().awaitTask(created.taskId(), schedule(), now().plus(LONGEST_QUEUE), task -> {
            if (!TaskStatus.QUEUED.equals(task.status())) {
                created.permit().release();
                CompletableFuture<Task> self = wait.get();
                if (self != null) {
                    // completed, not cancelled: a CancellationException's stack trace cost more than the rest of
                    // the follow (8 µs of 80 per create+get at 64)
                    self.complete(task);
                }
            }
        }));
        wait.get().whenComplete((task, failure) -> created.permit().release());
    }

    /**
     * Generate: the task of the correlation key if there is one (in flight here, or recorded), else a new create;
     * then the wait for a final status, all before the deadline. Answers the succeeded task; a task that ended
     * otherwise fails with its classified {@link TaskFailedException}, the deadline with
     * {@link TaskDeadlineException}.
     */
    CompletableFuture<Task> generate(Order order) {
        // counted in flight from here to its outcome, for the meter seedance.generations.inflight
        Runnable ended = runtime.metrics().generationStarted();
        CompletableFuture<Task> generation;
        try {
            generation = generation(order);
        } catch (RuntimeException e) {
            ended.run();
            throw e;
        }
        generation.whenComplete((task, failure) -> ended.run());
        return generation;
    }

    private CompletableFuture<Task> generation(Order order) {
        Instant deadline = now().plus(config.getDeadline());
        if (order.key() == null) {
            return createAndAwait(order, deadline, SendRecord.NONE);
        }
        String shared = client().config().accountId() + "/" + order.key();
        return runtime.keyedGenerations().share(shared, () -> {
            if (config.getTaskRepository() == null) {
                return createAndAwait(order, deadline, SendRecord.NONE);
            }
            TaskLedger ledger = new TaskLedger(config.getTaskRepository(), config.getCorrelationRepository());
            // the fingerprint reads the media: local work for the worker pool
            return CompletableFuture.supplyAsync(() -> RequestFingerprint.of(order.draft()), worker())
                    .thenCompose(fingerprint -> new KeyedGeneration(this, config, order, ledger, fingerprint, deadline)
                            .resolve());
        });
    }

    CompletableFuture<Task> createAndAwait(Order order, Instant deadline, SendRecord record) {
        return create(order.staging(), deadline, record).exceptionallyCompose(failure -> {
            Throwable cause = SeedanceClient.causeOf(failure);
            return cause instanceof OutcomeUnknownException lost
                    ? withCandidates(lost).thenCompose(CompletableFuture::failedFuture)
                    : CompletableFuture.failedFuture(cause);
        }).thenCompose(created -> await(created, deadline));
    }

    /** The wait on a task created earlier (recorded for a key, or adopted), before the deadline. */
    CompletableFuture<Task> resume(String taskId, Instant deadline) {
        return await(new Created(taskId, null, null, null), deadline);
    }

    private CompletableFuture<Task> await(Created created, Instant deadline) {
        if (watchers.get() == null) {
            // the endpoint stopped as the create was answered: the task goes on, named
            return failed(new TaskAbandonedException(created.taskId(), null));
        }
        SeedanceClientConfig account = client().config();
        CompletableFuture<Task> wait = watcher().awaitTask(created.taskId(), schedule(), deadline, task -> {
            if (created.permit() != null && !TaskStatus.QUEUED.equals(task.status())) {
                created.permit().release();
            }
        });
        return wait.handle((task, failure) -> {
            if (created.permit() != null) {
                created.permit().release();
            }
            if (failure != null) {
                Throwable cause = SeedanceClient.causeOf(failure);
                if (cause instanceof TaskDeadlineException late && config.isCancelOnDeadline() && stillQueued(late)) {
                    return client().cancel(created.taskId()).handle((cancelled, cancelFailure) -> {
                        LOG.info("Task {} was still queued at the deadline: {}", created.taskId(),
                                cancelFailure == null ? "cancelled" : "cancelling it failed (" + cancelFailure + ")");
                        return (Task) null;
                    }).thenCompose(x -> CreateAndWait.<Task> failed(late));
                }
                return CreateAndWait.<Task> failed(cause);
            }
            // the end of a task this context waited for: its bill counts once (one wait per task, keys shared)
            runtime.tokensUsed(account, task);
            if (!TaskStatus.SUCCEEDED.equals(task.status())) {
                return CreateAndWait.<Task> failed(TaskFailedException.of(task));
            }
            return CompletableFuture.completedFuture(task);
        }).thenCompose(f -> f);
    }

    private static boolean stillQueued(TaskDeadlineException late) {
        return late.getLastSeen() == null || TaskStatus.QUEUED.equals(late.getLastSeen().status());
    }

    /**
     * The tasks of the request's model created between the send and the failure: the one paid for is among them if
     * it exists. A lookup that fails leaves the exception as it was.
     */
    private CompletableFuture<OutcomeUnknownException> withCandidates(OutcomeUnknownException lost) {
        if (lost.getSentAt() == null || lost.getModel() == null || config.getApiStyle() != ApiStyle.OFFICIAL) {
            return CompletableFuture.completedFuture(lost);
        }
        return candidates(lost.getModel(), lost.getSentAt(), lost.getFailedAt()).handle((found, failure) -> {
            if (failure != null) {
                LOG.warn("Could not list the candidates of a create whose answer was lost: {}", failure.toString());
                return lost;
            }
            return lost.withCandidates(found);
        });
    }

    /** The tasks of a model created in the window, newest first, read page by page until the window is passed. */
    CompletableFuture<List<Task>> candidates(String model, Instant sentAt, Instant failedAt) {
        long from = sentAt.minus(CLOCK_SKEW).getEpochSecond();
        long to = failedAt.plus(CLOCK_SKEW).getEpochSecond();
        return watcher().lookup().listAll(TaskQuery.builder().model(model).build(), TaskQuery.MAX_PAGE_NUM,
                t -> t.createdAt() != null && t.createdAt() < from)
                .thenApply(tasks -> tasks.stream()
                        .filter(t -> t.createdAt() != null && t.createdAt() <= to && model.equals(t.model())).toList());
    }

    static <T> CompletableFuture<T> failed(Throwable cause) {
        return CompletableFuture.failedFuture(cause);
    }

    private WaitSchedule schedule() {
        return new WaitSchedule(config.getPollInterval(), config.getMaxPollInterval(),
                config.getPollBackoffMultiplier());
    }

    private CreateGate gate() {
        return runtime.createGate(client().config(), config.getMaxQueuedCreates());
    }

    String instanceId() {
        return runtime.instanceId();
    }

    Executor worker() {
        return runtime.workerHandoff()::complete;
    }

    Instant now() {
        return watcher().clock().now();
    }

    private SeedanceClient client() {
        SeedanceClient client = clients.get();
        if (client == null) {
            throw stopped();
        }
        return client;
    }

    Watcher watcher() {
        Watcher watcher = watchers.get();
        if (watcher == null) {
            throw stopped();
        }
        return watcher;
    }

    private static SeedanceException stopped() {
        return new SeedanceException("the Seedance endpoint stopped before the create was sent; nothing was created",
                null);
    }
}
