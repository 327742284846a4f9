package io.github.camelseedance.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;


import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.model.Asset;
import io.github.camelseedance.model.GenerationRequest;
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
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Seedance API over Apache HttpClient 5 (the engine of Camel HTTP): a pooled connection manager, timeouts, TLS,
 * proxy, retries by {@link RetryPolicy} and error mapping to {@link SeedanceException}s. Waiting for assets is done by
 * re-scheduling checks, never by parking a thread.
 */
public final class HttpSeedanceClient implements SeedanceClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSeedanceClient.class);
    private static final String USER_AGENT = "camel-seedance/" + ClientVersion.VALUE;

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
    private final CloseableHttpClient http;
    private final ObjectMapper mapper;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    /** Waits in progress, failed on close so that nobody waits for a check that will never run. */
    private final Set<CompletableFuture<Asset>> waits = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** Built on the first remote medium; guarded by this. */
    private CloseableHttpClient mediaFetcher;

    public HttpSeedanceClient(SeedanceClientConfig config) {
        this(config, null);
    }

    /**
     * @param scheduler where asset checks are scheduled; when null the client starts (and on close stops) a
     *                  single daemon thread of its own
     */
    public HttpSeedanceClient(SeedanceClientConfig config, ScheduledExecutorService scheduler) {
        this.config = config;
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.http = buildHttpClient(config, null);
        this.ownsScheduler = scheduler == null;
        this.scheduler = scheduler != null ? scheduler : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "seedance-client-scheduler");
            t.setDaemon(true);
            return t;
        });
    }

    private static CloseableHttpClient buildHttpClient(SeedanceClientConfig config, DnsResolver dnsResolver) {
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
        pool.setTlsSocketStrategy(new ConnectPhaseTlsStrategy(config.sslContext() == null
                ? DefaultClientTlsStrategy.createDefault()
                : ClientTlsStrategyBuilder.create().setSslContext(config.sslContext()).buildClassic()));
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
        if (config.proxyHost() != null) {
            builder.setProxy(new HttpHost(config.proxyHost(), config.proxyPort() == null ? 8080 : config.proxyPort()));
        }
        return builder.build();
    }

    @Override
    public SeedanceClientConfig config() {
        return config;
    }

    @Override
    public SeedanceResponse<CreatedTask> create(GenerationRequest request) {
        boolean openAi = config.apiStyle() == ApiStyle.OPENAI;
        JsonNode body = openAi ? RequestBodies.openAi(mapper, request) : RequestBodies.official(mapper, request);
        byte[] json = write(body);
        String path = openAi ? config.videosPath() : config.tasksPath();
        Instant sentAt = Instant.now();
        Answer answer;
        try {
            answer = execute(CallKind.CREATE, () -> post(path, json), true);
        } catch (OutcomeUnknownException e) {
            throw new OutcomeUnknownException(detailsOf(e), sentAt, request.model(), e.getCause());
        }
        try {
            JsonNode node = mapper.readTree(answer.body());
            String id = text(node, "id");
            if (id == null) {
                id = text(node, "task_id");
            }
            if (id == null) {
                throw new IOException("no task id in the create answer");
            }
            return new SeedanceResponse<>(new CreatedTask(id, TaskStatus.of(text(node, "status"))), answer.requestId());
        } catch (IOException e) {
            // the server accepted something we cannot read: a task may exist, so it must not be sent again
            throw new OutcomeUnknownException(new ErrorDetails(answer.status(), null,
                    "the create answer could not be read (" + e.getMessage() + "); a task may have been created", null,
                    null, answer.requestId()), sentAt, request.model(), e);
        }
    }

    @Override
    public SeedanceResponse<Task> get(String taskId) {
        requireId(taskId);
        String base = config.apiStyle() == ApiStyle.OPENAI ? config.videosPath() : config.tasksPath();
        Answer answer = execute(CallKind.READ, () -> new HttpGet(uri(base + "/" + segment(taskId))), true);
        return new SeedanceResponse<>(read(answer, Task.class), answer.requestId());
    }

    @Override
    public SeedanceResponse<TaskPage> list(TaskQuery query) {
        requireOfficial("list");
        query.validate();
        URI uri;
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
            uri = b.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot build the list URI: " + e.getMessage(), e);
        }
        Answer answer = execute(CallKind.READ, () -> new HttpGet(uri), true);
        return new SeedanceResponse<>(read(answer, TaskPage.class), answer.requestId());
    }

    @Override
    public SeedanceResponse<Void> cancel(String taskId) {
        requireOfficial("cancel");
        requireId(taskId);
        Answer answer = execute(CallKind.CHANGE, () -> new HttpDelete(uri(config.tasksPath() + "/" + segment(taskId))), true);
        return new SeedanceResponse<>(null, answer.requestId());
    }

    @Override
    public SeedanceResponse<String> upload(AssetSource source, String groupId) {
        if (source.url() != null) {
            return uploadRemote(source, groupId);
        }
        Supplier<HttpUriRequestBase> request = () -> {
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
        };
        Answer answer = execute(CallKind.CHANGE, request, true, source.isRepeatable());
        JsonNode data = assetData(answer);
        String uploadTaskId = text(data, "task_id");
        if (uploadTaskId == null) {
            throw new TransportException(new ErrorDetails(answer.status(), null, "no task_id in the upload answer", null, null,
                    answer.requestId()), null);
        }
        return new SeedanceResponse<>(uploadTaskId, answer.requestId());
    }

    /**
     * Streams a remote medium into the Asset Library: fetched without the API key (it is for the API host only), never
     * following redirects, with its type and announced size checked before the upload starts.
     */
    private SeedanceResponse<String> uploadRemote(AssetSource remote, String groupId) {
        HttpGet fetch = new HttpGet(remote.url());
        CloseableHttpClient fetcher = remote.isPrivateHostAllowed() ? http : guardedFetcher();
        try {
            return fetcher.execute(fetch, response -> {
                if (response.getCode() != 200) {
                    throw new TransportException(new ErrorDetails(response.getCode(), null, "the media URL "
                            + remote.url() + " answered HTTP " + response.getCode() + " (redirects are not followed)",
                            null, null, null), null);
                }
                HttpEntity entity = response.getEntity();
                String announced = entity == null ? null : entity.getContentType();
                String type = announced != null && MediaTypes.isSupported(announced) ? announced : remote.contentType();
                InputStream content = entity == null ? InputStream.nullInputStream() : entity.getContent();
                AssetSource streamed = AssetSource.ofStream(content, remote.fileName(), type,
                        entity == null ? 0 : entity.getContentLength());
                // a length the server did not announce is enforced while streaming
                return upload(AssetSource.ofStream(new LimitedInputStream(content, AssetChecks.maxBytes(streamed.kind())),
                        streamed.fileName(), streamed.contentType(), streamed.size()), groupId);
            });
        } catch (IOException e) {
            throw new TransportException(new ErrorDetails(0, null, "could not fetch the media URL " + remote.url() + " ("
                                                                   + e + ")", null, null, null), e);
        }
    }

    /**
     * The client that fetches remote media: like the API client, but its DNS resolver refuses internal addresses, so
     * that a host checked as public cannot resolve to an internal address when it is fetched (DNS rebinding).
     */
    private synchronized CloseableHttpClient guardedFetcher() {
        if (closed) {
            throw new SeedanceException("the client is closed", null);
        }
        if (mediaFetcher == null) {
            mediaFetcher = buildHttpClient(config, new PublicHostsResolver(config.proxyHost()));
        }
        return mediaFetcher;
    }

    @Override
    public String findAssetId(String uploadTaskId) {
        requireId(uploadTaskId);
        URI uri;
        try {
            uri = new URIBuilder(uri(config.assetQueryPath())).addParameter("task_id", uploadTaskId).build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        // documented as needing no authentication: the key is not sent where it is not needed
        Answer answer = execute(CallKind.READ, () -> new HttpGet(uri), false);
        String assetId = text(assetData(answer), "asset_id");
        return assetId == null || assetId.isBlank() ? null : assetId;
    }

    @Override
    public CompletableFuture<Asset> awaitAsset(String uploadTaskId, Duration interval, Duration timeout) {
        CompletableFuture<Asset> result = new CompletableFuture<>();
        waits.add(result);
        result.whenComplete((asset, failure) -> waits.remove(result));
        if (closed) {
            result.completeExceptionally(new SeedanceException("the client is closed; asset " + uploadTaskId
                                                               + " was not awaited", null));
            return result;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        scheduleAssetCheck(uploadTaskId, interval, deadline, result, 0);
        return result;
    }

    private void scheduleAssetCheck(String uploadTaskId, Duration interval, long deadline, CompletableFuture<Asset> result,
            long delayMillis) {
        try {
            scheduler.schedule(() -> checkAsset(uploadTaskId, interval, deadline, result), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new SeedanceException("the client is closed; asset " + uploadTaskId
                                                               + " was not awaited", e));
        }
    }

    private void checkAsset(String uploadTaskId, Duration interval, long deadline, CompletableFuture<Asset> result) {
        if (result.isDone()) {
            return; // cancelled by the caller
        }
        try {
            String assetId = findAssetId(uploadTaskId);
            if (assetId != null) {
                result.complete(new Asset(assetId, uploadTaskId));
            } else if (System.nanoTime() - deadline >= 0) {
                result.completeExceptionally(new AssetNotReadyException(new ErrorDetails(0, "AssetNotReady",
                        "upload job " + uploadTaskId + " has no asset id yet; the wait timed out", null, null, null)));
            } else {
                scheduleAssetCheck(uploadTaskId, interval, deadline, result, interval.toMillis());
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (CompletableFuture<Asset> wait : waits) {
            wait.completeExceptionally(new SeedanceException("the client was closed while waiting for an asset", null));
        }
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        http.close(CloseMode.GRACEFUL);
        synchronized (this) {
            if (mediaFetcher != null) {
                mediaFetcher.close(CloseMode.GRACEFUL);
                mediaFetcher = null;
            }
        }
    }

    // ---- HTTP plumbing

    private Answer execute(CallKind kind, Supplier<HttpUriRequestBase> request, boolean authenticated) {
        return execute(kind, request, authenticated, true);
    }

    private Answer execute(CallKind kind, Supplier<HttpUriRequestBase> request, boolean authenticated, boolean repeatable) {
        RetryPolicy policy = config.retryPolicy();
        for (int attempt = 0;; attempt++) {
            boolean mayRetry = repeatable && attempt < policy.maxRetries();
            HttpUriRequestBase http = request.get();
            if (authenticated) {
                http.setHeader(HttpHeaders.AUTHORIZATION, authorization());
            }
            Answer answer;
            try {
                answer = this.http.execute(http, this::toAnswer);
            } catch (TlsConnectException e) {
                // TLS failed before the request was written: nothing was sent, and trying again will not help
                throw new TransportException(transportDetails(http, "TLS failed while connecting", e), e);
            } catch (MediumTooLargeException e) {
                throw new SeedanceValidationException("file", "a remote medium of more than " + e.limit() + " bytes",
                        "media within the Asset Library's limits (images 30 MB, videos 50 MB, audio 15 MB)");
            } catch (ConnectException | UnknownHostException | ConnectTimeoutException e) {
                if (causedBy(e, TlsConnectException.class)) {
                    // HttpClient wraps connect failures: TLS refused before the request was written, not worth retrying
                    throw new TransportException(transportDetails(http, "TLS failed while connecting", e), e);
                }
                // the request never left: safe to send again, even a create
                if (mayRetry) {
                    pause(policy.backoff(attempt + 1, null), http, e.toString());
                    continue;
                }
                throw new TransportException(transportDetails(http, "could not connect", e), e);
            } catch (IOException e) {
                // the request may have been received (a reset mid-answer on TLS is an SSLException too)
                if (kind == CallKind.CREATE) {
                    throw new OutcomeUnknownException(transportDetails(http,
                            "the answer was lost after the create was sent; a task may have been created", e), null, null, e);
                }
                if (kind == CallKind.CHANGE) {
                    throw new TransportException(transportDetails(http,
                            "the answer was lost after the request was sent; it may have been applied", e), e);
                }
                if (mayRetry) {
                    pause(policy.backoff(attempt + 1, null), http, e.toString());
                    continue;
                }
                throw new TransportException(transportDetails(http, e instanceof InterruptedIOException
                        ? "timed out waiting for the answer" : "the connection failed", e), e);
            }
            if (answer.status() >= 200 && answer.status() < 300) {
                return answer;
            }
            Refusal refusal = refusal(answer);
            boolean refusedBeforeActing = refusal.byProvider() || (kind == CallKind.CHANGE && refusal.envelope());
            if (mayRetry && retryable(kind, answer.status(), refusedBeforeActing)) {
                pause(policy.backoff(attempt + 1, answer.retryAfter()), http, "HTTP " + answer.status());
                continue;
            }
            if (kind == CallKind.CREATE && answer.status() >= 500 && !(answer.status() == 503 && refusal.byProvider())) {
                // a gateway's 500/502/504 may follow a task the service behind it already created
                throw new OutcomeUnknownException(refusal.details(), null, null, null);
            }
            throw ErrorClassifier.classify(refusal.details(), answer.retryAfter());
        }
    }

    /**
     * Reads are retried on 429 and 5xx. Creates, uploads and cancels only on 429 and 503 carrying the provider's own
     * error body: those were refused before anything was done.
     */
    private static boolean retryable(CallKind kind, int status, boolean providerRefusal) {
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

    private static void pause(Duration wait, HttpUriRequestBase request, String reason) {
        LOG.debug("Retrying {} {} in {} ms after {}", request.getMethod(), request.getPath(), wait.toMillis(), reason);
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedanceException("interrupted while waiting to retry " + request.getMethod() + " "
                                        + request.getPath(), e);
        }
    }

    private Answer toAnswer(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        return new Answer(response.getCode(), body, requestId(response), retryAfter(response));
    }

    private static String requestId(ClassicHttpResponse response) {
        Header header = response.getFirstHeader("X-Request-Id");
        if (header == null) {
            header = response.getFirstHeader("x-tt-logid");
        }
        return header == null ? null : header.getValue();
    }

    private static Duration retryAfter(ClassicHttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        if (header == null) {
            return null;
        }
        String value = header.getValue().trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Duration wait = Duration.between(Instant.now(),
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
                return new Refusal(new ErrorDetails(answer.status(), text(error, "code"), text(error, "message"),
                        text(error, "param"), text(error, "type"), answer.requestId()), true, false);
            }
            if (node != null && node.has("code") && (node.has("msg") || node.has("message"))) {
                // the Asset Library's own envelope, or a gateway's
                String message = node.has("msg") ? text(node, "msg") : text(node, "message");
                return new Refusal(new ErrorDetails(answer.status(), text(node, "code"), message, null, null,
                        answer.requestId()), false, true);
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: keep the status and a snippet
        }
        String snippet = new String(answer.body(), 0, Math.min(200, answer.body().length), StandardCharsets.UTF_8);
        return new Refusal(new ErrorDetails(answer.status(), null, snippet.isBlank() ? "no error body" : snippet, null, null,
                answer.requestId()), false, false);
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
            throw ErrorClassifier.classify(new ErrorDetails(code.asInt(), code.asText(), message, null, null,
                    answer.requestId()), null);
        }
        JsonNode data = node.get("data");
        return data == null ? mapper.createObjectNode() : data;
    }

    private <T> T read(Answer answer, Class<T> type) {
        try {
            return mapper.readValue(answer.body(), type);
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

    private static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new SeedanceValidationException("taskId", id, "a non-blank task id");
        }
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ErrorDetails transportDetails(HttpUriRequestBase request, String what, Exception e) {
        return new ErrorDetails(0, null, request.getMethod() + " " + request.getPath() + ": " + what + " (" + e + ")", null,
                null, null);
    }

    private static ErrorDetails detailsOf(SeedanceException e) {
        return new ErrorDetails(e.getHttpStatus(), e.getCode(), e.getErrorMessage(), e.getParam(), e.getType(),
                e.getRequestId());
    }
}
