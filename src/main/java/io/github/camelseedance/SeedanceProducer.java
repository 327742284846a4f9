package io.github.camelseedance;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

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
 * Performs one operation per exchange. Calls that answer at once complete synchronously; waits (an upload's asset id,
 * media staged before a create) are re-checked on the component's scheduler and the exchange is completed on its
 * worker pool, so no thread is held while the provider works.
 */
public class SeedanceProducer extends DefaultAsyncProducer {

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
        try {
            SeedanceOperations operation = determineOperation(exchange);
            Message message = exchange.getMessage();
            switch (operation) {
                case create -> {
                    return create(exchange, callback);
                }
                case get -> MessageResults.task(message, client().get(ExchangeRequests.taskId(message)));
                case list -> MessageResults.page(message, client().list(requests.listQuery(message)));
                case cancel -> {
                    String taskId = ExchangeRequests.taskId(message);
                    MessageResults.cancelled(message, taskId, client().cancel(taskId));
                }
                case upload -> {
                    return upload(exchange, callback);
                }
                default -> throw new IllegalArgumentException("Unsupported operation " + operation);
            }
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    /**
     * The operation header overrides the URI for this exchange only: it is removed once read, so that a later
     * {@code seedance:} endpoint on the same message does what its own URI says (and never creates a paid task twice).
     */
    private SeedanceOperations determineOperation(Exchange exchange) {
        SeedanceOperations operation = HeaderValues.get(exchange.getMessage(), SeedanceConstants.OPERATION,
                SeedanceOperations.class, endpoint.getOperation());
        exchange.getMessage().removeHeader(SeedanceConstants.OPERATION);
        endpoint.validateOperation(operation);
        return operation;
    }

    private boolean create(Exchange exchange, AsyncCallback callback) {
        ExchangeRequests.Draft draft = requests.createRequest(exchange.getMessage());
        // everything is checked, placeholders included, before the first upload or create is sent
        endpoint.newValidator().validate(config.getApiStyle().check(draft.request()));
        if (draft.pending().isEmpty()) {
            MessageResults.created(exchange.getMessage(), client().create(draft.request()));
            callback.done(true);
            return true;
        }
        String groupId = groupId(exchange.getMessage());
        // uploads (and fetches of remote media) run on the worker pool, the waits on the scheduler
        CompletableFuture<Void> flow = CompletableFuture.supplyAsync(() -> stager().stage(draft.pending(), groupId), workerPool())
                .thenCompose(staging -> staging)
                .thenApplyAsync(staged -> withStagedMedia(draft.request(), staged), workerPool())
                .thenAccept(request -> MessageResults.created(exchange.getMessage(), client().create(request)));
        return completeLater(exchange, callback, flow);
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

    private boolean upload(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        AssetSource source = assetSource(message);
        String groupId = groupId(message);
        CompletableFuture<Void> flow = CompletableFuture
                .supplyAsync(() -> stager().upload(source, groupId, MediaStager.contentHash(source)), workerPool())
                .thenCompose(upload -> upload)
                .thenAccept(asset -> MessageResults.asset(message, asset));
        return completeLater(exchange, callback, flow);
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

    /**
     * Completes the exchange when the flow ends, on the worker pool rather than the client's threads; inline if the
     * pool is already shut down, so that the callback runs exactly once, shutdown included.
     */
    private boolean completeLater(Exchange exchange, AsyncCallback callback, CompletableFuture<Void> flow) {
        flow.whenComplete((ignored, failure) -> {
            Runnable finish = () -> {
                if (failure != null) {
                    exchange.setException(failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure);
                }
                callback.done(false);
            };
            ExecutorService pool = workerPool();
            try {
                if (pool == null) {
                    finish.run();
                } else {
                    pool.execute(finish);
                }
            } catch (RejectedExecutionException e) {
                finish.run();
            }
        });
        return false;
    }

    private String groupId(Message message) {
        return HeaderValues.get(message, SeedanceConstants.GROUP_ID, String.class, config.getGroupId());
    }

    private MediaStager stager() {
        return new MediaStager(client(), endpoint.getComponent().getAssetCache(),
                Duration.ofMillis(config.getAssetPollInterval()), Duration.ofMillis(config.getAssetTimeout()));
    }

    private SeedanceClient client() {
        return endpoint.getClient();
    }

    private ExecutorService workerPool() {
        return endpoint.getComponent().getWorkerPool();
    }
}
