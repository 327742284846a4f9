package io.github.camelseedance;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

import io.github.camelseedance.client.AccountLimits;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.client.SystemClock;
import io.github.camelseedance.model.ExactValues;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.watch.CreateGate;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.TimeUtils;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code seedance:} component: ByteDance Seedance 2.0 video generation through PowerTokens, BytePlus ModelArk or
 * Volcengine Ark. It holds the shared configuration and what its endpoints share: the clients (one connection pool,
 * I/O pool and watcher per distinct client configuration), the rate limits of each account, the clock and scheduler on
 * which every wait is scheduled, and the worker pool on which asynchronous exchanges complete.
 */
@Component("seedance")
public class SeedanceComponent extends HealthCheckComponent implements SSLContextParametersAware {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceComponent.class);

    @Metadata
    private SeedanceConfiguration configuration = new SeedanceConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "advanced", defaultValue = "2")
    private int schedulerPoolSize = 2;
    @Metadata(label = "advanced", defaultValue = "4")
    private int workerPoolSize = 4;
    @Metadata(label = "advanced", defaultValue = "16")
    private int workerPoolMaxSize = 16;
    @Metadata(label = "advanced", defaultValue = "10000")
    private int workerQueueSize = 10000;
    @Metadata(label = "advanced")
    private ExecutorService workerPool;
    @Metadata(label = "advanced")
    private SeedanceClock clock;
    @Metadata(label = "advanced", defaultValue = "1000")
    private int assetCacheSize = 1000;
    @Metadata(label = "advanced", defaultValue = "100")
    private int watchPageSize = 100;
    @Metadata(label = "advanced", defaultValue = "8")
    private int maxConcurrentGets = 8;
    @Metadata(label = "advanced", defaultValue = "10000")
    private int maxInflightExchanges = 10000;
    @Metadata(label = "advanced", defaultValue = "10000")
    private int ioQueueSize = 10000;

    private final SharedClients clients = new SharedClients();
    /** One SSLContext per SSLContextParameters, so that endpoints with the same TLS settings share a pool. */
    private final Map<SSLContextParameters, SSLContext> sslContexts = new IdentityHashMap<>();
    /** The rate limits of each account, by {@link SeedanceClientConfig#accountId()}, shared by all its clients. */
    private final Map<String, AccountLimits> accounts = new HashMap<>();
    /** The cap on queued creates of each account, by {@link SeedanceClientConfig#accountId()}. */
    private final Map<String, AccountGate> createGates = new HashMap<>();
    private final TaskRegistry taskRegistry = new TaskRegistry();
    /** The repository beans the consumers and endpoints started, stopped by their last user. */
    private final SharedRepositories repositories = new SharedRepositories();
    private final KeyedGenerations keyedGenerations = new KeyedGenerations();
    /** The exchanges of all producers between process and done, held under {@link #maxInflightExchanges}. */
    private final AtomicInteger inflightExchanges = new AtomicInteger();
    private volatile String instanceId;
    private AssetCache assetCache;
    private ScheduledExecutorService scheduler;
    private SeedanceClock activeClock;
    private ExecutorService activeWorkerPool;
    private boolean ownsWorkerPool;
    private Completer completer;
    private boolean uriKeyWarned;

    public SeedanceComponent() {
    }

    public SeedanceComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SeedanceOperations operation = ExactValues.convert("operation", remaining, SeedanceOperations.class);
        if (operation == null) {
            throw new SeedanceValidationException("operation", remaining, SeedanceOperations.allowed());
        }
        boolean keyInUri = parameters.containsKey("apiKey");
        boolean directoryInUri = parameters.containsKey("directory");
        if (operation.isConsumer()) {
            refuseNegative(parameters, "delay", 1);
            refuseNegative(parameters, "initialDelay", 0);
        }
        SeedanceConfiguration copy = configuration.copy();
        // the endpoint shows its URI in logs, JMX and consoles: never with a secret (the key, the proxy password) in it
        SeedanceEndpoint endpoint = new SeedanceEndpoint(URISupport.sanitizeUri(uri), this, operation, copy);
        exactOptions(endpoint, parameters);
        setProperties(endpoint, parameters);
        if (copy.getSslContextParameters() == null && useGlobalSslContextParameters) {
            copy.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        copy.validate();
        endpoint.validateOptions(directoryInUri);
        if (keyInUri) {
            warnKeyInUri();
        }
        return endpoint;
    }

    /**
     * URI options get the same exact conversions as headers: a value Camel's type converter would narrow (a long
     * duration, 5.5, a list) is refused here, naming the option, when the route starts.
     */
    private void exactOptions(SeedanceEndpoint endpoint, Map<String, Object> parameters) {
        PropertyConfigurerGetter options = (PropertyConfigurerGetter) getEndpointPropertyConfigurer();
        parameters.replaceAll((name, value) -> {
            Class<?> type = DURATION_OPTIONS.contains(name) ? Duration.class : options.getOptionType(name, true);
            if (type == null || !OWN_OPTIONS.contains(name) || !ExactValues.handles(type) || value instanceof String s
                && (s.isBlank() || s.startsWith("#") || s.startsWith("RAW("))) {
                // Camel's own options (delay=5s), beans, references, blanks and unknown options: Camel binds those
                return value;
            }
            return ExactValues.convert(name, value, type);
        });
    }

    /**
     * The options held as milliseconds that Camel documents and binds as durations (javaType Duration): their values
     * are durations ({@code 30s}, {@code 500}), not plain numbers.
     */
    private static final Set<String> DURATION_OPTIONS = Arrays.stream(SeedanceConfiguration.class.getDeclaredFields())
            .filter(f -> f.isAnnotationPresent(UriParam.class)
                         && Duration.class.getName().equals(f.getAnnotation(UriParam.class).javaType()))
            .map(Field::getName).collect(Collectors.toUnmodifiableSet());
    /** The options this component declares; those it inherits from Camel keep Camel's own binding. */
    private static final Set<String> OWN_OPTIONS = Arrays.stream(SeedanceConfiguration.class.getDeclaredFields())
            .filter(f -> f.isAnnotationPresent(UriParam.class)).map(Field::getName).collect(Collectors.toUnmodifiableSet());

    /**
     * Camel takes -1 for "not set" in its scheduler options, so a -1 written in the URI would pass unnoticed: a value
     * given explicitly must be at least {@code min} (in Camel's own units and notations, such as 5s).
     */
    private void refuseNegative(Map<String, Object> parameters, String name, long min) {
        Object value = parameters.get(name);
        if (value == null) {
            return;
        }
        Long millis;
        try {
            millis = value instanceof Number n ? Long.valueOf(n.longValue()) : TimeUtils.toMilliSeconds(value.toString());
        } catch (IllegalArgumentException e) {
            millis = null; // Camel's binding reports what it cannot read
        }
        if (millis != null && millis < min) {
            throw new SeedanceValidationException(name, value, min > 0 ? "a positive time between polls" : "0 or more");
        }
    }

    private synchronized void warnKeyInUri() {
        if (!uriKeyWarned) {
            uriKeyWarned = true;
            LOG.warn("A Seedance API key was given in an endpoint URI. The component keeps it out of its own endpoint URI"
                     + " and logs, but Camel core still shows the URI as written in the endpoint registry, route dumps"
                     + " and DEBUG/TRACE logs. Set the key as the component option camel.component.seedance.api-key or"
                     + " the environment variable " + SeedanceConfiguration.API_KEY_ENV + " instead.");
        }
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        requirePositive("schedulerPoolSize", schedulerPoolSize);
        requirePositive("workerPoolSize", workerPoolSize);
        requirePositive("workerQueueSize", workerQueueSize);
        requirePositive("assetCacheSize", assetCacheSize);
        requirePositive("maxConcurrentGets", maxConcurrentGets);
        requirePositive("maxInflightExchanges", maxInflightExchanges);
        requirePositive("ioQueueSize", ioQueueSize);
        if (workerPoolMaxSize < workerPoolSize) {
            throw new SeedanceValidationException("workerPoolMaxSize", workerPoolMaxSize,
                    "at least workerPoolSize (" + workerPoolSize + ")");
        }
        if (watchPageSize < 1 || watchPageSize > TaskQuery.MAX_PAGE_SIZE) {
            throw new SeedanceValidationException("watchPageSize", watchPageSize, "1.." + TaskQuery.MAX_PAGE_SIZE);
        }
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new SeedanceValidationException(name, value, "a positive number");
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // names the creates this instance sends in the task repository, so that another instance knows them apart
        instanceId = UUID.randomUUID().toString();
        assetCache = new AssetCache(assetCacheSize);
        scheduler = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "SeedanceScheduler",
                schedulerPoolSize);
        activeClock = clock != null ? clock : new SystemClock(scheduler);
        ownsWorkerPool = workerPool == null;
        if (ownsWorkerPool) {
            // refused work is kept by the Completer, never run by the refusing (I/O or scheduler) thread
            activeWorkerPool = pool("SeedanceWorker", workerPoolSize, workerPoolMaxSize, workerQueueSize);
        } else {
            activeWorkerPool = workerPool;
        }
        completer = new Completer(activeWorkerPool, activeClock);
    }

    @Override
    protected void doStop() throws Exception {
        clients.closeAll(this::shutdownPool);
        // what still waits has sent nothing: it waited for a place in the queue, or for a key's record
        SeedanceException stopped = new SeedanceException("the Seedance component stopped before the create was sent;"
                                                          + " nothing was created", null);
        synchronized (this) {
            createGates.values().forEach(account -> account.gate().close(stopped));
        }
        keyedGenerations.close(stopped);
        if (assetCache != null) {
            assetCache.clear();
        }
        synchronized (this) {
            sslContexts.clear();
            accounts.clear();
            createGates.clear();
        }
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownGraceful(scheduler);
            scheduler = null;
        }
        if (activeWorkerPool != null && ownsWorkerPool) {
            getCamelContext().getExecutorServiceManager().shutdownGraceful(activeWorkerPool);
        }
        activeWorkerPool = null;
        super.doStop();
    }

    /**
     * A client's I/O pool, once the client has let its calls in flight end: a create that was sent is answered, not
     * interrupted by our stop into an unknown outcome.
     */
    private void shutdownPool(ExecutorService pool) {
        getCamelContext().getExecutorServiceManager().shutdownGraceful(pool,
                configuration.getConnectTimeout() + configuration.getResponseTimeout());
    }

    synchronized SSLContext sslContextFor(SSLContextParameters parameters) throws Exception {
        SSLContext context = sslContexts.get(parameters);
        if (context == null) {
            context = parameters.createSSLContext(getCamelContext());
            sslContexts.put(parameters, context);
        }
        return context;
    }

    /** The shared rate limits of the account; the first endpoint of an account sets them. */
    synchronized AccountLimits accountLimits(String baseUrl, String apiKey, double requestsPerSecond,
            double listRequestsPerSecond) {
        // the same account as the create cap's: the base URL as the client uses it
        String account = SeedanceClientConfig.accountId(baseUrl, apiKey);
        AccountLimits limits = accounts.get(account);
        if (limits == null) {
            limits = AccountLimits.of(requestsPerSecond, listRequestsPerSecond);
            accounts.put(account, limits);
        } else if (limits.requests().perSecond() != requestsPerSecond
                   || limits.lists().perSecond() != listRequestsPerSecond) {
            LOG.warn("Endpoints of one Seedance account ask for different rate limits; the first ones apply: {} and {}"
                     + " for lists", limits.requests(), limits.lists());
        }
        return limits;
    }

    /**
     * The cap on queued creates of the account; the first endpoint of an account sets its size, and an endpoint of the
     * same account asking for another size is refused, naming both, since one account has one queue.
     */
    synchronized CreateGate createGate(SeedanceClientConfig account, int capacity, String endpointUri) {
        AccountGate gate = createGates.computeIfAbsent(account.accountId(),
                id -> new AccountGate(new CreateGate(capacity), endpointUri));
        if (gate.gate().capacity() != capacity) {
            throw new SeedanceValidationException("maxQueuedCreates", capacity, gate.gate().capacity() + ", the cap "
                    + gate.setBy() + " set for the same account (endpoint " + endpointUri
                    + "); one account has one queue: give its endpoints the same maxQueuedCreates");
        }
        return gate.gate();
    }

    /**
     * The cap on queued creates of the account, as the endpoints that started set it (or as this one asks, for an
     * operation a header chose).
     */
    synchronized CreateGate createGate(SeedanceClientConfig account, int capacity) {
        return createGates.computeIfAbsent(account.accountId(), id -> new AccountGate(new CreateGate(capacity), null))
                .gate();
    }

    /** An account's cap on queued creates, and the endpoint that set it (named when another asks for another cap). */
    private record AccountGate(CreateGate gate, String setBy) {
    }

    /**
     * Admits one more exchange, or refuses it (before anything is sent) when {@link #maxInflightExchanges} are already
     * in flight: a flood is refused at once instead of filling the memory with waiting exchanges.
     */
    void admitExchange() {
        if (inflightExchanges.incrementAndGet() > maxInflightExchanges) {
            inflightExchanges.decrementAndGet();
            throw new RejectedExecutionException("The Seedance component already has " + maxInflightExchanges
                    + " exchanges in flight (the component option maxInflightExchanges); this exchange was refused"
                    + " before anything was sent");
        }
    }

    void exchangeDone() {
        inflightExchanges.decrementAndGet();
    }

    /** How many exchanges are in flight in the producers of this component. */
    int inflightExchanges() {
        return inflightExchanges.get();
    }

    KeyedGenerations getKeyedGenerations() {
        return keyedGenerations;
    }

    /** A random id of this component's run, written with each pending create of a correlation key. */
    String getInstanceId() {
        return instanceId;
    }

    TaskRegistry getTaskRegistry() {
        return taskRegistry;
    }

    SharedRepositories getRepositories() {
        return repositories;
    }

    SharedClients.Shared acquireClient(SeedanceClientConfig config) {
        return clients.acquire(config, activeClock, this::ioPool, watchSettings());
    }

    /**
     * The threads that run a client's blocking HTTP exchanges: one per connection, since more could only wait for a
     * connection. Calls beyond that queue; a refusal fails the call, never runs it on the caller's thread.
     */
    private ExecutorService ioPool(SeedanceClientConfig config) {
        return pool("SeedanceIO", config.maxConnections(), config.maxConnections(), ioQueueSize);
    }

    /** A pool of Camel's thread manager whose idle threads end after a minute and that refuses what it cannot queue. */
    private ExecutorService pool(String name, int size, int maxSize, int queueSize) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(size);
        profile.setMaxPoolSize(maxSize);
        profile.setMaxQueueSize(queueSize);
        profile.setKeepAliveTime(60L);
        profile.setTimeUnit(TimeUnit.SECONDS);
        profile.setAllowCoreThreadTimeOut(true);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return getCamelContext().getExecutorServiceManager().newThreadPool(this, name, profile);
    }

    SharedClients.Shared adoptClient(SeedanceClient client) {
        return clients.adopt(client, activeClock, watchSettings());
    }

    private SharedClients.WatchSettings watchSettings() {
        return new SharedClients.WatchSettings(watchPageSize, maxConcurrentGets, Duration.ofSeconds(1));
    }

    void releaseClient(SharedClients.Shared shared) {
        clients.release(shared, this::shutdownPool);
    }

    /** How many distinct clients (connection pools) the component holds now. */
    int sharedClientCount() {
        return clients.size();
    }

    AssetCache getAssetCache() {
        return assetCache;
    }

    Completer getCompleter() {
        return completer;
    }

    public SeedanceConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The component configuration: the defaults of every endpoint.
     */
    public void setConfiguration(SeedanceConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Enable usage of global SSL context parameters.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public int getSchedulerPoolSize() {
        return schedulerPoolSize;
    }

    /**
     * The threads of the scheduler on which every wait is scheduled (retry backoffs, rate limits, asset and task
     * checks). They only dispatch work, never wait for the provider, so two serve thousands of waits.
     */
    public void setSchedulerPoolSize(int schedulerPoolSize) {
        this.schedulerPoolSize = schedulerPoolSize;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    /**
     * The core size of the worker pool, where asynchronous exchanges continue once the provider has answered, media
     * are staged and results are written.
     */
    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public int getWorkerPoolMaxSize() {
        return workerPoolMaxSize;
    }

    /**
     * The maximum size of the worker pool.
     */
    public void setWorkerPoolMaxSize(int workerPoolMaxSize) {
        this.workerPoolMaxSize = workerPoolMaxSize;
    }

    public int getWorkerQueueSize() {
        return workerQueueSize;
    }

    /**
     * How many completions may queue for the worker pool; beyond it they wait in the component, never running on a
     * scheduler or HTTP client thread.
     */
    public void setWorkerQueueSize(int workerQueueSize) {
        this.workerQueueSize = workerQueueSize;
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    /**
     * A worker pool to use instead of the component's own (not shut down by the component). Give it a rejection
     * policy that throws (AbortPolicy): a caller-runs policy would complete exchanges on HTTP client threads.
     */
    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }

    public SeedanceClock getClock() {
        return clock;
    }

    /**
     * The clock that every wait reads and schedules on (retry backoffs, rate limits, asset and task checks, deadlines).
     * By default the wall clock on the component's scheduler; tests give a virtual clock to run backoffs and deadlines
     * without waiting.
     */
    public void setClock(SeedanceClock clock) {
        this.clock = clock;
    }

    public int getAssetCacheSize() {
        return assetCacheSize;
    }

    /**
     * How many asset ids of uploaded media the component remembers (by account, content hash and group), so that the
     * same bytes are not uploaded twice; the least recently stored are forgotten first.
     */
    public void setAssetCacheSize(int assetCacheSize) {
        this.assetCacheSize = assetCacheSize;
    }

    public int getWatchPageSize() {
        return watchPageSize;
    }

    /**
     * How many task ids one list request checks (repeated filter.task_ids, with a page of the same size): the cost
     * of watching N tasks is N divided by this, in requests per check. Keep the request URI within what proxies
     * accept (100 ids make about 4 KB).
     */
    public void setWatchPageSize(int watchPageSize) {
        this.watchPageSize = watchPageSize;
    }

    public int getMaxConcurrentGets() {
        return maxConcurrentGets;
    }

    /**
     * How many tasks are read by id at once when a list cannot be used (the OpenAI-style interface has none).
     */
    public void setMaxConcurrentGets(int maxConcurrentGets) {
        this.maxConcurrentGets = maxConcurrentGets;
    }

    public int getMaxInflightExchanges() {
        return maxInflightExchanges;
    }

    /**
     * How many exchanges the component's producers hold at once, from process to done (a generate holds one for
     * minutes). Beyond it an exchange fails at once with a RejectedExecutionException, before anything is sent: a flood
     * is refused instead of filling the memory, and what was admitted is never dropped.
     */
    public void setMaxInflightExchanges(int maxInflightExchanges) {
        this.maxInflightExchanges = maxInflightExchanges;
    }

    public int getIoQueueSize() {
        return ioQueueSize;
    }

    /**
     * How many HTTP calls may wait for a client's I/O threads (one per connection). Beyond it a call fails with a
     * RejectedExecutionException naming this option; a refused create is never sent.
     */
    public void setIoQueueSize(int ioQueueSize) {
        this.ioQueueSize = ioQueueSize;
    }
}
