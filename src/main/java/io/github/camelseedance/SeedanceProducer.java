package io.github.camelseedance;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Media;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Performs one operation per exchange, asynchronously: the exchange is checked (and refused, before anything is
 * sent) on the caller's thread, the calls run on the client's I/O threads, every wait is scheduled on the clock, and
 * the exchange continues on the component's worker pool. {@code process} returns {@code false} for every operation
 * that reaches the provider; {@code synchronous=true} wraps this producer to block the caller instead.
 */
public class SeedanceProducer extends DefaultAsyncProducer {

    /**
     * The operation a header asked for, kept with the exchange until it succeeds, so that Camel's redelivery repeats
     * the same operation; it belongs to this producer only, so a later {@code seedance:} endpoint does what its own
     * URI says.
     */
    static final String OPERATION_PROPERTY = "CamelSeedanceOperationOverride";

    private record OperationOverride(SeedanceProducer owner, SeedanceOperations operation) {
    }

    private final SeedanceEndpoint endpoint;
    private final SeedanceConfiguration config;
    private final ExchangeRequests requests;

    public SeedanceProducer(SeedanceEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
        this.requests = new ExchangeRequests(config);
    }

    @Override
    public SeedanceEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Consumer<Message>> call;
        try {
            SeedanceOperations operation = determineOperation(exchange);
            Message message = exchange.getMessage();
            call = switch (operation) {
                case create -> create(message);
                case get -> get(message);
                case list -> list(message);
                case cancel -> cancel(message);
                case upload -> upload(message);
            };
        } catch (Exception e) {
            // refused before anything was sent
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        call.whenComplete((result, failure) -> endpoint.getComponent().getCompleter()
                .complete(() -> finish(exchange, callback, result, failure)));
        return false;
    }

    /** On the worker pool: the result into the message, or the failure onto the exchange; then on with the route. */
    private void finish(Exchange exchange, AsyncCallback callback, Consumer<Message> result, Throwable failure) {
        try {
            if (failure != null) {
                exchange.setException(SeedanceClient.unwrap(failure));
            } else {
                result.accept(exchange.getMessage());
                if (exchange.getProperty(OPERATION_PROPERTY) instanceof OperationOverride o && o.owner() == this) {
                    exchange.removeProperty(OPERATION_PROPERTY);
                }
            }
        } catch (RuntimeException e) {
            exchange.setException(e);
        } finally {
            callback.done(false);
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
        String taskId = ExchangeRequests.taskId(message);
        return client().get(taskId).thenApply(response -> m -> MessageResults.task(m, response));
    }

    private CompletableFuture<Consumer<Message>> list(Message message) {
        return client().list(requests.listQuery(message)).thenApply(response -> m -> MessageResults.page(m, response));
    }

    private CompletableFuture<Consumer<Message>> cancel(Message message) {
        String taskId = ExchangeRequests.taskId(message);
        return client().cancel(taskId).thenApply(response -> m -> MessageResults.cancelled(m, taskId, response));
    }

    private CompletableFuture<Consumer<Message>> create(Message message) {
        ExchangeRequests.Draft draft = requests.createRequest(message, endpoint.requestDefaults());
        // everything is checked, placeholders included, before the first upload or create is sent
        endpoint.newValidator().validate(config.getApiStyle().check(draft.request()));
        CompletableFuture<GenerationRequest> request;
        if (draft.pending().isEmpty()) {
            request = CompletableFuture.completedFuture(draft.request());
        } else {
            String groupId = groupId(message);
            // hashing and reading media is local work for the worker pool; the waits are the watcher's
            request = CompletableFuture.supplyAsync(() -> stager().stage(draft.pending(), groupId), workerPool())
                    .thenCompose(staging -> staging)
                    .thenApply(staged -> withStagedMedia(draft.request(), staged));
        }
        return request.thenCompose(r -> client().create(r)).thenApply(response -> m -> MessageResults.created(m, response));
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
                .thenApply(asset -> m -> MessageResults.asset(m, asset));
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
        return new MediaStager(endpoint.getWatcher(), endpoint.getComponent().getAssetCache(),
                Duration.ofMillis(config.getAssetPollInterval()), Duration.ofMillis(config.getAssetTimeout()));
    }

    private SeedanceClient client() {
        return endpoint.getClient();
    }

    /** The worker pool, through the completer so that a full pool delays the work instead of refusing it. */
    private Executor workerPool() {
        return endpoint.getComponent().getCompleter()::complete;
    }
}
