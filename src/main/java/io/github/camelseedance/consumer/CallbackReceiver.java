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

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelseedance.SeedanceEndpoint;
import io.github.camelseedance.client.NotFoundException;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceResponse;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskStatus;
import io.github.camelseedance.watch.Watcher;
import org.apache.camel.DelegateEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler of {@code webhook:seedance:tasks}: receives the provider's callbacks, which are unsigned, so that
 * anybody could have sent them. A body is read up to {@code callbackMaxBodySize} (413 beyond), must be a JSON object
 * with a safe task id (400 otherwise), and must name a task this context created, watches or waits for (else 204,
 * dropped). An accepted callback is answered 202 at once and its task re-read by id afterwards, on the client's I/O
 * pool: only the re-read counts. It wakes the {@code generate} exchanges waiting on the task and joins the route's
 * {@link SeedanceConsumer}, which this handler owns and which keeps polling as the safety net, so that each change
 * is emitted once however it arrived. At most {@link #MAX_PENDING_REREADS} tasks wait for a re-read (503 beyond);
 * callbacks about a task whose re-read is under way cost one more re-read at most.
 */
public final class CallbackReceiver extends ServiceSupport implements Processor {

    static final int MAX_PENDING_REREADS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(CallbackReceiver.class);

    /** What an accepted callback costs: a read once more after the one under way, a read now, or none (too many). */
    private enum Outcome {
        AGAIN,
        READ,
        FULL
    }

    private final SeedanceEndpoint endpoint;
    private final SeedanceConsumer consumer;
    private final int maxBodySize;
    private final String callbackUrl;
    private final CallbackCounts counts = new CallbackCounts();
    /** Tasks whose re-read is under way; true when another callback arrived meanwhile (read once more). */
    private final Map<String, AtomicBoolean> pending = new ConcurrentHashMap<>();

    /** {@code callbackUrl}: published for the account while this handler runs; null: none (webhookAutoRegister=false). */
    public CallbackReceiver(SeedanceEndpoint endpoint, SeedanceConsumer consumer, String callbackUrl) {
        this.endpoint = endpoint;
        this.consumer = consumer;
        this.callbackUrl = callbackUrl;
        this.maxBodySize = endpoint.getConfiguration().getCallbackMaxBodySize();
    }

    /** The polling consumer this handler feeds, started and stopped with it. */
    public SeedanceConsumer consumer() {
        return consumer;
    }

    public CallbackCounts counts() {
        return counts;
    }

    @Override
    protected void doBuild() throws Exception {
        adoptRoute();
        ServiceHelper.buildService(consumer);
    }

    @Override
    protected void doInit() throws Exception {
        ServiceHelper.initService(consumer);
    }

    @Override
    protected void doStart() throws Exception {
        adoptRoute(); // a route restarted, or built before the route was known
        endpoint.publishCallbackUrl(callbackUrl, this); // refused (another URL for the account) before anything runs
        try {
            ServiceHelper.startService(consumer);
        } catch (Exception | Error e) {
            endpoint.withdrawCallbackUrl(this);
            throw e;
        }
    }

    /**
     * The consumer is not the route's (the route's is the webhook's, on platform-http): it takes the route's id, so that
     * its exchanges name their route, and lends the route's consumer its health check, so that Camel's consumer health
     * checks report whether the key works and the polls succeed.
     */
    private void adoptRoute() {
        for (Route route : endpoint.getCamelContext().getRoutes()) {
            if (route.getEndpoint() instanceof DelegateEndpoint delegate && delegate.getEndpoint() == endpoint) {
                consumer.setRoute(route);
                consumer.setRouteId(route.getRouteId());
                if (route.getConsumer() instanceof HealthCheckAware aware && aware.getHealthCheck() == null) {
                    aware.setHealthCheck(consumer.getHealthCheck());
                }
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        endpoint.withdrawCallbackUrl(this);
        ServiceHelper.stopService(consumer);
        pending.clear();
    }

    @Override
    protected void doShutdown() throws Exception {
        ServiceHelper.stopAndShutdownService(consumer);
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        int status;
        String reason = null;
        try {
            status = accept(CallbackBody.parse(body(message)));
        } catch (CallbackBody.Refused refused) {
            counts.refused.increment();
            LOG.debug("Refused a callback ({}): {}", refused.httpStatus(), refused.getMessage());
            status = refused.httpStatus();
            reason = refused.getMessage();
        }
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (status == 503) {
            message.setHeader("Retry-After", "5");
        }
        if (reason != null) {
            message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        }
        message.setBody(reason);
    }

    /** The body, read up to the limit: a larger one is refused without being read further. */
    private byte[] body(Message message) throws CallbackBody.Refused {
        Long declared = message.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declared != null && declared > maxBodySize) {
            throw tooLarge();
        }
        try (InputStream in = message.getBody(InputStream.class)) {
            if (in == null) {
                return new byte[0];
            }
            byte[] bytes = in.readNBytes(maxBodySize + 1);
            if (bytes.length > maxBodySize) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new CallbackBody.Refused(400, "The body could not be read");
        }
    }

    private CallbackBody.Refused tooLarge() {
        return new CallbackBody.Refused(413, "The body is larger than " + maxBodySize
                                             + " bytes (callbackMaxBodySize): a Seedance callback posts one task's JSON");
    }

    /** What to answer to a well-formed callback; an accepted one has its re-read started. */
    private int accept(CallbackBody callback) {
        String id = callback.taskId();
        boolean awaited = watchers().stream().anyMatch(watcher -> watcher.awaits(id));
        if (!awaited && consumer.handledFinal(id)) {
            counts.alreadyFinal.increment(); // the provider's retries of a final status: nothing can be news
            return 200;
        }
        if (!awaited && !consumer.watches(id)) {
            counts.unknown.increment();
            LOG.debug("Ignored a callback about task {}: this context neither created nor watches it", id);
            return 204;
        }
        if (!awaited && !consumer.needs(callback.claimedStatus())) {
            // a change this route would only record: the final status's callback (or a poll) brings what matters
            counts.notNeeded.increment();
            return 200;
        }
        Outcome[] outcome = { Outcome.AGAIN };
        pending.compute(id, (key, again) -> {
            if (again != null) {
                again.set(true); // the re-read under way may have been answered before this change
                return again;
            }
            outcome[0] = pending.size() >= MAX_PENDING_REREADS ? Outcome.FULL : Outcome.READ;
            return outcome[0] == Outcome.READ ? new AtomicBoolean() : null;
        });
        if (outcome[0] == Outcome.FULL) {
            counts.overloaded.increment();
            LOG.debug("Refused a callback about task {}: {} re-reads wait already; polling finds the change", id,
                    MAX_PENDING_REREADS);
            return 503;
        }
        if (outcome[0] == Outcome.READ) {
            reread(id, callback.claimedStatus());
        }
        counts.accepted.increment();
        return 202;
    }

    /** Reads the task by id, with the route's key: what it answers is what the callback is taken to mean. */
    private void reread(String id, String claimed) {
        CompletableFuture<SeedanceResponse<Task>> call;
        try {
            call = endpoint.getClient().get(id);
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    failed(id, SeedanceClient.causeOf(failure));
                } else {
                    reread(response.body(), claimed);
                }
            } catch (Throwable e) {
                LOG.warn("Handling the re-read of task {} after its callback failed; polling finds its change", id, e);
            } finally {
                boolean[] again = new boolean[1];
                pending.compute(id, (key, flag) -> {
                    if (flag != null && flag.getAndSet(false) && isRunAllowed()) {
                        again[0] = true;
                        return flag;
                    }
                    return null;
                });
                if (again[0]) {
                    reread(id, null);
                }
            }
        });
    }

    private void reread(Task task, String claimed) {
        if (claimed != null && task.status() != null && TaskStatus.of(claimed).isKnown()
            && !TaskStatus.of(claimed).equals(task.status())) {
            counts.contradicted.increment();
            LOG.debug("A callback claimed task {} is {}; re-read, it is {}", task.id(), claimed, task.status());
        }
        watchers().forEach(watcher -> watcher.observed(task));
        consumer.offer(task);
    }

    private void failed(String id, Throwable cause) {
        if (cause instanceof NotFoundException) {
            counts.notFound.increment();
            LOG.debug("A callback named task {}, which the provider does not know: dropped", id);
        } else {
            counts.rereadFailed.increment();
            LOG.debug("Re-reading task {} after its callback failed; polling finds its change: {}", id, cause.toString());
        }
    }

    private List<Watcher> watchers() {
        SeedanceClient client = endpoint.getClient();
        return client == null ? List.of() : endpoint.getComponent().getRuntime().watchersOf(client.config());
    }
}
