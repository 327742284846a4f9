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

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.SeedanceEndpoint;
import io.github.camelseedance.SeedanceOperations;
import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.client.CallingThread;
import io.github.camelseedance.client.DownloadPolicy;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.TaskFailedException;
import io.github.camelseedance.model.GenerationParameter;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.Media;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.runtime.ClientSettings;
import io.github.camelseedance.runtime.KeyProbe;
import io.github.camelseedance.runtime.SeedanceRuntime;
import io.github.camelseedance.runtime.TaskHeaders;
import io.github.camelseedance.watch.TaskAbandonedException;
import io.github.camelseedance.watch.TaskDeadlineException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs one operation per exchange, asynchronously: the exchange is checked (and refused, before anything is
 * sent) on the caller's thread, the calls run on the client's I/O threads, every wait is scheduled on the clock, and
 * the exchange continues on the component's worker pool. {@code process} returns {@code false} for every operation
 * that reaches the provider; {@code synchronous=true} wraps this producer to block the caller instead, whose thread
 * then sends the first call itself.
 */
public class SeedanceProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceProducer.class);

    /**
     * The operation a header asked for, kept with the exchange until it succeeds, so that Camel's redelivery repeats
     * the same operation; it belongs to this producer only, so a later {@code seedance:} endpoint does what its own
     * URI says.
     */
    static final String OPERATION_PROPERTY = "CamelSeedanceOperationOverride";

    private record OperationOverride(SeedanceProducer owner, SeedanceOperations operation) {
    }

    /** Numbers the producers' health checks: two producers of one endpoint need two ids (the repository's key). */
    private static final AtomicInteger HEALTH_CHECK_IDS = new AtomicInteger();

    private final SeedanceEndpoint endpoint;
    /** The component's shared machinery: the same object for the component's whole life. */
    private final SeedanceRuntime runtime;
    private final SeedanceConfiguration config;
    private final RequestReader requests;
    private final CreateAndWait generation;
    private final DownloadPolicy downloadPolicy;
    private WritableHealthCheckRepository healthChecks;
    private SeedanceProducerHealthCheck healthCheck;

    public SeedanceProducer(SeedanceEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.runtime = endpoint.getComponent().getRuntime();
        this.config = endpoint.getConfiguration();
        this.requests = new RequestReader(config);
        this.generation = new CreateAndWait(config, runtime, endpoint::getClient,
                endpoint::getWatcher);
        this.downloadPolicy = ClientSettings.downloadPolicy(config);
    }

    @Override
    public SeedanceEndpoint getEndpoint() {
        return endpoint;
    }

    /** Registers the readiness check in Camel's producers repository (camel.health.producersEnabled turns it on). */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthChecks = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthChecks != null) {
            healthCheck = new SeedanceProducerHealthCheck(this,
                    "producer:seedance-" + endpoint.getOperation() + "-" + HEALTH_CHECK_IDS.incrementAndGet());
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthChecks.addHealthCheck(healthCheck);
        }
    }

    /** The answer of the account's cached key probe, for the health check; null before the endpoint started. */
    CompletableFuture<KeyProbe.Answer> probeKey() {
        SeedanceClient client = endpoint.getClient();
        if (client == null) {
            return null;
        }
        return runtime.keyProbe(client.config(),
                endpoint.getComponent().getHealthCheckInterval()).check(client);
    }

    @Override
    protected void doStop() throws Exception {
        if (healthChecks != null && healthCheck != null) {
            healthChecks.removeHealthCheck(healthCheck);
        }
        healthCheck = null;
        healthChecks = null;
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Consumer<Message>> call;
        try {
            runtime.admitExchange();
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        SeedanceOperations operation = endpoint.getOperation();
        try {
            SeedanceOperations chosen = determineOperation(exchange);
            operation = chosen;
            // the caller of a synchronous producer waits anyway: it sends the first call itself
            call = config.isSynchronous() ? CallingThread.sends(() -> start(chosen, exchange)) : start(chosen, exchange);
        } catch (Throwable e) {
            // refused before anything was sent (an Error too: the exchange ends with it, once)
            runtime.exchangeDone();
            recordError(operation, e);
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        SeedanceOperations started = operation;
        if (config.isSynchronous()) {
            // the caller's thread waits for this exchange and goes on with the route itself: the callback only wakes
            // it, so the exchange ends where the call completed, without waiting for a worker
            call.whenComplete((result, failure) -> finish(exchange, callback, started, result, failure));
        } else {
            call.whenComplete((result, failure) -> runtime.workerHandoff()
                    .complete(() -> finish(exchange, callback, started, result, failure)));
        }
        return false;
    }

    /** Starts the operation's calls; throws what refuses the exchange before anything is sent. */
    private CompletableFuture<Consumer<Message>> start(SeedanceOperations operation, Exchange exchange) {
        Message message = exchange.getMessage();
        return switch (operation) {
            case create -> create(message);
            case generate -> generate(exchange);
            case get -> get(message);
            case list -> list(message);
            case cancel -> cancel(message);
            case upload -> upload(message);
            case download -> download(exchange);
            case watch -> watch(message);
            case tasks -> throw new SeedanceValidationException(SeedanceConstants.OPERATION, operation,
                    "a producer operation (tasks is the consumer: from(\"seedance:tasks\"))");
        };
    }

    /**
     * On the worker pool (with {@code synchronous=true}, where the call completed): the result into the message, or
     * the failure onto the exchange, with the task's headers when the failure is about a task (so that a route can
     * reconcile); then on with the route.
     */
    private void finish(Exchange exchange, AsyncCallback callback, SeedanceOperations operation, Consumer<Message> result,
            Throwable failure) {
        try {
            if (failure != null) {
                Throwable cause = SeedanceClient.causeOf(failure);
                recordError(operation, cause);
                if (cause instanceof TaskFailedException ended) {
                    TaskHeaders.write(exchange.getMessage(), ended.getTask(), null);
                } else if (cause instanceof TaskDeadlineException late) {
                    taskHeaders(exchange.getMessage(), late.getTaskId(), late.getLastSeen());
                } else if (cause instanceof TaskAbandonedException abandoned) {
                    taskHeaders(exchange.getMessage(), abandoned.getTaskId(), abandoned.getLastSeen());
                }
                exchange.setException(cause);
            } else {
                result.accept(exchange.getMessage());
                if (exchange.getProperty(OPERATION_PROPERTY) instanceof OperationOverride o && o.owner() == this) {
                    exchange.removeProperty(OPERATION_PROPERTY);
                }
            }
        } catch (Throwable e) {
            // an Error too: the exchange fails with it instead of going on without a result
            exchange.setException(e);
        } finally {
            runtime.exchangeDone();
            callback.done(false);
        }
    }

    /** For the dev console: never lets a failure to record change how the exchange ends. */
    private void recordError(SeedanceOperations operation, Throwable failure) {
        try {
            runtime.recentErrors().record(runtime.clock().now(), operation.name(), failure);
        } catch (RuntimeException e) {
            LOG.debug("Could not record an error for the dev console", e);
        }
    }

    /** The task a failure is about; none (a deadline before the create) removes an id an earlier step left. */
    private static void taskHeaders(Message message, String taskId, Task lastSeen) {
        if (taskId == null) {
            message.removeHeader(SeedanceConstants.TASK_ID);
        } else {
            message.setHeader(SeedanceConstants.TASK_ID, taskId);
        }
        if (lastSeen != null) {
            TaskHeaders.write(message, lastSeen, null);
        }
    }

    /**
     * The operation header overrides the URI for this exchange at this producer only: it is moved into an exchange
     * property owned by this producer, which a redelivery reads again and a success removes.
     */
    private SeedanceOperations determineOperation(Exchange exchange) {
        SeedanceOperations operation = HeaderValues.get(exchange.getMessage(), SeedanceConstants.OPERATION,
                SeedanceOperations.class, null);
        if (operation != null) {
            exchange.getMessage().removeHeader(SeedanceConstants.OPERATION);
            exchange.setProperty(OPERATION_PROPERTY, new OperationOverride(this, operation));
        } else if (exchange.getProperty(OPERATION_PROPERTY) instanceof OperationOverride o && o.owner() == this) {
            operation = o.operation();
        } else {
            operation = endpoint.getOperation();
        }
        endpoint.validateOperation(operation);
        return operation;
    }

    private CompletableFuture<Consumer<Message>> get(Message message) {
        String taskId = RequestReader.taskId(message);
        return client().get(taskId).thenApply(response -> {
            generation.observed(response.body());
            return m -> ResultWriter.task(m, response);
        });
    }

    private CompletableFuture<Consumer<Message>> list(Message message) {
        return client().list(requests.listQuery(message)).thenApply(response -> {
            response.body().items().forEach(generation::observed);
            return m -> ResultWriter.page(m, response);
        });
    }

    private CompletableFuture<Consumer<Message>> cancel(Message message) {
        String taskId = RequestReader.taskId(message);
        return client().cancel(taskId).thenApply(response -> m -> ResultWriter.cancelled(m, taskId, response));
    }

    private CompletableFuture<Consumer<Message>> create(Message message) {
        RequestReader.Draft draft = checkedDraft(message);
        return generation.create(() -> staged(draft, message), null).thenApply(created -> {
            generation.releaseWhenStarted(created);
            return m -> ResultWriter.created(m, created.taskId(), created.status(), created.requestId());
        });
    }

    /** The request of a create or generate, checked (placeholders included) before the first upload or create. */
    private RequestReader.Draft checkedDraft(Message message) {
        RequestReader.Draft draft = requests.createRequest(message, endpoint.requestDefaults());
        endpoint.newValidator().validate(config.getApiStyle().check(draft.request()));
        return draft;
    }

    /** The request as it is sent: its local media in the Asset Library, the account's callback URL if it set none. */
    private CompletableFuture<GenerationRequest> staged(RequestReader.Draft draft, Message message) {
        if (draft.pending().isEmpty()) {
            return CompletableFuture.completedFuture(withCallbackUrl(draft.request()));
        }
        String groupId = groupId(message);
        // hashing and reading media is local work for the worker pool; the waits are the watcher's
        return CompletableFuture.supplyAsync(() -> stager().stage(draft.pending(), groupId), workerPool())
                .thenCompose(staging -> staging)
                .thenApply(staged -> withCallbackUrl(withStagedMedia(draft.request(), staged)));
    }

    /**
     * The callback URL a running {@code webhook:seedance:tasks} route of the account publishes, unless the request set
     * one. Added as the request is sent, after its fingerprint: a keyed generation is the same whether a webhook route
     * ran when it was first asked for or not.
     */
    private GenerationRequest withCallbackUrl(GenerationRequest request) {
        if (request.get(GenerationParameter.CALLBACK_URL) != null) {
            return request;
        }
        String url = runtime.callbackUrls().urlFor(endpoint.getClient().config());
        return url == null ? request : request.toBuilder().set(GenerationParameter.CALLBACK_URL, url).build();
    }

    private CompletableFuture<Consumer<Message>> generate(Exchange exchange) {
        Message message = exchange.getMessage();
        RequestReader.Draft draft = checkedDraft(message);
        ResultTarget target = ResultTarget.of(config);
        String key = correlationKey(exchange);
        String adopt = HeaderValues.get(message, SeedanceConstants.ADOPT_TASK_ID, String.class, null);
        if (adopt != null && (key == null || config.getTaskRepository() == null)) {
            throw new SeedanceValidationException(SeedanceConstants.ADOPT_TASK_ID, adopt,
                    "set only with a correlation key and a taskRepository: the task is adopted for the key");
        }
        CreateAndWait.Order order = new CreateAndWait.Order(draft, () -> staged(draft, message), key,
                adopt == null ? null : Ids.check(SeedanceConstants.ADOPT_TASK_ID, adopt));
        return generation.generate(order)
                .thenCompose(task -> target.deliver(exchange, task, downloader()));
    }

    private CompletableFuture<Consumer<Message>> download(Exchange exchange) {
        Message message = exchange.getMessage();
        ResultTarget target = ResultTarget.of(config).forDownload();
        String url = HeaderValues.get(message, SeedanceConstants.VIDEO_URL, String.class, null);
        if (message.getBody() instanceof Task task) {
            return target.deliver(exchange, task, downloader());
        }
        if (url != null) {
            String taskId = HeaderValues.get(message, SeedanceConstants.TASK_ID, String.class, null);
            return target.deliverUrl(exchange, taskId == null ? null : Ids.check(SeedanceConstants.TASK_ID, taskId), url,
                    downloader());
        }
        String taskId = RequestReader.taskId(message);
        return client().get(taskId).thenCompose(response -> {
            generation.observed(response.body());
            return target.deliver(exchange, response.body(), downloader());
        });
    }

    private CompletableFuture<Consumer<Message>> watch(Message message) {
        List<String> ids = HeaderValues.ids(message, SeedanceConstants.TASK_IDS, List.of());
        if (ids.isEmpty()) {
            String id = HeaderValues.get(message, SeedanceConstants.TASK_ID, String.class, null);
            ids = id != null ? List.of(Ids.check(SeedanceConstants.TASK_ID, id))
                    : HeaderValues.ids("body", message.getBody(), List.of());
        }
        if (ids.isEmpty()) {
            throw new SeedanceValidationException(SeedanceConstants.TASK_IDS, null, "task ids to watch: the "
                    + SeedanceConstants.TASK_IDS + " or " + SeedanceConstants.TASK_ID + " header, or a body of ids");
        }
        runtime.taskRegistry().watch(ids);
        List<String> watched = ids;
        return CompletableFuture.completedFuture(m -> m.setHeader(SeedanceConstants.TASK_IDS, watched));
    }

    /** The key under which generate records its task: the header, else the correlationKey expression. */
    private String correlationKey(Exchange exchange) {
        String key = HeaderValues.get(exchange.getMessage(), SeedanceConstants.CORRELATION_KEY, String.class, null);
        if (key == null && config.getCorrelationKey() != null) {
            key = exchange.getContext().resolveLanguage("simple").createExpression(config.getCorrelationKey())
                    .evaluate(exchange, String.class);
        }
        if (key != null && config.getTaskRepository() != null && (key.isBlank() || key.contains("\n"))) {
            throw new SeedanceValidationException(SeedanceConstants.CORRELATION_KEY, key, "a non-blank key on one line");
        }
        return key == null || key.isBlank() ? null : key;
    }

    private ResultDownloader downloader() {
        return new ResultDownloader(client(), downloadPolicy, workerPool());
    }

    /** Puts each staged asset where its placeholder stood, so the media keep the order they were given in. */
    private static GenerationRequest withStagedMedia(GenerationRequest request, List<Media> staged) {
        GenerationRequest.Builder b = request.toBuilder().clearMedia();
        for (Media m : request.media()) {
            int index = MediaResolver.placeholderIndex(m);
            b.media(index < 0 ? m : staged.get(index));
        }
        return b.build();
    }

    private CompletableFuture<Consumer<Message>> upload(Message message) {
        AssetSource source = assetSource(message);
        String groupId = groupId(message);
        return CompletableFuture.supplyAsync(() -> stager().upload(source, groupId, MediaStager.contentHash(source)),
                workerPool())
                .thenCompose(upload -> upload)
                .thenApply(asset -> m -> ResultWriter.asset(m, asset));
    }

    private AssetSource assetSource(Message message) {
        Object body = message.getBody();
        String fileName = HeaderValues.get(message, SeedanceConstants.FILE_NAME, String.class,
                HeaderValues.get(message, Exchange.FILE_NAME_ONLY, String.class, null));
        String contentType = HeaderValues.get(message, SeedanceConstants.CONTENT_TYPE, String.class, null);
        if (body instanceof WrappedFile<?> wrapped) {
            body = wrapped.getFile();
        }
        if (body instanceof File file) {
            body = file.toPath();
        }
        if (body instanceof Path path) {
            return AssetSource.ofFile(path, contentType);
        }
        if (body instanceof byte[] bytes) {
            return AssetSource.ofBytes(bytes, fileName, contentType);
        }
        if (body instanceof InputStream stream) {
            return AssetSource.ofStream(stream, fileName, contentType);
        }
        throw new SeedanceValidationException("body", body == null ? null : body.getClass().getName(),
                "a File, Path, GenericFile, byte[] or InputStream to upload");
    }

    private String groupId(Message message) {
        return HeaderValues.get(message, SeedanceConstants.GROUP_ID, String.class, config.getGroupId());
    }

    private MediaStager stager() {
        return new MediaStager(endpoint.getWatcher(), runtime.assetCache(),
                config.getAssetPollInterval(), config.getAssetTimeout());
    }

    private SeedanceClient client() {
        return endpoint.getClient();
    }

    /** The worker pool, through the completer so that a full pool delays the work instead of refusing it. */
    private Executor workerPool() {
        return runtime.workerHandoff()::complete;
    }
}
