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
import java.util.Map;
import java.util.concurrent.ExecutorService;

import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.model.ExactValues;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.runtime.ClientSettings;
import io.github.camelseedance.runtime.SeedanceRuntime;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code seedance:} component: ByteDance Seedance 2.0 video generation through PowerTokens, BytePlus ModelArk or
 * Volcengine Ark. It holds the options every endpoint starts from and, while it runs, a {@link SeedanceRuntime}: what
 * its endpoints share (pools, clients, rate limits, create queues, the task registry).
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

    @Metadata(label = "advanced", defaultValue = "16")
    private int ioPoolSize = 16;
    @Metadata(label = "health", defaultValue = "60000", javaType = "java.time.Duration")
    private Duration healthCheckInterval = Duration.ofSeconds(60);

    /** What the endpoints share while the component runs: pools, clients, gates, registry. */
    private SeedanceRuntime runtime;
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
            SeedanceConfigurationValidator.validatePollTimes(parameters);
        }
        SeedanceConfiguration copy = configuration.copy();
        // the endpoint shows its URI in logs, JMX and consoles: never with a secret (the key, the proxy password) in it
        SeedanceEndpoint endpoint = new SeedanceEndpoint(URISupport.sanitizeUri(uri), this, operation, copy);
        exactOptions(parameters);
        setProperties(endpoint, parameters);
        if (copy.getSslContextParameters() == null && useGlobalSslContextParameters) {
            copy.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        SeedanceConfigurationValidator.validate(copy);
        SeedanceConfigurationValidator.validate(copy, operation, directoryInUri);
        endpoint.validateParameters();
        if (keyInUri) {
            warnKeyInUri();
        }
        return endpoint;
    }

    /**
     * URI options get the same exact conversions as headers: a value Camel's type converter would narrow (a long
     * duration, 5.5, a list) is refused here, naming the option, when the route starts. Only this component's options
     * (those it also has at component level); Camel's own (delay=5s) keep Camel's binding.
     */
    private void exactOptions(Map<String, Object> parameters) {
        PropertyConfigurerGetter endpointOptions = (PropertyConfigurerGetter) getEndpointPropertyConfigurer();
        PropertyConfigurerGetter componentOptions = (PropertyConfigurerGetter) getComponentPropertyConfigurer();
        parameters.replaceAll((name, value) -> {
            Class<?> type = endpointOptions.getOptionType(name, true);
            if (type == null || componentOptions.getOptionType(name, true) == null || !ExactValues.handles(type)
                || value instanceof String s
                && (s.isBlank() || s.startsWith("#") || s.startsWith("RAW("))) {
                // Camel's own options, beans, references, blanks and unknown options: Camel binds those
                return value;
            }
            return ExactValues.convert(name, value, type);
        });
    }

    private synchronized void warnKeyInUri() {
        if (!uriKeyWarned) {
            uriKeyWarned = true;
            LOG.warn("A Seedance API key was given in an endpoint URI. The component keeps it out of its own endpoint URI"
                     + " and logs, but Camel core still shows the URI as written in the endpoint registry, route dumps"
                     + " and DEBUG/TRACE logs. Set the key as the component option camel.component.seedance.api-key or"
                     + " the environment variable " + ClientSettings.API_KEY_ENV + " instead.");
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
        requirePositive("ioPoolSize", ioPoolSize);
        requirePositive("ioQueueSize", ioQueueSize);
        if (healthCheckInterval == null || healthCheckInterval.isNegative() || healthCheckInterval.isZero()) {
            throw new SeedanceValidationException("healthCheckInterval", healthCheckInterval, "a positive duration");
        }
        if (workerPoolMaxSize < workerPoolSize) {
            throw new SeedanceValidationException("workerPoolMaxSize", workerPoolMaxSize,
                    "at least workerPoolSize (" + workerPoolSize + ")");
        }
        if (watchPageSize < 1 || watchPageSize > TaskQuery.MAX_PAGE_SIZE) {
            throw new SeedanceValidationException("watchPageSize", watchPageSize, "1.." + TaskQuery.MAX_PAGE_SIZE);
        }
        // a call being sent when the component stops may take one attempt to end: connect, then answer
        Duration ioGrace = configuration.getConnectTimeout().plus(configuration.getResponseTimeout());
        runtime = new SeedanceRuntime(getCamelContext(), this, new SeedanceRuntime.Settings(schedulerPoolSize,
                workerPoolSize, workerPoolMaxSize, workerQueueSize, workerPool, clock, assetCacheSize, watchPageSize,
                maxConcurrentGets, maxInflightExchanges, ioPoolSize, ioQueueSize, ioGrace));
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new SeedanceValidationException(name, value, "a positive number");
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(runtime);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(runtime);
        super.doStop();
    }

    /** What the endpoints share while the component runs; built when the component initialises. */
    public SeedanceRuntime getRuntime() {
        return runtime;
    }

    public Duration getHealthCheckInterval() {
        return healthCheckInterval;
    }

    /**
     * How long the answer of a key probe is kept: the producer health checks, and consumers that watch no task yet,
     * ask the provider whether an account's API key works (one GET of a made-up task id) at most once per interval per
     * account, however many producers, consumers and health probes ask, so that probes never eat into the rate limit.
     */
    public void setHealthCheckInterval(Duration healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
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
     * How many HTTP calls may wait for the I/O threads (ioPoolSize). Beyond it a call fails with a
     * RejectedExecutionException naming this option; a refused create is never sent.
     */
    public void setIoQueueSize(int ioQueueSize) {
        this.ioQueueSize = ioQueueSize;
    }

    public int getIoPoolSize() {
        return ioPoolSize;
    }

    /**
     * The threads that run the blocking HTTP exchanges of the asynchronous exchanges of every client of the component
     * (all accounts, keys and proxies share them); calls beyond them wait in a queue of ioQueueSize. A thread is held
     * from a request's first byte to its answer's head (an upload: until its file is sent; a downloaded result is read
     * by the route, not here), so each thread carries about one call per round trip: 16 threads, 800 calls a second at
     * 20 ms, far more than an account's rate limits allow. Raise it for many uploads at once; a synchronous=true
     * producer sends from its caller's thread and needs none of these. More threads than connections of the busiest
     * account only wait for a connection.
     */
    public void setIoPoolSize(int ioPoolSize) {
        this.ioPoolSize = ioPoolSize;
    }
}
