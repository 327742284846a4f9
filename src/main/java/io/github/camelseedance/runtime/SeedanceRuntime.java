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
package io.github.camelseedance.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import javax.net.ssl.SSLContext;

import io.github.camelseedance.client.AccountLimits;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.client.SystemClock;
import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.metrics.SeedanceMetrics;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.watch.CreateGate;
import io.github.camelseedance.watch.Watcher;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the endpoints of one Seedance component share while it runs: the scheduler on which every wait is scheduled,
 * the one I/O pool on which every blocking HTTP exchange runs (whatever the number of accounts), the worker pool on
 * which exchanges complete, the shared clients and their watchers, each account's rate limits and create queue, the
 * task registry, the keyed generations in flight and the cap on exchanges in flight. Started and stopped by the
 * component, nothing else.
 */
public final class SeedanceRuntime extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceRuntime.class);

    /** The sizes and beans the component's options give the runtime. */
    public record Settings(int schedulerPoolSize, int workerPoolSize, int workerPoolMaxSize, int workerQueueSize,
            ExecutorService workerPool, SeedanceClock clock, int assetCacheSize, int watchPageSize, int maxConcurrentGets,
            int maxInflightExchanges, int ioPoolSize, int ioQueueSize, Duration ioShutdownGrace) {
    }

    private final CamelContext camelContext;
    /** Names the pools in Camel's thread manager: the component. */
    private final Object owner;
    private final Settings settings;
    private final SharedClients clients = new SharedClients();
    /** One SSLContext per SSLContextParameters, so that endpoints with the same TLS settings share a pool. */
    private final Map<SSLContextParameters, SSLContext> sslContexts = new IdentityHashMap<>();
    /** The rate limits of each account, by {@link SeedanceClientConfig#accountId()}, shared by all its clients. */
    private final Map<String, AccountLimits> accounts = new HashMap<>();
    /** The cap on queued creates of each account, by {@link SeedanceClientConfig#accountId()}. */
    private final Map<String, AccountGate> createGates = new HashMap<>();
    /** The cached probe of each account's key, by {@link SeedanceClientConfig#accountId()}, for the health checks. */
    private final Map<String, KeyProbe> keyProbes = new HashMap<>();
    private final TaskRegistry taskRegistry = new TaskRegistry();
    private final CallbackUrls callbackUrls = new CallbackUrls();
    private final SharedRepositories repositories = new SharedRepositories();
    private final KeyedGenerations keyedGenerations = new KeyedGenerations();
    private final AtomicInteger inflightExchanges = new AtomicInteger();
    /** Tokens billed for the tasks this context waited for to the end, by account. */
    private final Map<String, LongAdder> tokensUsed = new ConcurrentHashMap<>();
    private final RecentErrors recentErrors = new RecentErrors();
    private volatile String instanceId;
    private AssetCache assetCache;
    private ScheduledExecutorService scheduler;
    private ExecutorService io;
    private SeedanceClock clock;
    private ExecutorService workerPool;
    private WorkerHandoff workerHandoff;
    private volatile SeedanceMetrics metrics = SeedanceMetrics.disabled();

    public SeedanceRuntime(CamelContext camelContext, Object owner, Settings settings) {
        this.camelContext = camelContext;
        this.owner = owner;
        this.settings = settings;
    }

    @Override
    protected void doStart() throws Exception {
        // names the creates this instance sends in the task repository, so that another instance knows them apart
        instanceId = UUID.randomUUID().toString();
        // meters only when the application bound a MeterRegistry; none is created here
        metrics = SeedanceMetrics.of(camelContext);
        metrics.watchedTasks(clients::watchedTasks);
        assetCache = new AssetCache(settings.assetCacheSize());
        ExecutorServiceManager threads = camelContext.getExecutorServiceManager();
        scheduler = threads.newScheduledThreadPool(owner, "SeedanceScheduler", settings.schedulerPoolSize());
        // one sweep for the connection pools of every client, instead of an evictor thread per pool
        long sweep = HttpSeedanceClient.IDLE.toSeconds();
        scheduler.scheduleWithFixedDelay(clients::closeIdleConnections, sweep, sweep, TimeUnit.SECONDS);
        clock = settings.clock() != null ? settings.clock() : new SystemClock(scheduler);
        // one pool for every client: more threads than this could only wait for a connection of some account
        io = pool("SeedanceIO", settings.ioPoolSize(), settings.ioPoolSize(), settings.ioQueueSize());
        // refused work is kept by the handoff, never run by the refusing (I/O or scheduler) thread
        workerPool = settings.workerPool() != null ? settings.workerPool()
                : pool("SeedanceWorker", settings.workerPoolSize(), settings.workerPoolMaxSize(), settings.workerQueueSize());
        workerHandoff = new WorkerHandoff(workerPool, clock);
    }

    @Override
    protected void doStop() throws Exception {
        LOG.debug("Stopping: {} clients, {} exchanges in flight, {} completions waiting for a worker", sharedClientCount(),
                inflightExchanges(), workerHandoff == null ? 0 : workerHandoff.backlog());
        // the clients first: a create being sent is answered (its task recorded) before the watchers name what is left
        clients.closeAll();
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
        metrics.close();
        synchronized (this) {
            sslContexts.clear();
            accounts.clear();
            createGates.clear();
            keyProbes.clear();
            callbackUrls.clear();
        }
        ExecutorServiceManager threads = camelContext.getExecutorServiceManager();
        if (io != null) {
            threads.shutdownGraceful(io, settings.ioShutdownGrace().toMillis());
            io = null;
        }
        if (scheduler != null) {
            threads.shutdownGraceful(scheduler);
            scheduler = null;
        }
        if (workerPool != null && workerPool != settings.workerPool()) {
            threads.shutdownGraceful(workerPool);
        }
        workerPool = null;
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
        return camelContext.getExecutorServiceManager().newThreadPool(owner, name, profile);
    }

    /** The shared client of {@code config}, built on first use on the runtime's clock and I/O pool. */
    public SharedClients.Shared acquireClient(SeedanceClientConfig config) {
        return clients.acquire(config, clock, io, watchSettings(), metrics.observer(config));
    }

    /** A user's client, shared by identity, with a watcher of its own; never closed by us. */
    public SharedClients.Shared adoptClient(SeedanceClient client) {
        return clients.adopt(client, clock, watchSettings());
    }

    public void releaseClient(SharedClients.Shared shared) {
        clients.release(shared);
    }

    private SharedClients.WatchSettings watchSettings() {
        return new SharedClients.WatchSettings(settings.watchPageSize(), settings.maxConcurrentGets(), Duration.ofSeconds(1));
    }

    /** How many distinct clients (connection pools) the runtime holds now. */
    int sharedClientCount() {
        return clients.size();
    }

    public synchronized SSLContext sslContextFor(SSLContextParameters parameters) throws Exception {
        SSLContext context = sslContexts.get(parameters);
        if (context == null) {
            context = parameters.createSSLContext(camelContext);
            sslContexts.put(parameters, context);
        }
        return context;
    }

    /** The shared rate limits of the account; the first endpoint of an account sets them. */
    public synchronized AccountLimits accountLimits(String baseUrl, String apiKey, double requestsPerSecond,
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
    public synchronized CreateGate createGate(SeedanceClientConfig account, int capacity, String endpointUri) {
        AccountGate gate = createGates.computeIfAbsent(account.accountId(),
                id -> new AccountGate(measured(account, new CreateGate(capacity)), endpointUri));
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
    public synchronized CreateGate createGate(SeedanceClientConfig account, int capacity) {
        return createGates.computeIfAbsent(account.accountId(),
                id -> new AccountGate(measured(account, new CreateGate(capacity)), null)).gate();
    }

    private CreateGate measured(SeedanceClientConfig account, CreateGate gate) {
        metrics.queuedCreates(account, gate::held);
        return gate;
    }

    /**
     * The account's cached key probe: all its producers' health checks and idle consumers share one, so that the
     * provider sees at most one probe per {@code interval} (the first caller's) for the account.
     */
    public synchronized KeyProbe keyProbe(SeedanceClientConfig account, Duration interval) {
        return keyProbes.computeIfAbsent(account.accountId(), id -> new KeyProbe(clock, interval));
    }

    /** An account's cap on queued creates, and the endpoint that set it (named when another asks for another cap). */
    private record AccountGate(CreateGate gate, String setBy) {
    }

    /**
     * Admits one more exchange, or refuses it (before anything is sent) when maxInflightExchanges are already in
     * flight: a flood is refused at once instead of filling the memory with waiting exchanges.
     */
    public void admitExchange() {
        if (inflightExchanges.incrementAndGet() > settings.maxInflightExchanges()) {
            inflightExchanges.decrementAndGet();
            throw new RejectedExecutionException("The Seedance component already has " + settings.maxInflightExchanges()
                    + " exchanges in flight (the component option maxInflightExchanges); this exchange was refused"
                    + " before anything was sent");
        }
    }

    public void exchangeDone() {
        inflightExchanges.decrementAndGet();
    }

    /** How many exchanges are in flight in the producers of this component. */
    int inflightExchanges() {
        return inflightExchanges.get();
    }

    public KeyedGenerations keyedGenerations() {
        return keyedGenerations;
    }

    /** A random id of this run, written with each pending create of a correlation key. */
    public String instanceId() {
        return instanceId;
    }

    /** Each account's callback URL, published by its running webhook route. */
    public CallbackUrls callbackUrls() {
        return callbackUrls;
    }

    /** The watchers of every client of the account: a callback about a task wakes the waits on it, whichever client. */
    public List<Watcher> watchersOf(SeedanceClientConfig account) {
        return clients.all().stream().filter(shared -> account.accountId().equals(shared.client().config().accountId()))
                .map(SharedClients.Shared::watcher).toList();
    }

    public TaskRegistry taskRegistry() {
        return taskRegistry;
    }

    public SharedRepositories repositories() {
        return repositories;
    }

    public AssetCache assetCache() {
        return assetCache;
    }

    /** The component's meters: recorded only when a Micrometer registry is bound, else nothing. */
    public SeedanceMetrics metrics() {
        return metrics;
    }

    public WorkerHandoff workerHandoff() {
        return workerHandoff;
    }

    public RecentErrors recentErrors() {
        return recentErrors;
    }

    /** Counts the tokens a finished task of {@code account} was billed (its usage), once per task waited for. */
    public void tokensUsed(SeedanceClientConfig account, Task finished) {
        if (finished.usage() != null && finished.usage().totalTokens() != null) {
            tokensUsed.computeIfAbsent(account.accountId(), id -> new LongAdder()).add(finished.usage().totalTokens());
        }
    }

    /** What the dev console shows of one account: its queue, its rates, its generations in flight, its spend. */
    public record AccountView(String account, String provider, String baseUrl, CreateGate gate, AccountLimits limits,
            List<Watcher.WaitingTask> generations, long tokensUsed) {
    }

    /** Each account the endpoints use now, as seen at this moment. */
    public List<AccountView> accounts() {
        Map<String, List<SharedClients.Shared>> byAccount = new TreeMap<>();
        for (SharedClients.Shared shared : clients.all()) {
            byAccount.computeIfAbsent(shared.client().config().accountId(), id -> new ArrayList<>()).add(shared);
        }
        List<AccountView> views = new ArrayList<>();
        byAccount.forEach((account, shared) -> {
            SeedanceClientConfig config = shared.get(0).client().config();
            List<Watcher.WaitingTask> generations = new ArrayList<>();
            shared.forEach(s -> generations.addAll(s.watcher().waitingTasks()));
            generations.sort(Comparator.comparing(Watcher.WaitingTask::since));
            AccountGate gate;
            AccountLimits limits;
            synchronized (this) {
                gate = createGates.get(account);
                limits = accounts.get(account);
            }
            LongAdder tokens = tokensUsed.get(account);
            views.add(new AccountView(account, config.provider().name().toLowerCase(Locale.ROOT), config.baseUrl(),
                    gate == null ? null : gate.gate(), limits != null ? limits : config.accountLimits(), generations,
                    tokens == null ? 0 : tokens.sum()));
        });
        return views;
    }

    /** The clock the waits read: the time the console measures ages against. */
    public SeedanceClock clock() {
        return clock;
    }
}
