package io.github.camelseedance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.NotFoundException;
import io.github.camelseedance.client.OutcomeUnknownException;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.TaskFailedException;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.model.TaskStatus;
import io.github.camelseedance.watch.CreateGate;
import io.github.camelseedance.watch.TaskDeadlineException;
import io.github.camelseedance.watch.WaitSchedule;
import io.github.camelseedance.watch.Watcher;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paid part of {@code create} and {@code generate}: a create that waits for room in the account's queue (the
 * {@link CreateGate}), is sent once, and is never resent; then, for generate, the wait for a final status with the
 * {@link Watcher}. A create whose answer was lost is reconciled by listing the tasks of its model created in the
 * window, which are put on the {@link OutcomeUnknownException}. With a task repository, the task of a correlation key
 * is recorded before the wait, so that the same key after a restart resumes waiting on it instead of paying again.
 */
final class Generation {

    private static final Logger LOG = LoggerFactory.getLogger(Generation.class);
    /** Task creation times are seconds; a task created in the window may carry a time a little before it. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /** How long a plain create's task is followed to give its queue place back: the longest a task can queue. */
    private static final Duration LONGEST_QUEUE = Duration.ofHours(73);

    private final SeedanceEndpoint endpoint;
    private final SeedanceConfiguration config;

    Generation(SeedanceEndpoint endpoint) {
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
    }

    /**
     * Sends the create once its request is ready and the queue has room; registers the task with the context's
     * consumers. The queue place is given back when the task leaves the queue, followed by the watcher.
     */
    CompletableFuture<Created> create(CompletableFuture<GenerationRequest> request) {
        CreateGate gate = gate();
        return request.thenCompose(r -> gate.acquire().thenCompose(permit -> send(r, permit)));
    }

    /** A created task, and the way to give its place in the queue back once the task is seen to leave it. */
    record Created(String taskId, TaskStatus status, String requestId, CreateGate.Permit permit) {
    }

    private CompletableFuture<Created> send(GenerationRequest request, CreateGate.Permit permit) {
        return client().create(request).exceptionallyCompose(failure -> {
            // nothing was created, or (the answer lost) a task nobody here follows: either way the place comes back
            permit.release();
            return CompletableFuture.failedFuture(SeedanceClient.unwrap(failure));
        }).thenApply(response -> {
            String id = response.body().id();
            endpoint.getComponent().getTaskRegistry().created(id);
            return new Created(id, response.body().status(), response.requestId(), permit);
        });
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
                    self.cancel(false); // nothing more to learn about this task here
                }
            }
        }));
        wait.get().whenComplete((task, failure) -> created.permit().release());
    }

    /**
     * Generate: the recorded task of the correlation key if there is one, else a new create; then the wait for a
     * final status. Answers the succeeded task; a task that ended otherwise fails with its classified
     * {@link TaskFailedException}, and the deadline with {@link TaskDeadlineException}.
     */
    CompletableFuture<Task> generate(Supplier<CompletableFuture<GenerationRequest>> request, String correlationKey) {
        Instant deadline = now().plusMillis(config.getDeadline());
        StateRepository<String, String> repository = correlationKey == null ? null : config.getTaskRepository();
        String recorded = repository == null ? null : repository.getState(correlationKey);
        CompletableFuture<Task> generation;
        if (recorded != null && Ids.isValid(recorded)) {
            LOG.debug("Resuming the wait on task {} recorded for correlation key {}", recorded, correlationKey);
            generation = await(new Created(recorded, null, null, null), deadline).exceptionallyCompose(failure -> {
                RuntimeException cause = SeedanceClient.unwrap(failure);
                if (cause instanceof NotFoundException) {
                    // the recorded task is gone (deleted, or older than the provider keeps): this key pays once more
                    repository.setState(correlationKey, "");
                    return createAndAwait(request, repository, correlationKey, deadline);
                }
                return CompletableFuture.failedFuture(cause);
            });
        } else {
            generation = createAndAwait(request, repository, correlationKey, deadline);
        }
        return generation.whenComplete((done, failure) -> forgetFailed(repository, correlationKey, failure));
    }

    private CompletableFuture<Task> createAndAwait(Supplier<CompletableFuture<GenerationRequest>> request,
            StateRepository<String, String> repository, String correlationKey, Instant deadline) {
        return create(request.get()).exceptionallyCompose(failure -> {
            RuntimeException cause = SeedanceClient.unwrap(failure);
            return cause instanceof OutcomeUnknownException lost
                    ? withCandidates(lost).thenCompose(CompletableFuture::failedFuture)
                    : CompletableFuture.failedFuture(cause);
        }).thenCompose(task -> {
            if (repository != null) {
                repository.setState(correlationKey, task.taskId()); // before the wait: a restart resumes it
            }
            return await(task, deadline);
        });
    }

    /** A task that ended without a video clears its record: a new exchange with the key may try again. */
    private static void forgetFailed(StateRepository<String, String> repository, String correlationKey, Throwable failure) {
        if (repository != null && failure != null && SeedanceClient.unwrap(failure) instanceof TaskFailedException) {
            repository.setState(correlationKey, "");
        }
    }

    private CompletableFuture<Task> await(Created created, Instant deadline) {
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
                RuntimeException cause = SeedanceClient.unwrap(failure);
                if (cause instanceof TaskDeadlineException late && config.isCancelOnDeadline() && stillQueued(late)) {
                    return client().cancel(created.taskId()).handle((cancelled, cancelFailure) -> {
                        LOG.info("Task {} was still queued at the deadline: {}", created.taskId(),
                                cancelFailure == null ? "cancelled" : "cancelling it failed (" + cancelFailure + ")");
                        return (Task) null;
                    }).thenCompose(x -> CompletableFuture.<Task> failedFuture(late));
                }
                return CompletableFuture.<Task> failedFuture(cause);
            }
            if (!TaskStatus.SUCCEEDED.equals(task.status())) {
                return CompletableFuture.<Task> failedFuture(TaskFailedException.of(task));
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
        long from = lost.getSentAt().minus(CLOCK_SKEW).getEpochSecond();
        long to = lost.getFailedAt().plus(CLOCK_SKEW).getEpochSecond();
        return client().list(TaskQuery.builder().pageNum(1).pageSize(100).model(lost.getModel()).build())
                .handle((page, failure) -> {
                    if (failure != null) {
                        LOG.warn("Could not list the candidates of a create whose answer was lost: {}", failure.toString());
                        return lost;
                    }
                    List<Task> candidates = page.body().items().stream()
                            .filter(t -> t.createdAt() != null && t.createdAt() >= from && t.createdAt() <= to).toList();
                    return lost.withCandidates(candidates);
                });
    }

    private WaitSchedule schedule() {
        return new WaitSchedule(Duration.ofMillis(config.getPollInterval()), Duration.ofMillis(config.getMaxPollInterval()),
                config.getPollBackoffMultiplier());
    }

    private CreateGate gate() {
        return endpoint.getComponent().createGate(client().config(), config.getMaxQueuedCreates());
    }

    private Instant now() {
        return watcher().clock().now();
    }

    private SeedanceClient client() {
        return endpoint.getClient();
    }

    private Watcher watcher() {
        return endpoint.getWatcher();
    }
}
