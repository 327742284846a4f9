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

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.SeedanceEndpoint;
import io.github.camelseedance.TaskScope;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.model.TaskStatus;
import io.github.camelseedance.runtime.ClientSettings;
import io.github.camelseedance.runtime.KeyProbe;
import io.github.camelseedance.runtime.TaskHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.HttpResponseAware;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * {@code from("seedance:tasks")}: one exchange per observed status change of a task. Each poll emits the changes seen
 * by the last look (at most {@code maxMessagesPerPoll}, the rest on the next polls) and asks the watcher's batched
 * lookup for the next one (pages of the list endpoint, not one request per task), so the poll thread never waits for
 * the provider. A change is claimed in the idempotent repository before its exchange is sent and recorded in the
 * {@link TransitionLog} only when its exchange completes; a failed exchange goes to the consumer's exception handler
 * and is offered again on a later poll, and so is a change whose claim or record failed; a task with an exchange in
 * flight is not offered twice, and leaves the in-flight set however its exchange ends. Failures of a look are thrown
 * by the next poll, so that Camel's backoff options, error handler and health check see them; unless the route sets
 * its own, the consumer backs off for minutes after a few failed polls ({@link PollBackoff}), and a refused key is
 * reported once per change of state ({@link KeyRefusals}). While it watches no task it still finds out whether the key
 * works, from the account's cached {@link KeyProbe}. The repositories the consumer started are stopped with it, by
 * their last user.
 */
public class SeedanceConsumer extends ScheduledBatchPollingConsumer {

    /** How many pages the account scope reads per look at most. */
    private static final int MAX_ACCOUNT_PAGES = 20;

    private final SeedanceEndpoint endpoint;
    private final SeedanceConfiguration config;
    private final TaskStatusFilter filter;
    private final Map<String, Task> latest = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Throwable> lookFailure = new AtomicReference<>();
    /** The repositories this consumer started or shares with the endpoints that did, released when it stops. */
    private final List<Object> repositories = new ArrayList<>();
    private TransitionLog log;
    private KeyRefusals refusals;
    private volatile CompletableFuture<?> look;
    /** Held while changes are claimed and sent: by a poll, or by the emission a callback asked for. */
    private final ReentrantLock emitting = new ReentrantLock();
    private final AtomicBoolean emitScheduled = new AtomicBoolean();
    /** The requests the last completed look of the watched ids took, and how many ids it looked at. */
    private volatile int lastLookRequests;
    private volatile int lastLookIds;

    public SeedanceConsumer(SeedanceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
        this.filter = TaskStatusFilter.parse(config.getEmit());
        setMaxMessagesPerPoll(config.getMaxMessagesPerPoll());
    }

    @Override
    public SeedanceEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doBuild() throws Exception {
        setHealthCheck(new SeedanceConsumerHealthCheck(this, "consumer:" + getRouteId()));
        super.doBuild();
    }

    @Override
    protected void doInit() throws Exception {
        PollBackoff.applyDefaults(this); // the endpoint's options are set by now; Camel checks them in doInit
        super.doInit();
    }

    @Override
    protected void doStart() throws Exception {
        if (!(getExceptionHandler() instanceof KeyRefusals)) {
            refusals = new KeyRefusals(getExceptionHandler(), endpoint.getEndpointUri());
            setExceptionHandler(refusals);
        }
        StateRepository<String, String> state = config.getStateRepository() != null
                ? config.getStateRepository() : new MemoryStateRepository();
        IdempotentRepository claims = config.getIdempotentRepository();
        try {
            // repository beans are services Camel does not start for us (a FileStateRepository loads its file on start)
            acquire(state);
            acquire(claims);
            log = new TransitionLog(state, claims);
            log.watch(Ids.split(config.getTaskIds()));
            super.doStart();
        } catch (Exception e) {
            releaseRepositories();
            throw e;
        }
    }

    private void acquire(Object repository) {
        if (endpoint.getComponent().getRuntime().repositories().acquire(repository)) {
            repositories.add(repository);
        }
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        CompletableFuture<?> pending = look;
        if (pending != null) {
            pending.cancel(false);
        }
        releaseRepositories();
        latest.clear();
        inFlight.clear();
    }

    /** The last user of a repository the component started stops it; one its owner started is left alone. */
    private void releaseRepositories() {
        for (int i = repositories.size() - 1; i >= 0; i--) {
            endpoint.getComponent().getRuntime().repositories().release(repositories.get(i));
        }
        repositories.clear();
    }

