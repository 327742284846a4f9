package io.github.camelseedance.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.AssetChecks;
import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.client.AuthScheme;
import io.github.camelseedance.client.CreateNotSentException;
import io.github.camelseedance.client.CreatedTask;
import io.github.camelseedance.client.DownloadPolicy;
import io.github.camelseedance.client.ErrorClassifier;
import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.MediaTypes;
import io.github.camelseedance.client.MediaUrlGuard;
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
import io.github.camelseedance.model.MediaKind;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.model.TaskStatus;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.mime.ByteArrayBody;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.InputStreamBody;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.concurrent.DefaultThreadFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.Closer;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Seedance API over Apache HttpClient 5 (the engine of Camel HTTP): a pooled connection manager, timeouts, TLS,
 * proxy, error mapping to {@link SeedanceException}s, and retries by {@link RetryPolicy}. The blocking exchanges run
 * on a bounded I/O executor; every wait (a retry's backoff, a server's Retry-After, the account's rate limit) is a
 * task scheduled on the {@link SeedanceClock}, so no thread sleeps and the caller's thread is never held.
 */
public final class HttpSeedanceClient implements SeedanceClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSeedanceClient.class);
    private static final String USER_AGENT = "camel-seedance/" + ClientVersion.VALUE;
    /** Set by the last request interceptor, just before the request is written: absent means nothing was sent. */
    private static final String SENT = "seedance.request-sent";
    /** API answers are small JSON documents; a larger one is refused rather than held in memory. */
    private static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    /** What a call does, which decides what may be retried and what a lost answer means. */
    private enum CallKind {
        /** Reads change nothing: retried on connection failures, 429 and 5xx. */
        READ,
        /**
         * A create is paid for: retried only when provably nothing was created; a lost answer, or a 5xx that is not
         * the provider's own refusal, leaves the outcome unknown.
         */
        CREATE,
        /**
         * Uploads and cancels change state (a second DELETE removes the record of the task the first cancelled):
         * retried only when provably nothing happened.
         */
        CHANGE
    }

    private record Answer(int status, byte[] body, String requestId, Duration retryAfter) {
    }

    /**
     * An error answer: whether it is the task API's own {@code {"error":{...}}} refusal, or the Asset Library's
     * {@code {"code","msg"}} envelope (which a gateway could also produce, so it does not count for creates).
     */
    private record Refusal(ErrorDetails details, boolean byProvider, boolean envelope) {
    }

    private final SeedanceClientConfig config;
    private final SeedanceClock clock;
    private final Executor io;
    private final ScheduledExecutorService ownedScheduler;
    private final ExecutorService ownedIo;
    private final CloseableHttpClient http;
    private final ObjectMapper mapper;
    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    /** The calls whose attempt is being sent or answered now; its monitor guards {@link #closed} against them. */
    private final Set<Call> running = new HashSet<>();
    private volatile boolean closed;
    /** Clients for remote media and result files, built on first use: [0] public hosts only, [1] any host. */
    private final CloseableHttpClient[] fetchers = new CloseableHttpClient[2];

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
        this.config = config;
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.http = buildHttpClient(config, null, true);
        if (clock == null) {
            ownedScheduler = Executors.newSingleThreadScheduledExecutor(
                    new DefaultThreadFactory("seedance-client-scheduler", true));
            this.clock = new SystemClock(ownedScheduler);
        } else {
            ownedScheduler = null;
            this.clock = clock;
        }
        if (io == null) {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(config.maxConnections(), config.maxConnections(), 30,
                    TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new DefaultThreadFactory("seedance-client-io", true));
            pool.allowCoreThreadTimeOut(true);
            ownedIo = pool;
            this.io = pool;
        } else {
            ownedIo = null;
            this.io = io;
        }
    }

    /**
     * @param api whether this is the API client, to which every customizer applies; the download clients get
     *            {@link SeedanceClientConfig#downloadCustomizers()}
     */
    private static CloseableHttpClient buildHttpClient(SeedanceClientConfig config, DnsResolver dnsResolver,
            boolean api) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(dnsResolver)
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(config.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(config.connectTimeout()))
                        .setSocketTimeout(Timeout.of(config.responseTimeout()))
                        // a create sent on a connection the server already closed would look like a lost answer
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build());
        pool.setTlsSocketStrategy(new ConnectPhaseTlsStrategy(config.sslContext() != null
                ? ClientTlsStrategyBuilder.create().setSslContext(config.sslContext()).buildClassic()
                : config.useSystemProperties() ? ClientTlsStrategyBuilder.create().useSystemProperties().buildClassic()
                : DefaultClientTlsStrategy.createDefault(), config.connectTimeout()));
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.responseTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .setUserAgent(USER_AGENT)
                .disableAutomaticRetries()
                .disableCookieManagement()
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.ofSeconds(30));
        if (config.useSystemProperties()) {
            builder.useSystemProperties();
        }
        if (config.proxyHost() != null) {
            builder.setProxy(new HttpHost(config.proxyHost(), config.proxyPort() == null ? 8080 : config.proxyPort()));
        }
        // Camel HTTP's HttpClientConfigurers: the proxy's credentials (every client: downloads and media fetches go
        // through the proxy as API calls do), the user's customisations (the download clients unless opted out)
        (api ? config.customizers() : config.downloadCustomizers()).forEach(customizer -> customizer.accept(builder));
        // the last request interceptor runs once connected, just before the request is written
        builder.addRequestInterceptorLast((request, entity, context) -> context.setAttribute(SENT, Boolean.TRUE));
        return builder.build();
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
        Call create = new Call(CallKind.CREATE, false, () -> post(path, json), true, true, io);
        create.notAfter = notAfter;
        create.start();
        return create.result
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
            return call(CallKind.READ, false, () -> new HttpGet(uri(base + "/" + id)), true, true)
                    .thenApply(answer -> new SeedanceResponse<>(read(answer, Task.class), answer.requestId()));
        });
    }

    @Override
    public CompletableFuture<SeedanceResponse<TaskPage>> list(TaskQuery query) {
        return checked(() -> {
            requireOfficial("list");
            URI uri = listUri(query.validate());
            return call(CallKind.READ, true, () -> new HttpGet(uri), true, true)
                    .thenApply(answer -> new SeedanceResponse<>(read(answer, TaskPage.class), answer.requestId()));
        });
    }

    private URI listUri(TaskQuery query) {
        try {
            URIBuilder b = new URIBuilder(uri(config.tasksPath()));
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
            return call(CallKind.CHANGE, false, () -> new HttpDelete(uri(config.tasksPath() + "/" + id)), true,
                    true).thenApply(answer -> new SeedanceResponse<>(null, answer.requestId()));
        });
    }

    @Override
    public CompletableFuture<SeedanceResponse<String>> upload(AssetSource source, String groupId) {
        if (source.url() != null) {
            return checked(() -> uploadRemote(source, groupId));
        }
        return call(CallKind.CHANGE, false, () -> multipart(source, groupId), true, source.isRepeatable())
                .thenApply(this::uploadJob);
    }

    private HttpUriRequestBase multipart(AssetSource source, String groupId) {
        MultipartEntityBuilder multipart = MultipartEntityBuilder.create();
        ContentType type = ContentType.parse(source.contentType());
        if (source.path() != null) {
            multipart.addPart("file", new FileBody(source.path().toFile(), type, source.fileName()));
        } else if (source.bytes() != null) {
            multipart.addPart("file", new ByteArrayBody(source.bytes(), type, source.fileName()));
        } else {
            multipart.addPart("file", new InputStreamBody(source.stream(), type, source.fileName()));
        }
        if (groupId != null && !groupId.isBlank()) {
            multipart.addTextBody("group_id", groupId);
        }
        HttpPost post = new HttpPost(uri(config.assetUploadPath()));
        post.setEntity(multipart.build());
        return post;
    }

    private SeedanceResponse<String> uploadJob(Answer answer) {
        String uploadTaskId = text(assetData(answer), "task_id");
        if (!Ids.isValid(uploadTaskId)) {
            throw new TransportException(new ErrorDetails(answer.status(), null,
                    "the Asset Library answered without a usable upload job id", null, null, answer.requestId()), null);
        }
        return new SeedanceResponse<>(uploadTaskId, answer.requestId());
    }

    /**
     * Streams a remote medium into the Asset Library: fetched without the API key (it is for the API host only), never
     * following redirects, with its type and size checked before and while it streams. Fetch and upload share one I/O
     * task: the fetched body is the upload's body.
     */
    private CompletableFuture<SeedanceResponse<String>> uploadRemote(AssetSource remote, String groupId) {
        CompletableFuture<SeedanceResponse<String>> result = new CompletableFuture<>();
        Runnable fetchAndUpload = () -> {
            HttpGet fetch = new HttpGet(remote.url());
            try {
                fetcher(remote.isPrivateHostAllowed()).execute(fetch, response -> {
                    if (response.getCode() != 200) {
                        throw new TransportException(new ErrorDetails(response.getCode(), null, "the media URL "
                                + remote.url() + " answered HTTP " + response.getCode() + " (redirects are not followed)",
                                null, null, null), null);
                    }
                    HttpEntity entity = response.getEntity();
                    String announced = entity == null ? null : entity.getContentType();
                    String type = announced != null && MediaTypes.isSupported(announced) ? announced : remote.contentType();
                    MediaKind kind = type == null ? null : MediaTypes.kindOf(type);
                    InputStream content = entity == null ? InputStream.nullInputStream() : entity.getContent();
                    // a length the server did not announce is enforced while streaming
                    InputStream limited = kind == null ? content : new LimitedInputStream(content, AssetChecks.maxBytes(kind));
                    AssetSource streamed = AssetSource.ofStream(limited, remote.fileName(), type,
                            entity == null ? 0 : entity.getContentLength(), remote.expectedKind());
                    // the body can be read once: the upload runs here, on this I/O thread, and is never resent
                    result.complete(uploadJob(SeedanceClient.join(call(CallKind.CHANGE, false,
                            () -> multipart(streamed, groupId), true, false, Runnable::run))));
                    return null;
                });
            } catch (MediumTooLargeException e) {
                result.completeExceptionally(new SeedanceValidationException("file", "a remote medium of more than "
                        + e.limit() + " bytes",
                        "media within the Asset Library's limits (images 30 MB, videos 50 MB, audio 15 MB)"));
            } catch (IOException e) {
                result.completeExceptionally(new TransportException(new ErrorDetails(0, null, "could not fetch the media URL "
                        + remote.url() + " (" + e + ")", null, null, null), e));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        // the upload runs inline in the fetch: it takes the account's slot here, before the fetch starts
        Duration wait = config.accountLimits().requests().reserve(clock.now());
        if (wait.isZero()) {
            submit(fetchAndUpload, result);
        } else {
            try {
                clock.schedule(wait, () -> submit(fetchAndUpload, result));
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(closedException());
            }
        }
        return result;
    }

    @Override
    public CompletableFuture<Optional<String>> findAssetId(String uploadTaskId) {
        return checked(() -> {
            String id = Ids.check("uploadTaskId", uploadTaskId);
            URI uri;
            try {
                uri = new URIBuilder(uri(config.assetQueryPath())).addParameter("task_id", id).build();
            } catch (URISyntaxException e) {
                throw new SeedanceValidationException("uploadTaskId", id, Ids.ALLOWED);
            }
            // documented as needing no authentication: the key is not sent where it is not needed
            return call(CallKind.READ, false, () -> new HttpGet(uri), false, true).thenApply(answer -> {
                String assetId = text(assetData(answer), "asset_id");
                if (assetId == null || assetId.isBlank()) {
                    return Optional.<String> empty();
                }
                if (!Ids.isValid(assetId)) {
                    throw new TransportException(new ErrorDetails(answer.status(), null,
                            "the Asset Library answered an unusable asset id", null, null, answer.requestId()), null);
                }
                return Optional.of(assetId);
            });
        });
    }

    @Override
    public CompletableFuture<ResultStream> download(URI url, DownloadPolicy policy) {
        return new Download(url, policy).start();
    }

    @Override
    public void close() {
        List<Call> waiting = new ArrayList<>();
        synchronized (running) {
            closed = true;
            for (Call call : calls) {
                if (!running.contains(call)) {
                    waiting.add(call);
                }
            }
        }
        // a call waiting for its turn (a rate limit, a backoff) is not sent; one being sent is let finish, so that a
        // create that was sent is answered instead of turned into an unknown outcome by our stop
        for (Call call : waiting) {
            call.fail(closedException());
        }
        awaitRunning();
        if (ownedScheduler != null) {
            ownedScheduler.shutdownNow();
        }
        if (ownedIo != null) {
            ownedIo.shutdownNow();
        }
        http.close(CloseMode.GRACEFUL);
        synchronized (fetchers) {
            for (int i = 0; i < fetchers.length; i++) {
                if (fetchers[i] != null) {
                    fetchers[i].close(CloseMode.GRACEFUL);
                    fetchers[i] = null;
                }
            }
        }
    }

    /** Waits, at most as long as one attempt can take, for the attempts being sent to end. */
    private void awaitRunning() {
        long deadline = System.nanoTime() + config.connectTimeout().plus(config.responseTimeout()).toNanos();
        synchronized (running) {
            long left;
            while (!running.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(running, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (!running.isEmpty()) {
                LOG.warn("Closing the Seedance client with {} call(s) still waiting for their answer", running.size());
            }
        }
    }

    private static SeedanceException closedException() {
        return new SeedanceException("the Seedance client was closed before the call was sent (a create: nothing was"
                                     + " created)", null);
    }

    /**
     * The client that fetches remote media and result files: like the API client (its timeouts, TLS, proxy with its
     * credentials, and the customizers meant for downloads too) but never sending the API key; when internal hosts
     * are not allowed its DNS resolver refuses internal addresses, so that a host checked as public cannot resolve to
     * an internal address when it is fetched (DNS rebinding).
     */
    private CloseableHttpClient fetcher(boolean privateHostsAllowed) {
        synchronized (fetchers) {
            if (closed) {
                throw closedException();
            }
            int i = privateHostsAllowed ? 1 : 0;
            if (fetchers[i] == null) {
                fetchers[i] = buildHttpClient(config, privateHostsAllowed ? null : new PublicHostsResolver(config.proxyHost()),
                        false);
            }
            return fetchers[i];
        }
    }

    // ---- calls: one attempt at a time on the I/O executor, waits scheduled on the clock

    private <T> CompletableFuture<T> checked(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void submit(Runnable task, CompletableFuture<?> result) {
        if (closed) {
            result.completeExceptionally(closedException());
            return;
        }
        try {
            io.execute(task);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(closed ? closedException()
                    : new TransportException(new ErrorDetails(0, null, "the I/O executor refused the call (its queue"
                            + " is full; the component option ioQueueSize bounds it); nothing was sent: " + e, null,
                            null, null), e));
        }
    }

    private CompletableFuture<Answer> call(CallKind kind, boolean list, Supplier<HttpUriRequestBase> request,
            boolean authenticated, boolean repeatable) {
        return call(kind, list, request, authenticated, repeatable, io);
    }

    private CompletableFuture<Answer> call(CallKind kind, boolean list, Supplier<HttpUriRequestBase> request,
            boolean authenticated, boolean repeatable, Executor executor) {
        Call call = new Call(kind, list, request, authenticated, repeatable, executor);
        call.start();
        return call.result;
    }

    /** One API call across its attempts. */
    private final class Call {
        private final CallKind kind;
        private final boolean list;
        private final Supplier<HttpUriRequestBase> request;
        private final boolean authenticated;
        private final boolean repeatable;
        private final Executor executor;
        private final CompletableFuture<Answer> result = new CompletableFuture<>();
        private int attempt;
        /** A create not sent by then fails with {@link CreateNotSentException}; null for no limit. */
        private Instant notAfter;

        private Call(CallKind kind, boolean list, Supplier<HttpUriRequestBase> request, boolean authenticated,
                     boolean repeatable, Executor executor) {
            this.kind = kind;
            this.list = list;
            this.request = request;
            this.authenticated = authenticated;
            this.repeatable = repeatable;
            this.executor = executor;
        }

        void start() {
            calls.add(this);
            result.whenComplete((answer, failure) -> calls.remove(this));
            if (closed) {
                fail(closedException());
            } else {
                pace();
            }
        }

        void fail(Throwable failure) {
            result.completeExceptionally(failure);
        }

        /**
         * Waits for the account's next free slot (and the list endpoint's), then runs the attempt. A call run inline
         * by another I/O task (the upload of a fetched medium) was paced by that task, before it started.
         */
        private void pace() {
            if (result.isDone()) {
                return;
            }
            if (executor != io) {
                dispatch();
                return;
            }
            Instant now = clock.now();
            Duration wait = config.accountLimits().requests().reserve(now);
            if (list) {
                Duration listWait = config.accountLimits().lists().reserve(now);
                wait = listWait.compareTo(wait) > 0 ? listWait : wait;
            }
            if (wait.isZero()) {
                dispatch();
            } else {
                later(wait, this::dispatch);
            }
        }

        private void later(Duration wait, Runnable task) {
            try {
                clock.schedule(wait, task);
            } catch (RejectedExecutionException e) {
                fail(closed ? closedException() : new TransportException(new ErrorDetails(0, null,
                        "the scheduler refused a wait: " + e, null, null, null), e));
            }
        }

        private void dispatch() {
            if (result.isDone()) {
                return;
            }
            if (executor == io) {
                submit(this::attempt, result);
            } else {
                executor.execute(this::attempt);
            }
        }

        private void attempt() {
            if (result.isDone()) {
                return;
            }
            if (notAfter != null && !clock.now().isBefore(notAfter)) {
                fail(new CreateNotSentException(notAfter));
                return;
            }
            synchronized (running) {
                if (closed) {
                    fail(closedException());
                    return;
                }
                running.add(this);
            }
            try {
                Answer answer = exchange();
                if (answer != null) {
                    result.complete(answer);
                }
            } catch (Throwable e) {
                // an Error too: the call ends with it, never leaves its caller waiting
                fail(e);
            } finally {
                synchronized (running) {
                    running.remove(this);
                    running.notifyAll();
                }
            }
        }

        /** One attempt: the answer, or null when a retry was scheduled. */
        private Answer exchange() {
            RetryPolicy policy = config.retryPolicy();
            boolean mayRetry = repeatable && attempt < policy.maxRetries();
            HttpUriRequestBase message = request.get();
            if (authenticated) {
                message.setHeader(HttpHeaders.AUTHORIZATION, authorization());
            }
            HttpClientContext context = HttpClientContext.create();
            Answer answer;
            try {
                answer = http.execute(message, context, HttpSeedanceClient.this::toAnswer);
            } catch (MediumTooLargeException e) {
                // a remote medium streamed into the upload passed the Asset Library's limit: refused, not sent whole
                throw new SeedanceValidationException("file", "a remote medium of more than " + e.limit() + " bytes",
                        "media within the Asset Library's limits (images 30 MB, videos 50 MB, audio 15 MB)");
            } catch (IOException e) {
                boolean sent = context.getAttribute(SENT) != null;
                if (!sent && causedBy(e, TlsConnectException.class)) {
                    // TLS failed before the request was written: nothing was sent, and trying again will not help
                    throw new TransportException(transportDetails(message,
                            "TLS failed while connecting; nothing was sent", e), e);
                }
                if (!sent && !isConnectFailure(e)) {
                    // refused by the HTTP client itself (for example a URI it will not send): nothing was sent
                    throw new TransportException(transportDetails(message, "refused before sending; nothing was sent", e),
                            e);
                }
                if (!sent) {
                    // the request never left: safe to send again, even a create
                    if (mayRetry) {
                        return retry(policy.backoff(attempt + 1, null), message, e.toString());
                    }
                    throw new TransportException(transportDetails(message, "could not connect; nothing was sent", e), e);
                }
                // the request may have been received (a reset mid-answer on TLS is an SSLException too)
                if (kind == CallKind.CREATE) {
                    throw new OutcomeUnknownException(transportDetails(message, "the answer was lost", e), null, null,
                            null, e);
                }
                if (kind == CallKind.CHANGE) {
                    throw new TransportException(transportDetails(message,
                            "the answer was lost after the request was sent; it may have been applied", e), e);
                }
                if (mayRetry) {
                    return retry(policy.backoff(attempt + 1, null), message, e.toString());
                }
                throw new TransportException(transportDetails(message, e instanceof java.io.InterruptedIOException
                        ? "timed out waiting for the answer" : "the connection failed", e), e);
            }
            if (answer.status() >= 200 && answer.status() < 300) {
                return answer;
            }
            Refusal refusal = refusal(answer);
            if (list && answer.status() == 429 && answer.retryAfter() != null) {
                // the list endpoint's own, tighter limit: every later list of the account waits too
                config.accountLimits().lists().holdUntil(clock.now().plus(policy.cap(answer.retryAfter())));
            }
            boolean refusedBeforeActing = refusal.byProvider() || (kind == CallKind.CHANGE && refusal.envelope());
            if (mayRetry && retryable(kind, answer.status(), refusedBeforeActing, refusal.details().code())) {
                return retry(policy.backoff(attempt + 1, answer.retryAfter()), message, "HTTP " + answer.status());
            }
            if (kind == CallKind.CREATE && answer.status() >= 500 && !(answer.status() == 503 && refusal.byProvider())) {
                // a gateway's 500/502/504 may follow a task the service behind it already created
                throw new OutcomeUnknownException(refusal.details(), null, null, null, null);
            }
            throw ErrorClassifier.classify(refusal.details(), answer.retryAfter());
        }

        private Answer retry(Duration backoff, HttpUriRequestBase message, String reason) {
            attempt++;
            LOG.debug("Retrying {} {} in {} ms after {}", message.getMethod(), message.getPath(), backoff.toMillis(),
                    reason);
            later(backoff, this::pace);
            return null;
        }
    }

    private static boolean isConnectFailure(IOException e) {
        return e instanceof UnknownHostException || e instanceof ConnectTimeoutException
                || e instanceof NoRouteToHostException || causedBy(e, ConnectException.class);
    }

    /**
     * Reads are retried on 429 and 5xx. Creates, uploads and cancels only on 429 and 503 carrying the provider's own
     * error body: those were refused before anything was done. A quota does not clear in seconds: never retried.
     */
    private static boolean retryable(CallKind kind, int status, boolean providerRefusal, String code) {
        if (ErrorClassifier.isQuota(code)) {
            return false;
        }
        if (kind != CallKind.READ) {
            return (status == 429 || status == 503) && providerRefusal;
        }
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    // ---- downloads

    /** A result file download: redirects followed by hand, each hop checked; connection failures and 5xx retried. */
    private final class Download {
        private final DownloadPolicy policy;
        private final CompletableFuture<ResultStream> result = new CompletableFuture<>();
        private URI url;
        private int redirects;
        private int attempt;

        private Download(URI url, DownloadPolicy policy) {
            this.url = url;
            this.policy = policy;
        }

        /** The first URL is checked on the I/O thread too: resolving its host must not hold the caller. */
        CompletableFuture<ResultStream> start() {
            submit(() -> {
                try {
                    check(url);
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                    return;
                }
                attempt();
            }, result);
            return result;
        }

        private void check(URI target) {
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            boolean https = scheme.equals("https");
            if (!(https || scheme.equals("http") && policy.allowHttp()) || target.getHost() == null
                || target.getRawUserInfo() != null) {
                throw new SeedanceValidationException("url", target, policy.allowHttp()
                        ? "an absolute http(s) URL without user-info" : "an absolute https URL (set allowHttpDownloads"
                                + " to fetch http URLs)");
            }
            if (!policy.admits(target.getHost())) {
                throw new SeedanceValidationException("url", target, "a host of the download allow-list "
                                                                    + policy.allowedHosts());
            }
            if (!policy.allowPrivateHosts()) {
                InetAddress internal;
                try {
                    internal = MediaUrlGuard.firstInternal(InetAddress.getAllByName(target.getHost()));
                } catch (UnknownHostException e) {
                    throw new TransportException(new ErrorDetails(0, null, "cannot resolve the result host "
                                                                           + target.getHost(), null, null, null), e);
                }
                if (internal != null) {
                    throw new SeedanceValidationException("url", target, "a public host (it resolves to "
                            + internal.getHostAddress() + "; set allowPrivateDownloadHosts=true to fetch from it)");
                }
            }
        }

        private void attempt() {
            if (result.isDone()) {
                return;
            }
            ClassicHttpResponse response = null;
            try {
                response = fetcher(policy.allowPrivateHosts()).executeOpen(null, new HttpGet(url), null);
                int status = response.getCode();
                if (status >= 300 && status < 400 && response.getFirstHeader(HttpHeaders.LOCATION) != null) {
                    URI next = url.resolve(response.getFirstHeader(HttpHeaders.LOCATION).getValue());
                    EntityUtils.consumeQuietly(response.getEntity());
                    response.close();
                    if (++redirects > policy.maxRedirects()) {
                        throw new TransportException(new ErrorDetails(status, null, "more than " + policy.maxRedirects()
                                + " redirects from " + url.getHost(), null, null, null), null);
                    }
                    check(next);
                    url = next;
                    submit(this::attempt, result);
                    return;
                }
                if (status != 200) {
                    Duration retryAfter = retryAfter(response);
                    EntityUtils.consumeQuietly(response.getEntity());
                    response.close();
                    if ((status == 429 || status >= 500) && attempt < config.retryPolicy().maxRetries()) {
                        retry(config.retryPolicy().backoff(++attempt, retryAfter));
                        return;
                    }
                    throw ErrorClassifier.classify(new ErrorDetails(status, null, "the result host " + url.getHost()
                            + " answered HTTP " + status, null, null, null), retryAfter);
                }
                HttpEntity entity = response.getEntity();
                ClassicHttpResponse open = response;
                InputStream content = entity == null ? InputStream.nullInputStream() : entity.getContent();
                result.complete(new ResultStream(url, content, entity == null ? 0 : entity.getContentLength(),
                        entity == null ? null : entity.getContentType(), open::close, () -> abort(content, open)));
            } catch (IOException e) {
                Closer.closeQuietly(response);
                boolean tls = causedBy(e, TlsConnectException.class);
                // a GET changes nothing: any failure before the body may be retried, but a port that does not speak
                // TLS will not start to
                if (attempt < config.retryPolicy().maxRetries() && !tls) {
                    retry(config.retryPolicy().backoff(++attempt, null));
                    return;
                }
                result.completeExceptionally(new TransportException(new ErrorDetails(0, null, "could not download from "
                        + url.getHost() + (tls ? ": TLS failed while connecting; nothing was sent" : "") + " (" + e + ")",
                        null, null, null), e));
            } catch (Throwable e) {
                Closer.closeQuietly(response);
                result.completeExceptionally(e);
            }
        }

        /**
         * Ends a download whose body was not read to its end: the connection is closed and discarded, never drained
         * (closing the response gracefully would read the rest of the video first).
         */
        private static void abort(InputStream content, ClassicHttpResponse response) throws IOException {
            try {
                if (content instanceof EofSensorInputStream sensed) {
                    sensed.abort();
                }
            } finally {
                if (response instanceof ModalCloseable modal) {
                    modal.close(CloseMode.IMMEDIATE);
                } else {
                    response.close();
                }
            }
        }

        private void retry(Duration backoff) {
            try {
                clock.schedule(backoff, () -> submit(this::attempt, result));
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(closedException());
            }
        }
    }

    // ---- answers

    private Answer toAnswer(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            }
            if (body.length > MAX_ANSWER_BYTES) {
                throw new IOException("an answer of more than " + MAX_ANSWER_BYTES + " bytes");
            }
        }
        return new Answer(response.getCode(), body, requestId(response), retryAfter(response));
    }

    private static String requestId(ClassicHttpResponse response) {
        Header header = response.getFirstHeader("X-Request-Id");
        if (header == null) {
            header = response.getFirstHeader("x-tt-logid");
        }
        return header == null ? null : header.getValue();
    }

    private Duration retryAfter(ClassicHttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        if (header == null) {
            return null;
        }
        String value = header.getValue().trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Duration wait = Duration.between(clock.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    private Refusal refusal(Answer answer) {
        try {
            JsonNode node = mapper.readTree(answer.body());
            JsonNode error = node == null ? null : node.get("error");
            if (error != null && error.isObject() && text(error, "code") != null) {
                return new Refusal(new ErrorDetails(answer.status(), redact(text(error, "code")),
                        redact(text(error, "message")), redact(text(error, "param")), redact(text(error, "type")),
                        answer.requestId()), true, false);
            }
            if (node != null && node.has("code") && (node.has("msg") || node.has("message"))) {
                // the Asset Library's own envelope, or a gateway's
                String message = node.has("msg") ? text(node, "msg") : text(node, "message");
                return new Refusal(new ErrorDetails(answer.status(), redact(text(node, "code")), redact(message), null,
                        null, answer.requestId()), false, true);
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: keep the status and a snippet
        }
        String snippet = new String(answer.body(), 0, Math.min(200, answer.body().length), StandardCharsets.UTF_8);
        return new Refusal(new ErrorDetails(answer.status(), null, snippet.isBlank() ? "no error body" : redact(snippet),
                null, null, answer.requestId()), false, false);
    }

    /** A server may echo the credentials it refused: the key never reaches an exception or a log. */
    private String redact(String text) {
        return text == null ? null : text.replace(config.apiKey(), "***");
    }

    /** The {@code data} of an Asset Library answer, whose envelope may carry an error code under HTTP 200. */
    private JsonNode assetData(Answer answer) {
        JsonNode node;
        try {
            node = mapper.readTree(answer.body());
        } catch (IOException e) {
            throw new TransportException(new ErrorDetails(answer.status(), null, "unreadable Asset Library answer: "
                                                                                  + e.getMessage(), null, null,
                    answer.requestId()), e);
        }
        if (node == null) {
            throw new TransportException(new ErrorDetails(answer.status(), null, "empty Asset Library answer", null, null,
                    answer.requestId()), null);
        }
        JsonNode code = node.get("code");
        if (code != null && code.canConvertToInt() && code.asInt() != 200 && code.asInt() != 0) {
            String message = node.has("msg") ? text(node, "msg") : text(node, "message");
            throw ErrorClassifier.classify(new ErrorDetails(code.asInt(), code.asText(), redact(message), null, null,
                    answer.requestId()), null);
        }
        JsonNode data = node.get("data");
        return data == null ? mapper.createObjectNode() : data;
    }

    private <T> T read(Answer answer, Class<T> type) {
        try {
            T value = mapper.readValue(answer.body(), type);
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
        HttpPost post = new HttpPost(uri(path));
        post.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
        return post;
    }

    private URI uri(String path) {
        return URI.create(config.baseUrl() + path);
    }

    private String authorization() {
        return config.authScheme() == AuthScheme.BEARER ? "Bearer " + config.apiKey() : config.apiKey();
    }

    private void requireOfficial(String operation) {
        if (config.apiStyle() != ApiStyle.OFFICIAL) {
            throw new SeedanceValidationException("apiStyle", "openai (operation " + operation + ")",
                    "official: the OpenAI-style /v1/videos interface has no " + operation);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ErrorDetails transportDetails(HttpUriRequestBase request, String what, Exception e) {
        return new ErrorDetails(0, null, request.getMethod() + " " + request.getPath() + ": " + what + " (" + e + ")", null,
                null, null);
    }
}
