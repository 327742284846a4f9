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
package io.github.camelseedance.client.http;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.client.ClientObserver;
import io.github.camelseedance.client.CreatedTask;
import io.github.camelseedance.client.DownloadPolicy;
import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.OutcomeUnknownException;
import io.github.camelseedance.client.ResultStream;
import io.github.camelseedance.client.RetryPolicy;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.client.SeedanceResponse;
import io.github.camelseedance.client.SystemClock;
import io.github.camelseedance.client.TransportException;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.model.TaskStatus;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.concurrent.DefaultThreadFactory;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.URIBuilder;

import static io.github.camelseedance.client.http.Answer.text;

/**
 * The Seedance API over Apache HttpClient 5 (the engine of Camel HTTP): a pooled connection manager, timeouts, TLS,
 * proxy, error mapping to {@link SeedanceException}s, and retries by {@link RetryPolicy}. The blocking exchanges run
 * on a bounded I/O executor; every wait (a retry's backoff, a server's Retry-After, the account's rate limit) is a
 * task scheduled on the {@link SeedanceClock}, so no thread sleeps and the caller's thread is never held.
 */
public final class HttpSeedanceClient implements SeedanceClient {

    /** How long a pooled connection may stay idle before a sweep closes it. */
    public static final Duration IDLE = Duration.ofSeconds(30);

    private final SeedanceClientConfig config;
    private final ConnectionPools pools = new ConnectionPools();
    private final SeedanceClock clock;
    private final ScheduledExecutorService ownedScheduler;
    private final ExecutorService ownedIo;
    private final CloseableHttpClient http;
    private final ObjectMapper mapper;
    /** Readers bound to their type once: {@code readValue(bytes, Class)} resolves the type on every call. */
    private final ObjectReader taskReader;
    private final ObjectReader pageReader;
    private final CallTracker tracker;
    private final RetryingCall.Context calls;
    private final MediaFetchClients fetchers;
    private final AssetUpload assets;
    private final ClientObserver observer;

    /** A client with its own scheduler thread and I/O threads (as many as connections), stopped by {@link #close()}. */
    public HttpSeedanceClient(SeedanceClientConfig config) {
        this(config, null, null);
    }

    /**
     * @param clock where waits are scheduled and time is read; when null the client starts (and on close stops) a
     *              scheduler thread of its own
     * @param io    where the blocking HTTP exchanges run, bounded; when null the client starts (and on close stops)
     *              as many daemon threads as it has connections
     */
    public HttpSeedanceClient(SeedanceClientConfig config, SeedanceClock clock, Executor io) {
        this(config, clock, io, ClientObserver.NONE);
    }

    /**
     * @param observer told of every exchange, retry, rate-limit wait, created task and task read (kept out of the
     *                 config: it does not make two clients different)
     */
    public HttpSeedanceClient(SeedanceClientConfig config, SeedanceClock clock, Executor io, ClientObserver observer) {
        this.config = config;
        this.observer = observer;
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.taskReader = mapper.readerFor(Task.class);
        this.pageReader = mapper.readerFor(TaskPage.class);
        this.http = HttpClientFactory.apiClient(config, pools);
        if (clock == null) {
            ownedScheduler = Executors.newSingleThreadScheduledExecutor(
                    new DefaultThreadFactory("seedance-client-scheduler", true));
            this.clock = new SystemClock(ownedScheduler);
            // alone, the client sweeps its own pools; in Camel the component's runtime sweeps every client's
            ownedScheduler.scheduleWithFixedDelay(() -> closeIdleConnections(IDLE),
                    IDLE.toSeconds(), IDLE.toSeconds(), TimeUnit.SECONDS);
        } else {
            ownedScheduler = null;
            this.clock = clock;
        }
        if (io == null) {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(config.maxConnections(), config.maxConnections(), 30,
                    TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new DefaultThreadFactory("seedance-client-io", true));
            pool.allowCoreThreadTimeOut(true);
            ownedIo = pool;
            io = pool;
        } else {
            ownedIo = null;
        }
        this.tracker = new CallTracker(io, config.connectTimeout().plus(config.responseTimeout()));
        this.calls = new RetryingCall.Context(config, new ApiAddress(config.baseUrl()), this.clock, tracker, http,
                new ErrorMapper(mapper, config.apiKey()), observer);
        this.fetchers = new MediaFetchClients(config, tracker, pools);
        this.assets = new AssetUpload(calls, fetchers, mapper);
    }

    @Override
    public SeedanceClientConfig config() {
        return config;
    }

    @Override
    public CompletableFuture<SeedanceResponse<CreatedTask>> create(GenerationRequest request) {
        return create(request, null);
    }