    @Override
    protected int poll() throws Exception {
        Throwable failure = lookFailure.get();
        if (failure != null) {
            // every poll fails until a look succeeds again: Camel's backoff and the health check see a lasting failure
            lookIfIdle();
            throw new LookFailedException(SeedanceClient.unwrap(failure));
        }
        if (config.getScope() != TaskScope.account) {
            log.watch(endpoint.getMailbox().drain());
        }
        emitting.lock();
        try {
            Queue<Object> batch = transitions();
            lookIfIdle();
            return processBatch(batch);
        } finally {
            emitting.unlock();
        }
    }

    // ---- callbacks: the webhook route's re-read tasks join the same stream of transitions

    /**
     * Whether a callback about the task concerns this consumer: any task of the account (scope account), else a task
     * it watches, or one a producer of this context just created (still in its mailbox).
     */
    boolean watches(String taskId) {
        if (config.getScope() == TaskScope.account) {
            return true;
        }
        log.watch(endpoint.getMailbox().drain());
        return log.isWatching(taskId);
    }

    /**
     * Whether a callback claiming this status is worth a re-read: a status the route emits, a final one, or one this
     * version does not know (null: none claimed). A {@code queued} or {@code running} claim the route would only
     * record is not: its re-read would cost a request and change no exchange.
     */
    boolean needs(String claimedStatus) {
        if (claimedStatus == null) {
            return true;
        }
        TaskStatus status = TaskStatus.of(claimedStatus);
        return !status.isKnown() || status.isTerminal() || filter.emits(status);
    }

    /** Whether the last status this consumer handled for the task is final: nothing about it can be news. */
    boolean handledFinal(String taskId) {
        String last = log.lastStatus(taskId);
        return last != null && TaskStatus.of(last).isTerminal();
    }

    /**
     * A task as a callback's re-read found it: it joins what the looks found (never taking a task back to an earlier
     * status) and its change is emitted now, on a worker thread, rather than at the next poll; the claims, the state
     * repository and the filter are the polls' own, so a change is emitted once whichever way it arrived first.
     */
    void offer(Task task) {
        if (!isRunAllowed() || task.id() == null || task.status() == null || !watches(task.id())) {
            return;
        }
        synchronized (latest) {
            latest.merge(task.id(), task, SeedanceConsumer::further);
        }
        if (emitScheduled.compareAndSet(false, true)) {
            endpoint.getComponent().getRuntime().workerHandoff().complete(this::emitNow);
        }
    }

    /** Emits what is new now, serialized with the polls. */
    private void emitNow() {
        emitScheduled.set(false);
        if (!isRunAllowed() || isSuspended()) {
            return;
        }
        emitting.lock();
        try {
            processBatch(transitions());
        } catch (Exception e) {
            getExceptionHandler().handleException("Emitting the status changes a callback reported failed; they are"
                                                  + " offered again on a later poll", e);
        } finally {
            emitting.unlock();
        }
    }

    /** The answer that is further along; on a tie, or with a status this version does not know, the later one. */
    private static Task further(Task known, Task seen) {
        int was = known.status().stage();
        int is = seen.status().stage();
        return is >= 0 && is < was ? known : seen;
    }

    /** Starts the next look unless one is still under way: at most one look at a time. */
    private void lookIfIdle() {
        CompletableFuture<?> current = look;
        if (current == null || current.isDone()) {
            try {
                look = lookAgain();
            } catch (RuntimeException e) {
                // thrown by the next poll, like a look that failed later: this poll still sends what it claimed
                refusals.lookFailed(e);
                lookFailure.set(e);
                look = CompletableFuture.failedFuture(e);
            }
        }
    }

