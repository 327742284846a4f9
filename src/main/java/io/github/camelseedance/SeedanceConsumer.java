package io.github.camelseedance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.model.TaskStatus;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.HttpResponseAware;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * {@code from("seedance:tasks")}: one exchange per observed status change of a task. Each poll emits the changes seen
 * by the last look and asks the watcher's batched lookup for the next one (pages of the list endpoint, not one request
 * per task), so the poll thread never waits for the provider. A change is recorded in the {@link TransitionLog} only
 * when its exchange completes; a failed exchange is offered again on the next poll; a task with an exchange in flight
 * is not offered twice. Failures of a look are thrown by the next poll, so that Camel's backoff options, error handler
 * and health check see them.
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
    private StateRepository<String, String> state;
    private boolean ownsState;
    private TransitionLog log;
    private volatile CompletableFuture<?> look;
    /** The requests the last completed look of the watched ids took, and how many ids it looked at. */
    private volatile int lastLookRequests;
    private volatile int lastLookIds;

    public SeedanceConsumer(SeedanceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
        this.filter = TaskStatusFilter.parse(config.getEmit());
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
    protected void doStart() throws Exception {
        ownsState = config.getStateRepository() == null;
        state = ownsState ? new MemoryStateRepository() : config.getStateRepository();
        ServiceHelper.startService(state, config.getIdempotentRepository());
        log = new TransitionLog(state, config.getIdempotentRepository());
        log.watch(SeedanceConfiguration.splitIds(config.getTaskIds()));
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        CompletableFuture<?> pending = look;
        if (pending != null) {
            pending.cancel(false);
        }
        if (ownsState) {
            ServiceHelper.stopService(state);
        }
        latest.clear();
        inFlight.clear();
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
        Queue<Object> batch = transitions();
        lookIfIdle();
        return processBatch(batch);
    }

    /** Starts the next look unless one is still under way: at most one look at a time. */
    private void lookIfIdle() {
        CompletableFuture<?> current = look;
        if (current == null || current.isDone()) {
            look = lookAgain();
        }
    }

    /** The next look, in the background: its tasks replace the ones seen before; a failure waits for the next poll. */
    private CompletableFuture<?> lookAgain() {
        CompletableFuture<List<Task>> tasks;
        if (config.getScope() == TaskScope.account) {
            Instant since = endpoint.getWatcher().clock().now().minusMillis(config.getCreatedWithin());
            TaskQuery filters = config.toTaskQuery();
            tasks = endpoint.getWatcher().lookup().listAll(filters, MAX_ACCOUNT_PAGES,
                    t -> t.createdAt() != null && t.createdAt() < since.getEpochSecond());
        } else {
            Set<String> ids = log.watching();
            tasks = ids.isEmpty() ? CompletableFuture.completedFuture(List.of())
                    : endpoint.getWatcher().lookup().lookup(ids).thenApply(found -> {
                        lastLookRequests = found.requests();
                        lastLookIds = ids.size();
                        return List.copyOf(found.tasks().values());
                    });
        }
        return tasks.whenComplete((found, failure) -> {
            if (failure != null) {
                lookFailure.set(failure);
                return;
            }
            lookFailure.set(null);
            if (config.getScope() == TaskScope.account) {
                Set<String> seen = new HashSet<>();
                found.forEach(t -> seen.add(t.id()));
                latest.keySet().removeIf(id -> !seen.contains(id) && !inFlight.contains(id));
            }
            found.forEach(task -> {
                if (task.id() != null) {
                    latest.put(task.id(), task);
                }
            });
        });
    }

    /** One exchange per task whose status differs from the one last handled, unless one is in flight. */
    private Queue<Object> transitions() {
        Queue<Object> batch = new LinkedList<>();
        for (Task task : new ArrayList<>(latest.values())) {
            TaskStatus status = task.status();
            if (status == null || inFlight.contains(task.id())) {
                continue;
            }
            String previous = log.lastStatus(task.id());
            if (status.value().equals(previous)) {
                if (status.isTerminal()) {
                    latest.remove(task.id(), task);
                }
                continue;
            }
            if (!filter.emits(status) || log.alreadyEmitted(task.id(), status)) {
                log.handled(task.id(), status, false); // recorded, not emitted: the next change has the right previous
                continue;
            }
            batch.add(exchangeOf(task, previous));
        }
        return batch;
    }

    private Exchange exchangeOf(Task task, String previous) {
        Exchange exchange = createExchange(true);
        MessageResults.task(exchange.getMessage(), task, null);
        exchange.getMessage().setBody(task);
        if (previous != null) {
            exchange.getMessage().setHeader(SeedanceConstants.PREVIOUS_STATUS, previous);
        }
        inFlight.add(task.id());
        exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
            @Override
            public void onComplete(Exchange done) {
                log.handled(task.id(), task.status(), true);
                if (task.isTerminal()) {
                    latest.remove(task.id(), task);
                }
                inFlight.remove(task.id());
            }

            @Override
            public void onFailure(Exchange failed) {
                inFlight.remove(task.id()); // offered again on the next poll
            }
        });
        return exchange;
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            // the route's error handler deals with failures; the exchange is released when its unit of work is done
            getAsyncProcessor().process(exchange, doneSync -> {
            });
        }
        // exchanges the batch did not reach (isBatchAllowed false) are simply offered again later
        Exchange left;
        while ((left = (Exchange) exchanges.poll()) != null) {
            inFlight.remove(left.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class));
        }
        return total;
    }

    /** How many tasks the consumer watches now (context and ids scopes) or saw in its last look (account scope). */
    int watchedCount() {
        return config.getScope() == TaskScope.account ? latest.size() : log.watchingCount();
    }

    /** How many requests the last completed look took, for {@link #lastLookIds()} watched ids. */
    int lastLookRequests() {
        return lastLookRequests;
    }

    int lastLookIds() {
        return lastLookIds;
    }

    /** The last poll failure, for the health check (Camel keeps it protected). */
    Throwable lastError() {
        return getLastError();
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