    @Override
    public CompletableFuture<SeedanceResponse<CreatedTask>> create(GenerationRequest request, Instant notAfter) {
        boolean openAi = config.apiStyle() == ApiStyle.OPENAI;
        byte[] json;
        try {
            json = write(openAi ? RequestBodies.openAi(mapper, request) : RequestBodies.official(mapper, request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        String path = openAi ? config.videosPath() : config.tasksPath();
        Instant sentAt = clock.now();
        return new RetryingCall(calls, "create", CallKind.CREATE, false, () -> post(path, json), true, true, tracker.io(),
                notAfter)
                .start()
                .handle((answer, failure) -> {
                    if (failure != null) {
                        RuntimeException cause = SeedanceClient.unwrap(failure);
                        if (cause instanceof OutcomeUnknownException lost) {
                            throw new OutcomeUnknownException(lost.details(), sentAt, clock.now(), request.model(),
                                    lost.getCause());
                        }
                        throw cause;
                    }
                    return createdTask(answer, sentAt, request.model());
                });
    }

    private SeedanceResponse<CreatedTask> createdTask(Answer answer, Instant sentAt, String model) {
        try {
            JsonNode node = mapper.readTree(answer.body());
            String id = text(node, "id");
            if (id == null) {
                id = text(node, "task_id");
            }
            if (!Ids.isValid(id)) {
                throw new IOException("no usable task id in the create answer");
            }
            observer.taskCreated(id, model, clock.now());
            return new SeedanceResponse<>(new CreatedTask(id, TaskStatus.of(text(node, "status"))), answer.requestId());
        } catch (IOException | RuntimeException e) {
            // the server accepted something we cannot read: a task may exist, so it must not be sent again
            throw new OutcomeUnknownException(new ErrorDetails(answer.status(), null,
                    "an answer that could not be read (" + e.getMessage() + ")", null,
                    null, answer.requestId()), sentAt, clock.now(), model, e);
        }
    }

    @Override
    public CompletableFuture<SeedanceResponse<Task>> get(String taskId) {
        return checked(() -> {
            String id = Ids.check("taskId", taskId);
            String base = config.apiStyle() == ApiStyle.OPENAI ? config.videosPath() : config.tasksPath();
            return calls.call("get", CallKind.READ, false, () -> calls.address().get(base + "/" + id), true, true)
                    .thenApply(answer -> {
                        Task task = read(answer, taskReader);
                        observer.taskSeen(task, clock.now());
                        return new SeedanceResponse<>(task, answer.requestId());
                    });
        });
    }

    @Override
    public CompletableFuture<SeedanceResponse<TaskPage>> list(TaskQuery query) {
        return checked(() -> {
            requireOfficial("list");
            URI uri = listUri(query.validate());
            return calls.call("list", CallKind.READ, true, () -> new HttpGet(uri), true, true).thenApply(answer -> {
                TaskPage page = read(answer, pageReader);
                Instant now = clock.now();
                page.items().forEach(task -> observer.taskSeen(task, now));
                return new SeedanceResponse<>(page, answer.requestId());
            });
        });
    }

    private URI listUri(TaskQuery query) {
        try {
            URIBuilder b = new URIBuilder(calls.address().uri(config.tasksPath()));
            if (query.pageNum() != null) {
                b.addParameter("page_num", String.valueOf(query.pageNum()));
            }
            if (query.pageSize() != null) {
                b.addParameter("page_size", String.valueOf(query.pageSize()));
            }
            if (query.status() != null) {
                b.addParameter("filter.status", query.status().value());
            }
            if (query.model() != null) {
                b.addParameter("filter.model", query.model());
            }
            if (query.serviceTier() != null) {
                b.addParameter("filter.service_tier", query.serviceTier());
            }
            for (String id : query.taskIds()) {
                b.addParameter("filter.task_ids", id);
            }
            return b.build();
        } catch (URISyntaxException e) {
            throw new SeedanceValidationException("query", query, "a query that makes a valid URI (" + e.getMessage() + ")");
        }
    }

    @Override
    public CompletableFuture<SeedanceResponse<Void>> cancel(String taskId) {
        return checked(() -> {
            requireOfficial("cancel");
            String id = Ids.check("taskId", taskId);
            return calls.call("cancel", CallKind.CHANGE, false,
                    () -> calls.address().delete(config.tasksPath() + "/" + id), true, true)
                    .thenApply(answer -> new SeedanceResponse<>(null, answer.requestId()));
        });
    }

    @Override
    public CompletableFuture<SeedanceResponse<String>> upload(AssetSource source, String groupId) {
        if (source.url() != null) {
            return checked(() -> assets.uploadRemote(source, groupId));
        }
        return assets.upload(source, groupId);
    }

    @Override
    public CompletableFuture<Optional<String>> findAssetId(String uploadTaskId) {
        return checked(() -> assets.findAssetId(uploadTaskId));
    }

    @Override
    public CompletableFuture<ResultStream> download(URI url, DownloadPolicy policy) {
        return new ResultDownload(url, policy, config.retryPolicy(), clock, tracker, fetchers, observer).start();
    }

    /**
     * Closes the connections of this client's pools that expired or have been idle for {@code idle}. The owner of
     * the client's threads calls it now and then (the client itself when it owns them).
     */
    public void closeIdleConnections(Duration idle) {
        pools.closeIdle(idle);
    }

    @Override
    public void close() {
        // waiting calls fail now; those being sent are let finish before the connections close
        tracker.close();
        if (ownedScheduler != null) {
            ownedScheduler.shutdownNow();
        }
        if (ownedIo != null) {
            ownedIo.shutdownNow();
        }
        http.close(CloseMode.GRACEFUL);
        fetchers.close();
    }

    private <T> CompletableFuture<T> checked(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private <T> T read(Answer answer, ObjectReader reader) {
        try {
            T value = reader.readValue(answer.body());
            if (value == null) {
                throw new IOException("an empty answer");
            }
            return value;
        } catch (IOException e) {
            throw new TransportException(new ErrorDetails(answer.status(), null, "unreadable answer: " + e.getMessage(),
                    null, null, answer.requestId()), e);
        }
    }

    private byte[] write(JsonNode body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpPost post(String path, byte[] json) {
        HttpPost post = calls.address().post(path);
        post.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
        return post;
    }

    private void requireOfficial(String operation) {
        if (config.apiStyle() != ApiStyle.OFFICIAL) {
            throw new SeedanceValidationException("apiStyle", "openai (operation " + operation + ")",
                    "official: the OpenAI-style /v1/videos interface has no " + operation);
        }
    }
}