    /** The next look, in the background: its tasks replace the ones seen before; a failure waits for the next poll. */
    private CompletableFuture<?> lookAgain() {
        CompletableFuture<List<Task>> tasks;
        if (config.getScope() == TaskScope.account) {
            Instant since = endpoint.getWatcher().clock().now().minus(config.getCreatedWithin());
            TaskQuery filters = ClientSettings.taskQuery(config);
            tasks = endpoint.getWatcher().lookup().listAll(filters, MAX_ACCOUNT_PAGES,
                    t -> t.createdAt() != null && t.createdAt() < since.getEpochSecond());
        } else {
            Set<String> ids = log.watching();
            tasks = ids.isEmpty() ? keyWorks()
                    : endpoint.getWatcher().lookup().lookup(ids).thenApply(found -> {
                        lastLookRequests = found.requests();
                        lastLookIds = ids.size();
                        return List.copyOf(found.tasks().values());
                    });
        }
        return tasks.whenComplete((found, failure) -> {
            if (failure != null) {
                refusals.lookFailed(failure); // before the next poll can throw it
                lookFailure.set(failure);
                return;
            }
            lookFailure.set(null);
            refusals.accepted();
            synchronized (latest) { // a poll sees the whole look or none of it
                if (config.getScope() == TaskScope.account) {
                    Set<String> seen = new HashSet<>();
                    found.forEach(t -> seen.add(t.id()));
                    latest.keySet().removeIf(id -> !seen.contains(id) && !inFlight.contains(id));
                }
                found.forEach(task -> {
                    if (task.id() != null && task.status() != null) {
                        latest.merge(task.id(), task, SeedanceConsumer::further); // a callback may have seen further
                    }
                });
            }
        });
    }

    /**
     * With nothing to watch, the look asks the account's cached key probe whether the key works, so that a refused key
     * fails the polls (and the health check) before the first task, at one request per healthCheckInterval.
     */
    private CompletableFuture<List<Task>> keyWorks() {
        KeyProbe probe = endpoint.getComponent().getRuntime().keyProbe(endpoint.getClient().config(),
                endpoint.getComponent().getHealthCheckInterval());
        return probe.check(endpoint.getClient()).thenApply(answer -> {
            if (answer.verdict() == KeyProbe.Verdict.REFUSED) {
                throw answer.failure();
            }
            return List.of();
        });
    }

    /**
     * The changes to emit now, claimed: one per task whose status differs from the one last handled, unless one is in
     * flight; at most {@code maxMessagesPerPoll}, the others wait for the next polls. A change another instance
     * claimed is recorded without an exchange; one whose claim failed is offered again on a later poll.
     */
    private Queue<Object> transitions() {
        int max = getMaxMessagesPerPoll();
        List<Task> seen;
        synchronized (latest) {
            seen = new ArrayList<>(latest.values());
        }
        Queue<Object> batch = new ArrayDeque<>();
        try {
            for (Task task : seen) {
                if (max > 0 && batch.size() >= max) {
                    break;
                }
                TaskStatus status = task.status();
                if (status == null || inFlight.contains(task.id())) {
                    continue;
                }
                String previous = log.lastStatus(task.id());
                if (previous != null && status.stage() >= 0 && status.stage() < TaskStatus.of(previous).stage()) {
                    latest.remove(task.id(), task); // older than what was handled: a look that started before a callback
                    continue;
                }
                if (status.value().equals(previous)) {
                    if (status.isTerminal()) {
                        latest.remove(task.id(), task);
                    }
                    continue;
                }
                if (!filter.emits(status)) {
                    log.handled(task.id(), status); // recorded, not emitted: the next change has the right previous
                    continue;
                }
                if (claim(task)) {
                    batch.add(new Transition(task, previous));
                }
            }
        } catch (RuntimeException e) {
            // the poll fails (its state could not be read): the claims made so far are given up, nothing stays in flight
            batch.forEach(t -> release(((Transition) t).task(), null));
            throw e;
        }
        return batch;
    }

    /** Claims the task's change: true when this consumer emits it now, false when not (now or ever). */
    private boolean claim(Task task) {
        boolean claimed;
        try {
            claimed = log.claim(task.id(), task.status());
        } catch (RuntimeException e) {
            getExceptionHandler().handleException("Claiming the status change " + describe(task)
                                                  + " failed; it is offered again on a later poll", e);
            return false;
        }
        if (claimed) {
            inFlight.add(task.id());
        } else {
            log.handled(task.id(), task.status()); // another instance emitted it, or is emitting it
        }
        return claimed;
    }

    /** A claimed change and the status last handled before it. */
    private record Transition(Task task, String previous) {
    }

