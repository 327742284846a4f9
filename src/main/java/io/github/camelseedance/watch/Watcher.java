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
package io.github.camelseedance.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.camelseedance.client.AssetNotReadyException;
import io.github.camelseedance.client.AuthenticationException;
import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.NotFoundException;
import io.github.camelseedance.client.PermissionDeniedException;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.model.Asset;
import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that waits on one client waits here: upload jobs for their asset ids, and tasks for a final status. One
 * sweep, scheduled on the clock for the earliest due check, looks at everything due at once: all due tasks in one
 * batched {@link TaskLookup} (pages of the list endpoint), each due upload job with one asset-id call. The sweep only
 * dispatches calls and does bookkeeping, so no thread is held while the provider works, and 10,000 waiting tasks cost
 * a few requests per sweep. Each wait completes exactly once: with its result, a failure, its deadline, when the
 * caller cancels it, or when the watcher closes.
 */
public final class Watcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);

    private final SeedanceClient client;
    private final SeedanceClock clock;
    private final TaskLookup lookup;
    /** Checks due within this window of a sweep go with it, so waits started close together share requests. */
    private final Duration coalesce;

    private final TaskWaits taskWaits = new TaskWaits();
    private final Set<AssetWait> assetWaits = new LinkedHashSet<>();
    private boolean lookupInFlight;
    private SeedanceClock.Scheduled sweepTimer;
    private Instant sweepAt;
    private boolean closed;

    public Watcher(SeedanceClient client, SeedanceClock clock, TaskLookup lookup, Duration coalesce) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.coalesce = Objects.requireNonNull(coalesce, "coalesce");
    }

    public SeedanceClient client() {
        return client;
    }

    public SeedanceClock clock() {
        return clock;
    }

    public TaskLookup lookup() {
        return lookup;
    }

    /** A task a generate waits for, as the watcher last saw it. */
    public record WaitingTask(String taskId, TaskStatus status, Instant since, Instant deadline, Instant nextCheck) {
    }

    /** The tasks waited for now, oldest first, with what the last check saw (no status before the first). */
    public synchronized List<WaitingTask> waitingTasks() {
        List<WaitingTask> tasks = new ArrayList<>(taskWaits.size());
        for (TaskWait wait : taskWaits.all()) {
            tasks.add(new WaitingTask(wait.taskId, wait.last == null ? null : wait.last.status(), wait.since,
                    wait.deadline, wait.due));
        }
        return tasks;
    }

    /** How many waits (tasks and assets) are registered now. */
    public synchronized int size() {
        return taskWaits.size() + assetWaits.size();
    }

    /** How many task waits are registered now. */
    public synchronized int watchedTasks() {
        return taskWaits.size();
    }

    /** Whether a wait on the task is registered and not over: a callback about it is news for this watcher. */
    public synchronized boolean awaits(String taskId) {
        for (TaskWait wait : taskWaits.of(taskId)) {
            if (!wait.result.isDone()) {
                return true;
            }
        }
        return false;
    }

    // ---- assets

    /**
     * Waits for an upload job's asset id, checking at {@code interval} until {@code timeout} has passed
     * ({@link AssetNotReadyException}). Cancelling the future stops the checks.
     */
    public CompletableFuture<Asset> awaitAsset(String uploadTaskId, Duration interval, Duration timeout) {
        CompletableFuture<Asset> result = new CompletableFuture<>();
        if (!Ids.isValid(uploadTaskId)) {
            result.completeExceptionally(new AssetNotReadyException(new ErrorDetails(0, "AssetNotReady",
                    "not a usable upload job id: " + uploadTaskId, null, null, null)));
            return result;
        }
        Instant now = clock.now();
        AssetWait wait = new AssetWait(uploadTaskId, interval, now.plus(timeout), result);
        synchronized (this) {
            if (closed) {
                result.completeExceptionally(closedException("asset " + uploadTaskId));
                return result;
            }
            assetWaits.add(wait);
        }
        result.whenComplete((asset, failure) -> forget(wait));
        wake(now);
        return result;
    }

    private final class AssetWait {
        final String uploadTaskId;
        final Duration interval;
        final Instant deadline;
        final CompletableFuture<Asset> result;
        Instant due;
        boolean inFlight;

        AssetWait(String uploadTaskId, Duration interval, Instant deadline, CompletableFuture<Asset> result) {
            this.uploadTaskId = uploadTaskId;
            this.interval = interval;
            this.deadline = deadline;
            this.result = result;
            this.due = clock.now();
        }
    }

    // ---- tasks

    /**
     * Waits for a task to reach a final status. {@code onChange} sees every status change observed on the way (the
     * first observation included), on the thread that observed it; it must not block. The future completes with the
     * final task, or fails with a {@link TaskDeadlineException} at {@code deadline} (null: none), or with the failure
     * that ends all hope (the key refused). Cancelling the future stops the wait.
     */
    public CompletableFuture<Task> awaitTask(String taskId, WaitSchedule schedule, Instant deadline,
            Consumer<Task> onChange) {
        CompletableFuture<Task> result = new CompletableFuture<>();
        if (!Ids.isValid(taskId)) {
            result.completeExceptionally(new SeedanceException("not a usable task id: " + taskId, null));
            return result;
        }
        Instant now = clock.now();
        TaskWait wait = new TaskWait(taskId, schedule, deadline, onChange, result, now);
        synchronized (this) {
            if (closed) {
                LOG.warn("Task {} was created while the component was stopping; it goes on at the provider and is not"
                         + " awaited here", taskId);
                result.completeExceptionally(new TaskAbandonedException(taskId, null));
                return result;
            }
            taskWaits.add(wait);
        }
        result.whenComplete((task, failure) -> forget(wait));
        wake(wait.due);
        return result;
    }

    /**
     * A task as a route's own call (a get, a list) just saw it: the waits on it learn now that it left the queue or
     * ended, rather than at their next check, which may be a poll interval away (a queue place held that long
     * throttles every create of the account). Only news moves a wait: a status no later than the last one seen is
     * ignored, as the answer may be older than the watcher's.
     */
    public void observed(Task task) {
        if (task == null || task.id() == null || task.status() == null) {
            return;
        }
        List<Runnable> outcomes = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.now();
            for (TaskWait wait : taskWaits.of(task.id())) {
                if (!wait.result.isDone()
                    && stage(task.status()) > (wait.last == null ? stage(TaskStatus.QUEUED) : stage(wait.last.status()))) {
                    seen(wait, task, now, outcomes);
                }
            }
        }
        outcomes.forEach(Runnable::run);
    }

    private static int stage(TaskStatus status) {
        return status == null ? -1 : status.stage();
    }

    /** Records what a check or an observation saw of a wait's task; what it completes or tells goes into outcomes. */
    private void seen(TaskWait wait, Task task, Instant now, List<Runnable> outcomes) {
        boolean changed = wait.last == null || !Objects.equals(wait.last.status(), task.status());
        wait.last = task;
        wait.interval = changed ? wait.schedule.initial() : wait.schedule.next(wait.interval);
        wait.due = now.plus(wait.interval);
        if (changed && wait.onChange != null) {
            outcomes.add(() -> notifyChange(wait, task));
        }
        if (task.isTerminal()) {
            outcomes.add(() -> wait.result.complete(task));
        }
    }

    // ---- the sweep

    private synchronized void forget(TaskWait wait) {
        taskWaits.remove(wait);
    }

    private synchronized void forget(AssetWait wait) {
        assetWaits.remove(wait);
    }

    /** Makes sure a sweep runs no later than {@code at}. */
    private void wake(Instant at) {
        synchronized (this) {
            if (closed || sweepAt != null && !sweepAt.isAfter(at)) {
                return;
            }
            if (sweepTimer != null) {
                sweepTimer.cancel();
            }
            sweepAt = at;
            try {
                sweepTimer = clock.schedule(Duration.between(clock.now(), at), this::sweep);
                return;
            } catch (RejectedExecutionException e) {
                sweepTimer = null;
                sweepAt = null;
            }
        }
        close(); // the scheduler is gone: nothing would ever be checked again
    }

    /** A sweep that fails (even with an Error) must not end all checks: it is logged, and the next one is armed. */
    private void sweep() {
        try {
            sweepOnce();
        } catch (Throwable e) {
            LOG.error("A watcher sweep failed; checking again later", e);
            rearm();
        }
    }

    private void sweepOnce() {
        Instant now = clock.now();
        Instant horizon = now.plus(coalesce);
        List<TaskWait> dueTasks = new ArrayList<>();
        List<AssetWait> dueAssets = new ArrayList<>();
        List<Runnable> expired = new ArrayList<>();
        synchronized (this) {
            sweepTimer = null;
            sweepAt = null;
            if (closed) {
                return;
            }
            for (TaskWait wait : taskWaits.all()) {
                if (wait.deadline != null && !wait.deadline.isAfter(now)) {
                    expired.add(() -> wait.result.completeExceptionally(
                            new TaskDeadlineException(wait.taskId, wait.last, wait.deadline)));
                } else if (!lookupInFlight && !wait.due.isAfter(horizon)) {
                    dueTasks.add(wait);
                }
            }
            for (AssetWait wait : assetWaits) {
                if (!wait.inFlight && !wait.deadline.isAfter(now)) {
                    expired.add(() -> wait.result.completeExceptionally(new AssetNotReadyException(new ErrorDetails(0,
                            "AssetNotReady", "upload job " + wait.uploadTaskId + " has no asset id yet; the wait timed out",
                            null, null, null))));
                } else if (!wait.inFlight && !wait.due.isAfter(horizon)) {
                    wait.inFlight = true;
                    dueAssets.add(wait);
                }
            }
            if (!dueTasks.isEmpty()) {
                lookupInFlight = true;
            }
        }
        expired.forEach(Runnable::run);
        dueAssets.forEach(this::checkAsset);
        if (!dueTasks.isEmpty()) {
            checkTasks(dueTasks);
        }
        rearm();
    }

    private void checkAsset(AssetWait wait) {
        started(() -> client.findAssetId(wait.uploadTaskId)).whenComplete((assetId, failure) -> {
            synchronized (this) {
                wait.inFlight = false;
                wait.due = clock.now().plus(wait.interval);
            }
            if (failure != null) {
                wait.result.completeExceptionally(SeedanceClient.causeOf(failure));
            } else if (assetId.isPresent()) {
                wait.result.complete(new Asset(assetId.get(), wait.uploadTaskId));
            }
            rearm();
        });
    }

    private void checkTasks(List<TaskWait> due) {
        Set<String> ids = new LinkedHashSet<>();
        due.forEach(wait -> ids.add(wait.taskId));
        started(() -> lookup.lookup(ids)).whenComplete((found, failure) -> {
            List<Runnable> outcomes = new ArrayList<>();
            synchronized (this) {
                lookupInFlight = false;
                Instant now = clock.now();
                for (TaskWait wait : due) {
                    if (wait.result.isDone()) {
                        continue;
                    }
                    if (failure != null) {
                        Throwable cause = SeedanceClient.causeOf(failure);
                        if (cause instanceof AuthenticationException || cause instanceof PermissionDeniedException) {
                            outcomes.add(() -> wait.result.completeExceptionally(cause));
                        } else {
                            // the client has retried already: look again at the next interval, until the deadline
                            wait.due = now.plus(wait.interval);
                        }
                        continue;
                    }
                    Task task = found.tasks().get(wait.taskId);
                    if (task == null) {
                        if (found.unknown().contains(wait.taskId)) {
                            outcomes.add(() -> wait.result.completeExceptionally(new NotFoundException(
                                    new ErrorDetails(404, "NotFound", "task " + wait.taskId + " is not known to the server"
                                            + " (deleted, or older than the list keeps)", null, null, null), null)));
                        } else {
                            wait.due = now.plus(wait.interval);
                        }
                        continue;
                    }
                    if (wait.last != null && stage(task.status()) >= 0
                        && stage(task.status()) < stage(wait.last.status())) {
                        // older than what a route's own call already showed
                        wait.due = now.plus(wait.interval);
                        continue;
                    }
                    seen(wait, task, now, outcomes);
                }
            }
            if (failure != null) {
                LOG.debug("Task lookup of {} tasks failed; looking again later: {}", ids.size(), failure.toString());
            }
            outcomes.forEach(Runnable::run);
            rearm();
        });
    }

    /** The call's future, or a failed one if starting it threw: a check must end, or nothing would be checked again. */
    private static <T> CompletableFuture<T> started(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (Throwable e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void notifyChange(TaskWait wait, Task task) {
        try {
            wait.onChange.accept(task);
        } catch (Throwable e) {
            LOG.warn("A status listener of task {} failed: {}", wait.taskId, e.toString());
        }
    }

    /** Schedules the next sweep for the earliest due check or deadline. */
    private void rearm() {
        Instant next = null;
        synchronized (this) {
            if (closed) {
                return;
            }
            for (TaskWait wait : taskWaits.all()) {
                next = earliest(next, lookupInFlight ? wait.deadline : earliest(wait.due, wait.deadline));
            }
            for (AssetWait wait : assetWaits) {
                if (!wait.inFlight) {
                    next = earliest(next, earliest(wait.due, wait.deadline));
                }
            }
        }
        if (next != null) {
            wake(next);
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /**
     * Completes every wait with a failure; later waits fail at once. A task wait fails with a
     * {@link TaskAbandonedException} naming its task, and one WARN line lists the tasks left running at the provider.
     */
    @Override
    public void close() {
        List<TaskWait> tasks;
        List<AssetWait> assets;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (sweepTimer != null) {
                sweepTimer.cancel();
            }
            tasks = taskWaits.drain();
            assets = new ArrayList<>(assetWaits);
            assetWaits.clear();
        }
        List<String> abandoned = new ArrayList<>();
        for (TaskWait wait : tasks) {
            if (wait.result.completeExceptionally(new TaskAbandonedException(wait.taskId, wait.last))) {
                abandoned.add(wait.taskId);
            }
        }
        if (!abandoned.isEmpty()) {
            LOG.warn("Stopped waiting for {} task(s) still queued or running at the provider (they go on, and are paid"
                     + " for): {}", abandoned.size(), abandoned);
        }
        for (AssetWait wait : assets) {
            wait.result.completeExceptionally(closedException("asset " + wait.uploadTaskId));
        }
    }

    private static SeedanceException closedException(String what) {
        return new SeedanceException("the watcher was stopped; " + what + " was not awaited to the end", null);
    }
}
