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
package io.github.camelseedance.springboot;

import java.time.Duration;
import java.util.Set;

import io.github.camelseedance.SeedanceOutput;
import io.github.camelseedance.TaskScope;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.seedance.*} properties of a Spring Boot application: every option
 * of the component (those of its configuration flat, as in Camel's starters), bound by Spring Boot
 * and copied onto the component by {@link SeedanceComponentAutoConfiguration}. Beans are given as
 * references ({@code #bean:name}). Generated from the catalog by SpringBootPropertiesGenerator
 * (test scope): do not edit.
 */
@ConfigurationProperties(prefix = "camel.component.seedance")
public class SeedanceComponentProperties extends ComponentConfigurationPropertiesCommon {

    static final String PREFIX = "camel.component.seedance";
    /** The options whose values no message may show. */
    static final Set<String> SECRETS = Set.of("apiKey", "proxyPassword");

    /**
     * Whether to enable auto configuration of the seedance component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * The request dialect: official (the task API with content, every operation) or openai (PowerTokens' /v1/videos
     * with media; create and get only).
     */
    private String apiStyle = "official";
    /**
     * Overrides the provider's base URL, for a gateway, a proxy or the emulator, for example http://127.0.0.1:8089.
     */
    private String baseUrl;
    /**
     * The component configuration: the defaults of every endpoint. The option is a
     * io.github.camelseedance.SeedanceConfiguration bean: give its reference, #bean:name.
     */
    private String configuration;
    /**
     * List only tasks of this model (list operation, and the consumer with scope=account).
     */
    private String modelFilter;
    /**
     * Who serves the API: powertokens (the default), byteplus (ModelArk), volcengine (Ark), or custom (set
     * baseUrl). The provider decides the base URL, the task API path and whether media must be Asset Library
     * assets.
     */
    private String provider = "powertokens";
    /**
     * List only tasks of this service tier (list operation, and the consumer with scope=account).
     */
    private String serviceTierFilter;
    /**
     * List only tasks with this status (list operation, and the consumer with scope=account).
     */
    private String statusFilter;
    /**
     * These tasks: a comma-separated list of task ids (list operation: list only these; consumer: watch these).
     */
    private String taskIds;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
     * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
     * hook into the 3rd party component and make this possible for future releases. By default the consumer will
     * use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
     * level and ignored.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * With scope=account, how far back the consumer looks: tasks created longer ago are not listed (the provider
     * keeps tasks for 7 days).
     */
    private Duration createdWithin = Duration.ofDays(1);
    /**
     * Which status changes the consumer emits: all, terminal (succeeded, failed, cancelled, expired), or a
     * comma-separated list of statuses. Changes to other statuses are recorded without an exchange.
     */
    private String emit = "all";
    /**
     * The most exchanges one poll of the consumer emits; the other transitions seen come out on the next polls (at
     * once with greedy=true). 0: no limit.
     */
    private Integer maxMessagesPerPoll = 0;
    /**
     * Which tasks the consumer watches: context (tasks created by seedance producers of this CamelContext, plus
     * registered ids), ids (the taskIds option and ids registered with the watch operation) or account (every task
     * of the account within modelFilter, statusFilter, serviceTierFilter and createdWithin).
     */
    private TaskScope scope = TaskScope.context;
    /**
     * The largest callback body a webhook:seedance:tasks route reads, in bytes; a larger one is answered 413
     * without being read further. A task's JSON is a few KB. Set the HTTP server's own limit too
     * (camel.server.maxBodySize in Camel Main), which applies before the body reaches the route.
     */
    private Integer callbackMaxBodySize = 65536;
    /**
     * A repository shared by several instances (for example camel-sql's JdbcMessageIdRepository), keyed by task id
     * and status, whose add claims each transition before its exchange is sent: a transition another instance
     * claimed is not emitted again, so a fail-over under camel-master repeats nothing. A failed exchange removes
     * its claim. The option is a org.apache.camel.spi.IdempotentRepository bean: give its reference, #bean:name.
     */
    private String idempotentRepository;
    /**
     * Where the consumer keeps the status it last handled for each task, and the tasks it watches, so that a
     * restart neither loses nor repeats a transition (for example a FileStateRepository). In memory by default. The
     * option is a org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> bean: give its
     * reference, #bean:name.
     */
    private String stateRepository;
    /**
     * Whether generate cancels a task still queued at the deadline (it is not billed then); a running task cannot
     * be cancelled and is left to finish.
     */
    private Boolean cancelOnDeadline = false;
    /**
     * The correlation key of an exchange for generate, a Simple expression such as ${header.CamelFileName}; the
     * header CamelSeedanceCorrelationKey overrides it. Exchanges of one CamelContext with the same key share one
     * create and its wait; with taskRepository the key is remembered across redeliveries, restarts and instances.
     */
    private String correlationKey;
    /**
     * How long generate waits for a final status, from the create on (generate operation). At the deadline the
     * exchange fails with TaskDeadlineException carrying the task id; the task may still finish on the server.
     */
    private Duration deadline = Duration.ofMinutes(30);
    /**
     * The directory videos are downloaded into with output=file (required with it, and refused in an endpoint URI
     * without it); created if missing, and it must be writable.
     */
    private String directory;
    /**
     * Whether output=file also downloads the last frame (tasks created with returnLastFrame) beside the video,
     * named like it with -last.png (header CamelSeedanceLastFrameFile).
     */
    private Boolean downloadLastFrame = false;
    /**
     * The duration of the video in seconds: 4 to 15, or -1 to let the model choose.
     */
    private Integer duration;
    /**
     * The name of a downloaded video in directory, a Simple expression evaluated on the exchange (the task id
     * header is set by then). The file is written under a temporary name and moved into place once complete.
     */
    private String fileName = "${header.CamelSeedanceTaskId}.mp4";
    /**
     * Whether the video has generated, synchronised audio. When not set, nothing is sent and the provider's default
     * applies.
     */
    private Boolean generateAudio;
    /**
     * The Asset Library group that uploads go to (upload, and media uploaded for create).
     */
    private String groupId;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
     * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
     * processed then creating and starting the producer may take a little time and prolong the total processing
     * time of the processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * The model id to generate with, for example dreamina-seedance-2-0-260128 or dreamina-seedance-2-0-fast-260128;
     * custom endpoint ids (ep-...) and newer ids are accepted.
     */
    private String model;
    /**
     * What generate and download put in the body: task (the Task), url (the video URL), stream (the video as an
     * InputStream, streamed from the file host, closed when the exchange completes: read it in the route) or file
     * (the video downloaded into directory; the body is the File).
     */
    private SeedanceOutput output = SeedanceOutput.task;
    /**
     * The page to list, from 1 (list operation).
     */
    private Integer pageNum;
    /**
     * The number of tasks per page, 1 to 500 (list operation; server default 10).
     */
    private Integer pageSize;
    /**
     * How soon generate first checks a task, and again after each status change; checks of all waiting tasks are
     * batched into list requests by the watcher.
     */
    private Duration pollInterval = Duration.ofSeconds(10);
    /**
     * The aspect ratio of the video. The server defaults to 16:9 for text-to-video and adaptive when images are
     * given.
     */
    private String ratio;
    /**
     * The resolution of the video. 1080p is available on the standard model for image-to-video, first-last frame
     * and multimodal reference only; the fast model goes up to 720p.
     */
    private String resolution;
    /**
     * Whether the task also returns the last frame of the video as an image (header CamelSeedanceLastFrameUrl), for
     * example to chain segments. When not set, nothing is sent and the provider's default applies.
     */
    private Boolean returnLastFrame;
    /**
     * The random seed, -1 (random) to 4294967295. The same seed and request give similar videos. Some provider
     * pages document 2147483647 as the maximum.
     */
    private Long seed;
    /**
     * Whether requests are checked against the known models' capabilities (for example 1080p only with images on
     * the standard model, 720p at most on the fast model). Unknown model ids always skip these checks; turn them
     * off for providers that differ from the documented limits.
     */
    private Boolean validateCapabilities = true;
    /**
     * Whether the video carries a watermark. When not set, nothing is sent and the provider's default applies.
     */
    private Boolean watermark;
    /**
     * How often an upload is checked for its asset id while the Asset Library processes it.
     */
    private Duration assetPollInterval = Duration.ofSeconds(2);
    /**
     * How long to wait for an uploaded asset's id before failing with AssetNotReadyException.
     */
    private Duration assetTimeout = Duration.ofMinutes(5);
    /**
     * An http(s) URL the provider POSTs the task to on each status change (official style only). The calls are not
     * signed: re-read the task before trusting them.
     */
    private String callbackUrl;
    /**
     * Whether the camera stays fixed. Older models only; sent only when set. When not set, nothing is sent and the
     * provider's default applies.
     */
    private Boolean cameraFixed;
    /**
     * For several instances sharing one taskRepository: an IdempotentRepository they share, whose add is atomic
     * across them (camel-sql's JdbcMessageIdRepository, Hazelcast, Infinispan, Redis with SET NX), in which the
     * right to create for a correlation key is claimed, so that only one instance pays for it. Requires
     * taskRepository. The option is a org.apache.camel.spi.IdempotentRepository bean: give its reference,
     * #bean:name.
     */
    private String correlationRepository;
    /**
     * Whether to generate a draft (a cheaper preview a later task can be made from), for models that support it;
     * sent only when set.
     */
    private Boolean draft;
    /**
     * Seconds after which an unfinished task expires: 3600 to 259200 (server default 172800). Official style only.
     */
    private Long executionExpiresAfter;
    /**
     * The number of frames, for models that take it instead of a duration. Seedance 2.0 models may refuse it; it is
     * sent only when set.
     */
    private Integer frames;
    /**
     * The longest interval between two checks of a waiting task: the interval grows by pollBackoffMultiplier up to
     * this while the status does not change.
     */
    private Duration maxPollInterval = Duration.ofMinutes(1);
    /**
     * The most tasks of one account that this CamelContext keeps queued at the provider (which refuses more than
     * about 120 with QuotaExceeded): further creates are held, without a thread, until one of them starts running.
     * 0: no cap.
     */
    private Integer maxQueuedCreates = 100;
    /**
     * By how much the interval between checks of a waiting task grows while its status does not change (1: fixed).
     */
    private Double pollBackoffMultiplier = 1.5;
    /**
     * The priority of the task, where the provider supports it (official style only).
     */
    private Integer priority;
    /**
     * An identifier of your end user (at most 64 characters) that the provider uses for abuse detection.
     */
    private String safetyIdentifier;
    /**
     * The service tier, for example default or flex (official style only; some models refuse flex).
     */
    private String serviceTier;
    /**
     * Whether the producer completes each exchange in the calling thread, blocking it until the provider answers;
     * the calling thread sends the first request itself when it can go at once, as Camel's HTTP producer does. Set
     * it where the caller waits for each exchange anyway (a ProducerTemplate's request methods, a JMS consumer). By
     * default every operation is asynchronous: the thread is released while the call is in flight and the exchange
     * continues on the component's worker pool, so a consumer that hands exchanges on (file, timer, seda) keeps up
     * to ioPoolSize calls in flight from one thread.
     */
    private Boolean synchronous = false;
    /**
     * Where generate records, for each correlation key, the create it is sending (before it is sent) and then the
     * task it created, with a fingerprint of the request: a redelivery, a restart or another instance sharing the
     * repository resumes that task, or reconciles a create whose answer was lost, instead of paying for a second
     * one (for example a FileStateRepository). The same key with another request (new media bytes, prompt or
     * parameters) creates anew. The option is a org.apache.camel.spi.StateRepository<java.lang.String,
     * java.lang.String> bean: give its reference, #bean:name.
     */
    private String taskRepository;
    /**
     * How many asset ids of uploaded media the component remembers (by account, content hash and group), so that
     * the same bytes are not uploaded twice; the least recently stored are forgotten first.
     */
    private Integer assetCacheSize = 1000;
    /**
     * The path where an upload job's asset id is read.
     */
    private String assetQueryPath = "/v1/asset/jobs/get-asset-id";
    /**
     * The path of the Asset Library upload.
     */
    private String assetUploadPath = "/v1/asset/upload";
    /**
     * How the API key is sent: bearer (Authorization: Bearer KEY, the official form) or raw (Authorization: KEY).
     */
    private String authScheme = "bearer";
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * A client to use instead of building one from these options, for example one shared with other code. It is not
     * closed by the component. The option is a io.github.camelseedance.client.SeedanceClient bean: give its
     * reference, #bean:name.
     */
    private String client;
    /**
     * The clock that every wait reads and schedules on (retry backoffs, rate limits, asset and task checks,
     * deadlines). By default the wall clock on the component's scheduler; tests give a virtual clock to run
     * backoffs and deadlines without waiting. The option is a io.github.camelseedance.client.SeedanceClock bean:
     * give its reference, #bean:name.
     */
    private String clock;
    /**
     * Whether the httpClientConfigurer also configures the clients that download result files and fetch remote
     * media for the Asset Library, as it does the API client. Set false when it is meant for the API alone (for
     * example it adds credentials for the API host). The proxy (proxyHost) and its credentials apply to those
     * clients either way.
     */
    private Boolean configureDownloads = true;
    /**
     * How long to wait for a connection to the API (or to a result or media host), the TLS handshake of an https
     * URL included: a port that does not answer TLS fails within it, and is not tried again.
     */
    private Duration connectTimeout = Duration.ofSeconds(10);
    /**
     * A Camel HTTP HttpClientConfigurer that customises the Apache HttpClient 5 builders after the component's own
     * settings (for example a route planner, interceptors or credentials): the API client's and, unless
     * configureDownloads=false, those that download result files and fetch remote media. Autowired when exactly one
     * is in the registry. The option is a org.apache.camel.component.http.HttpClientConfigurer bean: give its
     * reference, #bean:name.
     */
    private String httpClientConfigurer;
    /**
     * The threads that run the blocking HTTP exchanges of the asynchronous exchanges of every client of the
     * component (all accounts, keys and proxies share them); calls beyond them wait in a queue of ioQueueSize. A
     * thread is held from a request's first byte to its answer's head (an upload: until its file is sent; a
     * downloaded result is read by the route, not here), so each thread carries about one call per round trip: 16
     * threads, 800 calls a second at 20 ms, far more than an account's rate limits allow. Raise it for many uploads
     * at once; a synchronous=true producer sends from its caller's thread and needs none of these. More threads
     * than connections of the busiest account only wait for a connection.
     */
    private Integer ioPoolSize = 16;
    /**
     * How many HTTP calls may wait for the I/O threads (ioPoolSize). Beyond it a call fails with a
     * RejectedExecutionException naming this option; a refused create is never sent.
     */
    private Integer ioQueueSize = 10000;
    /**
     * The most list requests per second sent with one API key (0: no limit). The provider limits the list endpoint
     * more tightly than the others (about one request per second); a 429 with Retry-After on it holds every later
     * list until then.
     */
    private Double listRequestsPerSecond = 1.0;
    /**
     * How many tasks are read by id at once when a list cannot be used (the OpenAI-style interface has none).
     */
    private Integer maxConcurrentGets = 8;
    /**
     * The size of the HTTP connection pool to the API. Every call goes to one host, so this is also the number of
     * calls that can be in flight at once; size it to the concurrency of your routes (plus the consumer's pages).
     */
    private Integer maxConnections = 64;
    /**
     * The maximum number of connections to one host. When not set it follows maxConnections, since every call goes
     * to the one API host; set it lower only behind a proxy that serves other hosts through the same pool.
     */
    private Integer maxConnectionsPerRoute;
    /**
     * How many exchanges the component's producers hold at once, from process to done (a generate holds one for
     * minutes). Beyond it an exchange fails at once with a RejectedExecutionException, before anything is sent: a
     * flood is refused instead of filling the memory, and what was admitted is never dropped.
     */
    private Integer maxInflightExchanges = 10000;
    /**
     * How often a failed call is retried. Reads are retried on connection failures, 429 and 5xx; a create only when
     * provably nothing was created (connection refused, or 429/503 with an error body). 0 disables retries.
     */
    private Integer maxRetries = 3;
    /**
     * The most requests per second sent with one API key, all calls together (0: no limit). Calls beyond it are
     * scheduled for the next free slot, not refused; every endpoint and consumer with the same key and base URL
     * shares the limit.
     */
    private Double requestsPerSecond = 0.0;
    /**
     * How long to wait for an answer (and between two packets of it).
     */
    private Duration responseTimeout = Duration.ofMinutes(1);
    /**
     * The first wait before a retry, doubled on each further retry, with jitter.
     */
    private Duration retryBackoff = Duration.ofMillis(500);
    /**
     * The longest wait between two attempts; it also caps a server's Retry-After.
     */
    private Duration retryMaxBackoff = Duration.ofSeconds(30);
    /**
     * The threads of the scheduler on which every wait is scheduled (retry backoffs, rate limits, asset and task
     * checks). They only dispatch work, never wait for the provider, so two serve thousands of waits.
     */
    private Integer schedulerPoolSize = 2;
    /**
     * Overrides the provider's task API path, for example /api/v3/contents/generations/tasks.
     */
    private String tasksPath;
    /**
     * Whether the JVM's system properties configure the HTTP client (http.proxyHost, https.proxyHost,
     * http.nonProxyHosts, javax.net.ssl.), as in Camel HTTP.
     */
    private Boolean useSystemProperties = false;
    /**
     * The path of the OpenAI-style video API.
     */
    private String videosPath = "/v1/videos";
    /**
     * How many task ids one list request checks (repeated filter.task_ids, with a page of the same size): the cost
     * of watching N tasks is N divided by this, in requests per check. Keep the request URI within what proxies
     * accept (100 ids make about 4 KB).
     */
    private Integer watchPageSize = 100;
    /**
     * A worker pool to use instead of the component's own (not shut down by the component). Give it a rejection
     * policy that throws (AbortPolicy): a caller-runs policy would complete exchanges on HTTP client threads. The
     * option is a java.util.concurrent.ExecutorService bean: give its reference, #bean:name.
     */
    private String workerPool;
    /**
     * The maximum size of the worker pool.
     */
    private Integer workerPoolMaxSize = 16;
    /**
     * The core size of the worker pool, where asynchronous exchanges continue once the provider has answered, media
     * are staged and results are written.
     */
    private Integer workerPoolSize = 4;
    /**
     * How many completions may queue for the worker pool; beyond it they wait in the component, never running on a
     * scheduler or HTTP client thread.
     */
    private Integer workerQueueSize = 10000;
    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * How long the answer of a key probe is kept: the producer health checks, and consumers that watch no task yet,
     * ask the provider whether an account's API key works (one GET of a made-up task id) at most once per interval
     * per account, however many producers, consumers and health probes ask, so that probes never eat into the rate
     * limit.
     */
    private Duration healthCheckInterval = Duration.ofMinutes(1);
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;
    /**
     * The HTTP proxy host.
     */
    private String proxyHost;
    /**
     * The HTTP proxy port.
     */
    private Integer proxyPort;
    /**
     * The user name for an authenticating HTTP proxy (with proxyHost and proxyPassword), applied with Camel HTTP's
     * ProxyHttpClientConfigurer to API calls, result downloads and media fetches alike; the credentials are sent as
     * Basic with the first request to the proxy.
     */
    private String proxyUsername;
    /**
     * Whether result files are downloaded, and media URLs fetched for the Asset Library, also from plain http://
     * URLs (the emulator, a local mirror). Those URLs come from answers and messages, so by default only https is
     * fetched.
     */
    private Boolean allowHttpDownloads = false;
    /**
     * Whether a plain http:// baseUrl is accepted for a host other than the loopback interface. The API key travels
     * in every request's Authorization header, so by default it is sent in clear only to localhost (the emulator, a
     * local sidecar).
     */
    private Boolean allowInsecureBaseUrl = false;
    /**
     * Whether result files are downloaded from (or redirected to) hosts that resolve to loopback, private or
     * link-local addresses. Off by default so that a URL in an answer cannot make the route read internal services;
     * the emulator and a local demo need it.
     */
    private Boolean allowPrivateDownloadHosts = false;
    /**
     * With a provider that takes Asset Library media only (PowerTokens), https media URLs are fetched by the
     * component and uploaded. By default a URL whose host resolves to a loopback, private or link-local address is
     * refused, so that a URL in a message cannot make the route read internal services; set this to true only for
     * trusted internal media servers (and the emulator).
     */
    private Boolean allowPrivateMediaHosts = false;
    /**
     * The Seedance API key. When not set, the environment variable SEEDANCE_API_KEY is used. Use a property
     * placeholder or a vault reference rather than a literal value.
     */
    private String apiKey;
    /**
     * When set, the only hosts result files are downloaded from: a comma-separated list of host names, or
     * .example.com for a domain and its subdomains.
     */
    private String downloadHosts;
    /**
     * The password for an authenticating HTTP proxy.
     */
    private String proxyPassword;
    /**
     * TLS settings (trust store, key store, protocols) for the connections to the API. The option is a
     * org.apache.camel.support.jsse.SSLContextParameters bean: give its reference, #bean:name.
     */
    private String sslContextParameters;
    /**
     * Enable usage of global SSL context parameters.
     */
    private Boolean useGlobalSslContextParameters = false;

    public String getApiStyle() {
        return apiStyle;
    }

    public void setApiStyle(String apiStyle) {
        this.apiStyle = apiStyle;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getConfiguration() {
        return configuration;
    }

    public void setConfiguration(String configuration) {
        this.configuration = configuration;
    }

    public String getModelFilter() {
        return modelFilter;
    }

    public void setModelFilter(String modelFilter) {
        this.modelFilter = modelFilter;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getServiceTierFilter() {
        return serviceTierFilter;
    }

    public void setServiceTierFilter(String serviceTierFilter) {
        this.serviceTierFilter = serviceTierFilter;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getTaskIds() {
        return taskIds;
    }

    public void setTaskIds(String taskIds) {
        this.taskIds = taskIds;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Duration getCreatedWithin() {
        return createdWithin;
    }

    public void setCreatedWithin(Duration createdWithin) {
        this.createdWithin = createdWithin;
    }

    public String getEmit() {
        return emit;
    }

    public void setEmit(String emit) {
        this.emit = emit;
    }

    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public TaskScope getScope() {
        return scope;
    }

    public void setScope(TaskScope scope) {
        this.scope = scope;
    }

    public Integer getCallbackMaxBodySize() {
        return callbackMaxBodySize;
    }

    public void setCallbackMaxBodySize(Integer callbackMaxBodySize) {
        this.callbackMaxBodySize = callbackMaxBodySize;
    }

    public String getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(String idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(String stateRepository) {
        this.stateRepository = stateRepository;
    }

    public Boolean getCancelOnDeadline() {
        return cancelOnDeadline;
    }

    public void setCancelOnDeadline(Boolean cancelOnDeadline) {
        this.cancelOnDeadline = cancelOnDeadline;
    }

    public String getCorrelationKey() {
        return correlationKey;
    }

    public void setCorrelationKey(String correlationKey) {
        this.correlationKey = correlationKey;
    }

    public Duration getDeadline() {
        return deadline;
    }

    public void setDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public Boolean getDownloadLastFrame() {
        return downloadLastFrame;
    }

    public void setDownloadLastFrame(Boolean downloadLastFrame) {
        this.downloadLastFrame = downloadLastFrame;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public Boolean getGenerateAudio() {
        return generateAudio;
    }

    public void setGenerateAudio(Boolean generateAudio) {
        this.generateAudio = generateAudio;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public SeedanceOutput getOutput() {
        return output;
    }

    public void setOutput(SeedanceOutput output) {
        this.output = output;
    }

    public Integer getPageNum() {
        return pageNum;
    }

    public void setPageNum(Integer pageNum) {
        this.pageNum = pageNum;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public String getRatio() {
        return ratio;
    }

    public void setRatio(String ratio) {
        this.ratio = ratio;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public Boolean getReturnLastFrame() {
        return returnLastFrame;
    }

    public void setReturnLastFrame(Boolean returnLastFrame) {
        this.returnLastFrame = returnLastFrame;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public Boolean getValidateCapabilities() {
        return validateCapabilities;
    }

    public void setValidateCapabilities(Boolean validateCapabilities) {
        this.validateCapabilities = validateCapabilities;
    }

    public Boolean getWatermark() {
        return watermark;
    }

    public void setWatermark(Boolean watermark) {
        this.watermark = watermark;
    }

    public Duration getAssetPollInterval() {
        return assetPollInterval;
    }

    public void setAssetPollInterval(Duration assetPollInterval) {
        this.assetPollInterval = assetPollInterval;
    }

    public Duration getAssetTimeout() {
        return assetTimeout;
    }

    public void setAssetTimeout(Duration assetTimeout) {
        this.assetTimeout = assetTimeout;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public Boolean getCameraFixed() {
        return cameraFixed;
    }

    public void setCameraFixed(Boolean cameraFixed) {
        this.cameraFixed = cameraFixed;
    }

    public String getCorrelationRepository() {
        return correlationRepository;
    }

    public void setCorrelationRepository(String correlationRepository) {
        this.correlationRepository = correlationRepository;
    }

    public Boolean getDraft() {
        return draft;
    }

    public void setDraft(Boolean draft) {
        this.draft = draft;
    }

    public Long getExecutionExpiresAfter() {
        return executionExpiresAfter;
    }

    public void setExecutionExpiresAfter(Long executionExpiresAfter) {
        this.executionExpiresAfter = executionExpiresAfter;
    }

    public Integer getFrames() {
        return frames;
    }

    public void setFrames(Integer frames) {
        this.frames = frames;
    }

    public Duration getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(Duration maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public Integer getMaxQueuedCreates() {
        return maxQueuedCreates;
    }

    public void setMaxQueuedCreates(Integer maxQueuedCreates) {
        this.maxQueuedCreates = maxQueuedCreates;
    }

    public Double getPollBackoffMultiplier() {
        return pollBackoffMultiplier;
    }

    public void setPollBackoffMultiplier(Double pollBackoffMultiplier) {
        this.pollBackoffMultiplier = pollBackoffMultiplier;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getSafetyIdentifier() {
        return safetyIdentifier;
    }

    public void setSafetyIdentifier(String safetyIdentifier) {
        this.safetyIdentifier = safetyIdentifier;
    }

    public String getServiceTier() {
        return serviceTier;
    }

    public void setServiceTier(String serviceTier) {
        this.serviceTier = serviceTier;
    }

    public Boolean getSynchronous() {
        return synchronous;
    }

    public void setSynchronous(Boolean synchronous) {
        this.synchronous = synchronous;
    }

    public String getTaskRepository() {
        return taskRepository;
    }

    public void setTaskRepository(String taskRepository) {
        this.taskRepository = taskRepository;
    }

    public Integer getAssetCacheSize() {
        return assetCacheSize;
    }

    public void setAssetCacheSize(Integer assetCacheSize) {
        this.assetCacheSize = assetCacheSize;
    }

    public String getAssetQueryPath() {
        return assetQueryPath;
    }

    public void setAssetQueryPath(String assetQueryPath) {
        this.assetQueryPath = assetQueryPath;
    }

    public String getAssetUploadPath() {
        return assetUploadPath;
    }

    public void setAssetUploadPath(String assetUploadPath) {
        this.assetUploadPath = assetUploadPath;
    }

    public String getAuthScheme() {
        return authScheme;
    }

    public void setAuthScheme(String authScheme) {
        this.authScheme = authScheme;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getClock() {
        return clock;
    }

    public void setClock(String clock) {
        this.clock = clock;
    }

    public Boolean getConfigureDownloads() {
        return configureDownloads;
    }

    public void setConfigureDownloads(Boolean configureDownloads) {
        this.configureDownloads = configureDownloads;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public String getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(String httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public Integer getIoPoolSize() {
        return ioPoolSize;
    }

    public void setIoPoolSize(Integer ioPoolSize) {
        this.ioPoolSize = ioPoolSize;
    }

    public Integer getIoQueueSize() {
        return ioQueueSize;
    }

    public void setIoQueueSize(Integer ioQueueSize) {
        this.ioQueueSize = ioQueueSize;
    }

    public Double getListRequestsPerSecond() {
        return listRequestsPerSecond;
    }

    public void setListRequestsPerSecond(Double listRequestsPerSecond) {
        this.listRequestsPerSecond = listRequestsPerSecond;
    }

    public Integer getMaxConcurrentGets() {
        return maxConcurrentGets;
    }

    public void setMaxConcurrentGets(Integer maxConcurrentGets) {
        this.maxConcurrentGets = maxConcurrentGets;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Integer getMaxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    public void setMaxConnectionsPerRoute(Integer maxConnectionsPerRoute) {
        this.maxConnectionsPerRoute = maxConnectionsPerRoute;
    }

    public Integer getMaxInflightExchanges() {
        return maxInflightExchanges;
    }

    public void setMaxInflightExchanges(Integer maxInflightExchanges) {
        this.maxInflightExchanges = maxInflightExchanges;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(Double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Duration getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(Duration retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public Duration getRetryMaxBackoff() {
        return retryMaxBackoff;
    }

    public void setRetryMaxBackoff(Duration retryMaxBackoff) {
        this.retryMaxBackoff = retryMaxBackoff;
    }

    public Integer getSchedulerPoolSize() {
        return schedulerPoolSize;
    }

    public void setSchedulerPoolSize(Integer schedulerPoolSize) {
        this.schedulerPoolSize = schedulerPoolSize;
    }

    public String getTasksPath() {
        return tasksPath;
    }

    public void setTasksPath(String tasksPath) {
        this.tasksPath = tasksPath;
    }

    public Boolean getUseSystemProperties() {
        return useSystemProperties;
    }

    public void setUseSystemProperties(Boolean useSystemProperties) {
        this.useSystemProperties = useSystemProperties;
    }

    public String getVideosPath() {
        return videosPath;
    }

    public void setVideosPath(String videosPath) {
        this.videosPath = videosPath;
    }

    public Integer getWatchPageSize() {
        return watchPageSize;
    }

    public void setWatchPageSize(Integer watchPageSize) {
        this.watchPageSize = watchPageSize;
    }

    public String getWorkerPool() {
        return workerPool;
    }

    public void setWorkerPool(String workerPool) {
        this.workerPool = workerPool;
    }

    public Integer getWorkerPoolMaxSize() {
        return workerPoolMaxSize;
    }

    public void setWorkerPoolMaxSize(Integer workerPoolMaxSize) {
        this.workerPoolMaxSize = workerPoolMaxSize;
    }

    public Integer getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(Integer workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public Integer getWorkerQueueSize() {
        return workerQueueSize;
    }

    public void setWorkerQueueSize(Integer workerQueueSize) {
        this.workerQueueSize = workerQueueSize;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Duration getHealthCheckInterval() {
        return healthCheckInterval;
    }

    public void setHealthCheckInterval(Duration healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public Boolean getAllowHttpDownloads() {
        return allowHttpDownloads;
    }

    public void setAllowHttpDownloads(Boolean allowHttpDownloads) {
        this.allowHttpDownloads = allowHttpDownloads;
    }

    public Boolean getAllowInsecureBaseUrl() {
        return allowInsecureBaseUrl;
    }

    public void setAllowInsecureBaseUrl(Boolean allowInsecureBaseUrl) {
        this.allowInsecureBaseUrl = allowInsecureBaseUrl;
    }

    public Boolean getAllowPrivateDownloadHosts() {
        return allowPrivateDownloadHosts;
    }

    public void setAllowPrivateDownloadHosts(Boolean allowPrivateDownloadHosts) {
        this.allowPrivateDownloadHosts = allowPrivateDownloadHosts;
    }

    public Boolean getAllowPrivateMediaHosts() {
        return allowPrivateMediaHosts;
    }

    public void setAllowPrivateMediaHosts(Boolean allowPrivateMediaHosts) {
        this.allowPrivateMediaHosts = allowPrivateMediaHosts;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getDownloadHosts() {
        return downloadHosts;
    }

    public void setDownloadHosts(String downloadHosts) {
        this.downloadHosts = downloadHosts;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public String getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(String sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
