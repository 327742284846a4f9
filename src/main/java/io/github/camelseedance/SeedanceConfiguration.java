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
package io.github.camelseedance;

import java.time.Duration;

import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.Provider;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of the Seedance component and its endpoints: what to ask for, how to wait and where results go (how to
 * reach the provider is in {@link SeedanceConnectionConfiguration}). Component-level values are the defaults of every
 * endpoint; each endpoint works on its own copy. Options only: {@link SeedanceConfigurationValidator} checks them.
 */
@UriParams
public class SeedanceConfiguration extends SeedanceConnectionConfiguration implements Cloneable {

    /** Where {@code output=file} puts a video unless {@code fileName} says otherwise (a Simple expression). */
    public static final String DEFAULT_FILE_NAME = "${header.CamelSeedanceTaskId}.mp4";

    @UriParam(label = "common,security", secret = true)
    private String apiKey;
    @UriParam(defaultValue = "powertokens", enums = "powertokens,byteplus,volcengine,custom")
    private Provider provider = Provider.POWERTOKENS;
    @UriParam(defaultValue = "official", enums = "official,openai")
    private ApiStyle apiStyle = ApiStyle.OFFICIAL;
    @UriParam
    private String baseUrl;
    @UriParam(label = "producer")
    private String model;
    @UriParam(label = "producer", enums = "16:9,4:3,1:1,3:4,9:16,21:9,adaptive")
    private String ratio;
    @UriParam(label = "producer")
    private Integer duration;
    @UriParam(label = "producer", enums = "480p,720p,1080p")
    private String resolution;
    @UriParam(label = "producer")
    private Long seed;
    @UriParam(label = "producer,advanced")
    private Integer frames;
    @UriParam(label = "producer,advanced")
    private Boolean cameraFixed;
    @UriParam(label = "producer")
    private Boolean watermark;
    @UriParam(label = "producer")
    private Boolean generateAudio;
    @UriParam(label = "producer")
    private Boolean returnLastFrame;
    @UriParam(label = "producer,advanced")
    private String callbackUrl;
    @UriParam(label = "producer,advanced")
    private String serviceTier;
    @UriParam(label = "producer,advanced")
    private Long executionExpiresAfter;
    @UriParam(label = "producer,advanced")
    private Integer priority;
    @UriParam(label = "producer,advanced")
    private String safetyIdentifier;
    @UriParam(label = "producer,advanced")
    private Boolean draft;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean validateCapabilities = true;
    @UriParam(label = "producer,security", defaultValue = "false")
    private boolean allowPrivateMediaHosts;
    @UriParam(label = "producer")
    private String groupId;
    @UriParam(label = "producer,advanced", defaultValue = "2000", javaType = "java.time.Duration")
    private Duration assetPollInterval = Duration.ofMillis(2000);
    @UriParam(label = "producer,advanced", defaultValue = "300000", javaType = "java.time.Duration")
    private Duration assetTimeout = Duration.ofMillis(300000);
    @UriParam(label = "producer")
    private Integer pageNum;
    @UriParam(label = "producer")
    private Integer pageSize;
    @UriParam(enums = "queued,running,succeeded,failed,cancelled,expired")
    private String statusFilter;
    @UriParam
    private String modelFilter;
    @UriParam
    private String serviceTierFilter;
    @UriParam
    private String taskIds;
    @UriParam(label = "producer", defaultValue = "1800000", javaType = "java.time.Duration")
    private Duration deadline = Duration.ofMillis(1800000);
    @UriParam(label = "producer", defaultValue = "10000", javaType = "java.time.Duration")
    private Duration pollInterval = Duration.ofMillis(10000);
    @UriParam(label = "producer,advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private Duration maxPollInterval = Duration.ofMillis(60000);
    @UriParam(label = "producer,advanced", defaultValue = "1.5")
    private double pollBackoffMultiplier = 1.5;
    @UriParam(label = "producer")
    private boolean cancelOnDeadline;
    @UriParam(label = "producer", defaultValue = "task")
    private SeedanceOutput output = SeedanceOutput.task;
    @UriParam(label = "producer")
    private String directory;
    @UriParam(label = "producer", defaultValue = DEFAULT_FILE_NAME)
    private String fileName = DEFAULT_FILE_NAME;
    @UriParam(label = "producer")
    private boolean downloadLastFrame;
    @UriParam(label = "producer,security")
    private boolean allowHttpDownloads;
    @UriParam(label = "producer,security")
    private boolean allowPrivateDownloadHosts;
    @UriParam(label = "producer,security")
    private String downloadHosts;
    @UriParam(label = "producer,advanced", defaultValue = "100")
    private int maxQueuedCreates = 100;
    @UriParam(label = "producer,advanced")
    private StateRepository<String, String> taskRepository;
    @UriParam(label = "producer")
    private String correlationKey;
    @UriParam(label = "producer,advanced")
    private IdempotentRepository correlationRepository;
    @UriParam(label = "consumer", defaultValue = "context")
    private TaskScope scope = TaskScope.context;
    @UriParam(label = "consumer", defaultValue = "all")
    private String emit = "all";
    @UriParam(label = "consumer", defaultValue = "86400000", javaType = "java.time.Duration")
    private Duration createdWithin = Duration.ofMillis(86400000);
    @UriParam(label = "consumer", defaultValue = "0")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer,advanced", defaultValue = "65536")
    private int callbackMaxBodySize = 65536;
    @UriParam(label = "consumer,advanced")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer,advanced")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "producer,advanced")
    private boolean synchronous;

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The Seedance API key. When not set, the environment variable SEEDANCE_API_KEY is used. Use a property placeholder or a
     * vault reference rather than a literal value.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Provider getProvider() {
        return provider;
    }

    /**
     * Who serves the API: powertokens (the default), byteplus (ModelArk), volcengine (Ark), or custom (set baseUrl). The
     * provider decides the base URL, the task API path and whether media must be Asset Library assets.
     */
    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public ApiStyle getApiStyle() {
        return apiStyle;
    }

    /**
     * The request dialect: official (the task API with content[], every operation) or openai (PowerTokens' /v1/videos with
     * media[]; create and get only).
     */
    public void setApiStyle(ApiStyle apiStyle) {
        this.apiStyle = apiStyle;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * Overrides the provider's base URL, for a gateway, a proxy or the emulator, for example http://127.0.0.1:8089.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getModel() {
        return model;
    }

    /**
     * The model id to generate with, for example dreamina-seedance-2-0-260128 or dreamina-seedance-2-0-fast-260128; custom
     * endpoint ids (ep-...) and newer ids are accepted.
     */
    public void setModel(String model) {
        this.model = model;
    }

    public String getRatio() {
        return ratio;
    }

    /**
     * The aspect ratio of the video. The server defaults to 16:9 for text-to-video and adaptive when images are given.
     */
    public void setRatio(String ratio) {
        this.ratio = ratio;
    }

    public Integer getDuration() {
        return duration;
    }

    /**
     * The duration of the video in seconds: 4 to 15, or -1 to let the model choose.
     */
    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getResolution() {
        return resolution;
    }

    /**
     * The resolution of the video. 1080p is available on the standard model for image-to-video, first-last frame and multimodal
     * reference only; the fast model goes up to 720p.
     */
    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public Long getSeed() {
        return seed;
    }

    /**
     * The random seed, -1 (random) to 4294967295. The same seed and request give similar videos. Some provider pages document
     * 2147483647 as the maximum.
     */
    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public Integer getFrames() {
        return frames;
    }

    /**
     * The number of frames, for models that take it instead of a duration. Seedance 2.0 models may refuse it; it is sent only
     * when set.
     */
    public void setFrames(Integer frames) {
        this.frames = frames;
    }

    public Boolean getCameraFixed() {
        return cameraFixed;
    }

    /**
     * Whether the camera stays fixed. Older models only; sent only when set. When not set, nothing is sent and the provider's
     * default applies.
     */
    public void setCameraFixed(Boolean cameraFixed) {
        this.cameraFixed = cameraFixed;
    }

    public Boolean getWatermark() {
        return watermark;
    }

    /**
     * Whether the video carries a watermark. When not set, nothing is sent and the provider's default applies.
     */
    public void setWatermark(Boolean watermark) {
        this.watermark = watermark;
    }

    public Boolean getGenerateAudio() {
        return generateAudio;
    }

    /**
     * Whether the video has generated, synchronised audio. When not set, nothing is sent and the provider's default applies.
     */
    public void setGenerateAudio(Boolean generateAudio) {
        this.generateAudio = generateAudio;
    }

    public Boolean getReturnLastFrame() {
        return returnLastFrame;
    }

    /**
     * Whether the task also returns the last frame of the video as an image (header CamelSeedanceLastFrameUrl), for example to
     * chain segments. When not set, nothing is sent and the provider's default applies.
     */
    public void setReturnLastFrame(Boolean returnLastFrame) {
        this.returnLastFrame = returnLastFrame;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    /**
     * An http(s) URL the provider POSTs the task to on each status change (official style only). The calls are not signed:
     * re-read the task before trusting them.
     */
    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getServiceTier() {
        return serviceTier;
    }

    /**
     * The service tier, for example default or flex (official style only; some models refuse flex).
     */
    public void setServiceTier(String serviceTier) {
        this.serviceTier = serviceTier;
    }

    public Long getExecutionExpiresAfter() {
        return executionExpiresAfter;
    }

    /**
     * Seconds after which an unfinished task expires: 3600 to 259200 (server default 172800). Official style only.
     */
    public void setExecutionExpiresAfter(Long executionExpiresAfter) {
        this.executionExpiresAfter = executionExpiresAfter;
    }

    public Integer getPriority() {
        return priority;
    }

    /**
     * The priority of the task, where the provider supports it (official style only).
     */
    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getSafetyIdentifier() {
        return safetyIdentifier;
    }

    /**
     * An identifier of your end user (at most 64 characters) that the provider uses for abuse detection.
     */
    public void setSafetyIdentifier(String safetyIdentifier) {
        this.safetyIdentifier = safetyIdentifier;
    }

    public Boolean getDraft() {
        return draft;
    }

    /**
     * Whether to generate a draft (a cheaper preview a later task can be made from), for models that support it; sent
     * only when set.
     */
    public void setDraft(Boolean draft) {
        this.draft = draft;
    }

    public boolean isValidateCapabilities() {
        return validateCapabilities;
    }

    /**
     * Whether requests are checked against the known models' capabilities (for example 1080p only with images on the standard
     * model, 720p at most on the fast model). Unknown model ids always skip these checks; turn them off for providers that
     * differ from the documented limits.
     */
    public void setValidateCapabilities(boolean validateCapabilities) {
        this.validateCapabilities = validateCapabilities;
    }

    public boolean isAllowPrivateMediaHosts() {
        return allowPrivateMediaHosts;
    }

    /**
     * With a provider that takes Asset Library media only (PowerTokens), https media URLs are fetched by the component
     * and uploaded. By default a URL whose host resolves to a loopback, private or link-local address is refused, so
     * that a URL in a message cannot make the route read internal services; set this to true only for trusted
     * internal media servers (and the emulator).
     */
    public void setAllowPrivateMediaHosts(boolean allowPrivateMediaHosts) {
        this.allowPrivateMediaHosts = allowPrivateMediaHosts;
    }

    public String getGroupId() {
        return groupId;
    }

    /**
     * The Asset Library group that uploads go to (upload, and media uploaded for create).
     */
    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public Duration getAssetPollInterval() {
        return assetPollInterval;
    }

    /**
     * How often an upload is checked for its asset id while the Asset Library processes it.
     */
    public void setAssetPollInterval(Duration assetPollInterval) {
        this.assetPollInterval = assetPollInterval;
    }

    public Duration getAssetTimeout() {
        return assetTimeout;
    }

    /**
     * How long to wait for an uploaded asset's id before failing with AssetNotReadyException.
     */
    public void setAssetTimeout(Duration assetTimeout) {
        this.assetTimeout = assetTimeout;
    }

    public Integer getPageNum() {
        return pageNum;
    }

    /**
     * The page to list, from 1 (list operation).
     */
    public void setPageNum(Integer pageNum) {
        this.pageNum = pageNum;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    /**
     * The number of tasks per page, 1 to 500 (list operation; server default 10).
     */
    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    /**
     * List only tasks with this status (list operation, and the consumer with scope=account).
     */
    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getModelFilter() {
        return modelFilter;
    }

    /**
     * List only tasks of this model (list operation, and the consumer with scope=account).
     */
    public void setModelFilter(String modelFilter) {
        this.modelFilter = modelFilter;
    }

    public String getServiceTierFilter() {
        return serviceTierFilter;
    }

    /**
     * List only tasks of this service tier (list operation, and the consumer with scope=account).
     */
    public void setServiceTierFilter(String serviceTierFilter) {
        this.serviceTierFilter = serviceTierFilter;
    }

    public String getTaskIds() {
        return taskIds;
    }

    /**
     * These tasks: a comma-separated list of task ids (list operation: list only these; consumer: watch these).
     */
    public void setTaskIds(String taskIds) {
        this.taskIds = taskIds;
    }

    public Duration getDeadline() {
        return deadline;
    }

    /**
     * How long generate waits for a final status, from the create on (generate operation). At the deadline the
     * exchange fails with TaskDeadlineException carrying the task id; the task may still finish on the server.
     */
    public void setDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    /**
     * How soon generate first checks a task, and again after each status change; checks of all waiting tasks are
     * batched into list requests by the watcher.
     */
    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getMaxPollInterval() {
        return maxPollInterval;
    }

    /**
     * The longest interval between two checks of a waiting task: the interval grows by pollBackoffMultiplier up to
     * this while the status does not change.
     */
    public void setMaxPollInterval(Duration maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public double getPollBackoffMultiplier() {
        return pollBackoffMultiplier;
    }

    /**
     * By how much the interval between checks of a waiting task grows while its status does not change (1: fixed).
     */
    public void setPollBackoffMultiplier(double pollBackoffMultiplier) {
        this.pollBackoffMultiplier = pollBackoffMultiplier;
    }

    public boolean isCancelOnDeadline() {
        return cancelOnDeadline;
    }

    /**
     * Whether generate cancels a task still queued at the deadline (it is not billed then); a running task cannot be
     * cancelled and is left to finish.
     */
    public void setCancelOnDeadline(boolean cancelOnDeadline) {
        this.cancelOnDeadline = cancelOnDeadline;
    }

    public SeedanceOutput getOutput() {
        return output;
    }

    /**
     * What generate and download put in the body: task (the Task), url (the video URL), stream (the video as an
     * InputStream, streamed from the file host, closed when the exchange completes: read it in the route) or file (the
     * video downloaded into directory; the body is the File).
     */
    public void setOutput(SeedanceOutput output) {
        this.output = output;
    }

    public String getDirectory() {
        return directory;
    }

    /**
     * The directory videos are downloaded into with output=file (required with it, and refused in an endpoint URI
     * without it); created if missing, and it must be writable.
     */
    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public String getFileName() {
        return fileName;
    }

    /**
     * The name of a downloaded video in directory, a Simple expression evaluated on the exchange (the task id header
     * is set by then). The file is written under a temporary name and moved into place once complete.
     */
    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public boolean isDownloadLastFrame() {
        return downloadLastFrame;
    }

    /**
     * Whether output=file also downloads the last frame (tasks created with returnLastFrame) beside the video, named
     * like it with -last.png (header CamelSeedanceLastFrameFile).
     */
    public void setDownloadLastFrame(boolean downloadLastFrame) {
        this.downloadLastFrame = downloadLastFrame;
    }

    public boolean isAllowHttpDownloads() {
        return allowHttpDownloads;
    }

    /**
     * Whether result files are downloaded, and media URLs fetched for the Asset Library, also from plain http:// URLs
     * (the emulator, a local mirror). Those URLs come from answers and messages, so by default only https is fetched.
     */
    public void setAllowHttpDownloads(boolean allowHttpDownloads) {
        this.allowHttpDownloads = allowHttpDownloads;
    }

    public boolean isAllowPrivateDownloadHosts() {
        return allowPrivateDownloadHosts;
    }

    /**
     * Whether result files are downloaded from (or redirected to) hosts that resolve to loopback, private or
     * link-local addresses. Off by default so that a URL in an answer cannot make the route read internal services;
     * the emulator and a local demo need it.
     */
    public void setAllowPrivateDownloadHosts(boolean allowPrivateDownloadHosts) {
        this.allowPrivateDownloadHosts = allowPrivateDownloadHosts;
    }

    public String getDownloadHosts() {
        return downloadHosts;
    }

    /**
     * When set, the only hosts result files are downloaded from: a comma-separated list of host names, or
     * .example.com for a domain and its subdomains.
     */
    public void setDownloadHosts(String downloadHosts) {
        this.downloadHosts = downloadHosts;
    }

    public int getMaxQueuedCreates() {
        return maxQueuedCreates;
    }

    /**
     * The most tasks of one account that this CamelContext keeps queued at the provider (which refuses more than about
     * 120 with QuotaExceeded): further creates are held, without a thread, until one of them starts running. 0: no
     * cap.
     */
    public void setMaxQueuedCreates(int maxQueuedCreates) {
        this.maxQueuedCreates = maxQueuedCreates;
    }

    public StateRepository<String, String> getTaskRepository() {
        return taskRepository;
    }

    /**
     * Where generate records, for each correlation key, the create it is sending (before it is sent) and then the
     * task it created, with a fingerprint of the request: a redelivery, a restart or another instance sharing the
     * repository resumes that task, or reconciles a create whose answer was lost, instead of paying for a second one
     * (for example a FileStateRepository). The same key with another request (new media bytes, prompt or parameters)
     * creates anew.
     */
    public void setTaskRepository(StateRepository<String, String> taskRepository) {
        this.taskRepository = taskRepository;
    }

    public String getCorrelationKey() {
        return correlationKey;
    }

    /**
     * The correlation key of an exchange for generate, a Simple expression such as ${header.CamelFileName}; the
     * header CamelSeedanceCorrelationKey overrides it. Exchanges of one CamelContext with the same key share one
     * create and its wait; with taskRepository the key is remembered across redeliveries, restarts and instances.
     */
    public void setCorrelationKey(String correlationKey) {
        this.correlationKey = correlationKey;
    }

    public IdempotentRepository getCorrelationRepository() {
        return correlationRepository;
    }

    /**
     * For several instances sharing one taskRepository: an IdempotentRepository they share, whose add is atomic across
     * them (camel-sql's JdbcMessageIdRepository, Hazelcast, Infinispan, Redis with SET NX), in which the right to
     * create for a correlation key is claimed, so that only one instance pays for it. Requires taskRepository.
     */
    public void setCorrelationRepository(IdempotentRepository correlationRepository) {
        this.correlationRepository = correlationRepository;
    }

    public TaskScope getScope() {
        return scope;
    }

    /**
     * Which tasks the consumer watches: context (tasks created by seedance producers of this CamelContext, plus
     * registered ids), ids (the taskIds option and ids registered with the watch operation) or account (every task of
     * the account within modelFilter, statusFilter, serviceTierFilter and createdWithin).
     */
    public void setScope(TaskScope scope) {
        this.scope = scope;
    }

    public String getEmit() {
        return emit;
    }

    /**
     * Which status changes the consumer emits: all, terminal (succeeded, failed, cancelled, expired), or a
     * comma-separated list of statuses. Changes to other statuses are recorded without an exchange.
     */
    public void setEmit(String emit) {
        this.emit = emit;
    }

    public Duration getCreatedWithin() {
        return createdWithin;
    }

    /**
     * With scope=account, how far back the consumer looks: tasks created longer ago are not listed (the provider keeps
     * tasks for 7 days).
     */
    public void setCreatedWithin(Duration createdWithin) {
        this.createdWithin = createdWithin;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * The most exchanges one poll of the consumer emits; the other transitions seen come out on the next polls (at
     * once with greedy=true). 0: no limit.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public int getCallbackMaxBodySize() {
        return callbackMaxBodySize;
    }

    /**
     * The largest callback body a webhook:seedance:tasks route reads, in bytes; a larger one is answered 413 without
     * being read further. A task's JSON is a few KB. Set the HTTP server's own limit too (camel.server.maxBodySize in
     * Camel Main), which applies before the body reaches the route.
     */
    public void setCallbackMaxBodySize(int callbackMaxBodySize) {
        this.callbackMaxBodySize = callbackMaxBodySize;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where the consumer keeps the status it last handled for each task, and the tasks it watches, so that a restart
     * neither loses nor repeats a transition (for example a FileStateRepository). In memory by default.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * A repository shared by several instances (for example camel-sql's JdbcMessageIdRepository), keyed by task id and
     * status, whose add claims each transition before its exchange is sent: a transition another instance claimed is
     * not emitted again, so a fail-over under camel-master repeats nothing. A failed exchange removes its claim.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    /**
     * Whether the producer completes each exchange in the calling thread, blocking it until the provider answers; the
     * calling thread sends the first request itself when it can go at once, as Camel's HTTP producer does. Set it where
     * the caller waits for each exchange anyway (a ProducerTemplate's request methods, a JMS consumer). By default every
     * operation is asynchronous: the thread is released while the call is in flight and the exchange continues on the
     * component's worker pool, so a consumer that hands exchanges on (file, timer, seda) keeps up to ioPoolSize calls in
     * flight from one thread.
     */
    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public SeedanceConfiguration copy() {
        try {
            return (SeedanceConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