    private Exchange exchangeOf(Transition transition) {
        Task task = transition.task();
        Exchange exchange = createExchange(true);
        TaskHeaders.write(exchange.getMessage(), task, null);
        exchange.getMessage().setBody(task);
        if (transition.previous() != null) {
            exchange.getMessage().setHeader(SeedanceConstants.PREVIOUS_STATUS, transition.previous());
        }
        exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
            @Override
            public void onComplete(Exchange done) {
                completed(task, done);
            }

            @Override
            public void onFailure(Exchange failed) {
                release(task, failed); // offered again on a later poll
            }
        });
        return exchange;
    }

    /**
     * The change's exchange completed: its claim is confirmed and the change recorded. When either fails the change is
     * offered again on a later poll (unless the confirmed claim tells it was emitted); the task leaves the in-flight
     * set in every case.
     */
    private void completed(Task task, Exchange done) {
        try {
            log.confirm(task.id(), task.status());
            log.handled(task.id(), task.status());
            if (task.isTerminal()) {
                latest.remove(task.id(), task);
            }
        } catch (RuntimeException e) {
            getExceptionHandler().handleException("Recording the status change " + describe(task)
                                                  + " failed; it is offered again on a later poll", done, e);
        } finally {
            inFlight.remove(task.id());
        }
    }

    /** The change was not handled (its exchange failed, or was never sent): its claim is given up, offered again. */
    private void release(Task task, Exchange exchange) {
        try {
            log.release(task.id(), task.status());
        } catch (RuntimeException e) {
            String message = "Giving up the claim of the status change " + describe(task) + " failed";
            if (exchange != null) {
                getExceptionHandler().handleException(message, exchange, e);
            } else {
                getExceptionHandler().handleException(message, e);
            }
        } finally {
            inFlight.remove(task.id());
        }
    }

    private static String describe(Task task) {
        return task.id() + " to " + task.status().value();
    }

    @Override
    public int processBatch(Queue<Object> transitions) throws Exception {
        int total = transitions.size();
        int index = 0;
        try {
            for (; index < total && isBatchAllowed(); index++) {
                Transition transition = (Transition) transitions.peek();
                Exchange exchange = exchangeOf(transition);
                transitions.poll(); // from here on the exchange's completion releases the task
                exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
                exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
                exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
                pendingExchanges = total - index - 1;
                // the route's error handler deals with a failure first; what it leaves goes to the exception handler,
                // and the exchange's completion gives the claim up so that the change is offered again
                getAsyncProcessor().process(exchange, doneSync -> {
                    if (exchange.getException() != null) {
                        getExceptionHandler().handleException("Error processing the status change "
                                                              + describe(transition.task())
                                                              + "; it is offered again on a later poll",
                                exchange, exchange.getException());
                    }
                });
            }
        } finally {
            // changes the batch did not reach (isBatchAllowed false: the consumer stops) are offered again later
            Object left;
            while ((left = transitions.poll()) != null) {
                release(((Transition) left).task(), null);
            }
            pendingExchanges = 0;
        }
        return index;
    }

    /** How many tasks the consumer watches now (context and ids scopes) or saw in its last look (account scope). */
    public int watchedCount() {
        return config.getScope() == TaskScope.account ? latest.size() : log.watchingCount();
    }

    /** How many requests the last completed look took, for {@link #lastLookIds()} watched ids. */
    public int lastLookRequests() {
        return lastLookRequests;
    }

    public int lastLookIds() {
        return lastLookIds;
    }

    /** The last poll failure, for the health check (Camel keeps it protected). */
    Throwable lastError() {
        return getLastError();
    }

    /** The provider's refusal of the key while it lasts (401, 403), else null. */
    SeedanceException refusal() {
        return refusals == null ? null : refusals.refusal();
    }

    /** A look that failed, thrown from the next poll; it carries the HTTP status for Camel's health details. */
    static final class LookFailedException extends SeedanceException implements HttpResponseAware {

        private static final long serialVersionUID = 1L;

        private final int status;

        LookFailedException(RuntimeException cause) {
            super("looking at the watched tasks failed: " + cause.getMessage(), cause);
            this.status = cause instanceof SeedanceException e ? e.getHttpStatus() : 0;
        }

        @Override
        public int getHttpResponseCode() {
            return status;
        }

        @Override
        public void setHttpResponseCode(int code) {
            // the status of the answer that failed; not changed afterwards
        }

        @Override
        public String getHttpResponseStatus() {
            return getCause() == null ? null : getCause().getMessage();
        }

        @Override
        public void setHttpResponseStatus(String status) {
            // as above
        }
    }
}
