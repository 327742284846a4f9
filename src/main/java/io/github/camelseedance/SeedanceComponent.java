package io.github.camelseedance;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The {@code seedance:} component: ByteDance Seedance 2.0 video generation through PowerTokens, BytePlus ModelArk or
 * Volcengine Ark. It holds the shared configuration, the HTTP clients (one pool per distinct client configuration),
 * and the scheduler and worker pool on which waits are re-checked and asynchronous exchanges completed.
 */
@Component("seedance")
public class SeedanceComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata
    private SeedanceConfiguration configuration = new SeedanceConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "advanced", defaultValue = "2")
    private int schedulerPoolSize = 2;

    private final SharedClients clients = new SharedClients();
    /** One SSLContext per SSLContextParameters, so that endpoints with the same TLS settings share a pool. */
    private final Map<SSLContextParameters, SSLContext> sslContexts = new IdentityHashMap<>();
    private final AssetCache assetCache = new AssetCache();
    private ScheduledExecutorService scheduler;
    private ExecutorService workerPool;

    public SeedanceComponent() {
    }

    public SeedanceComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SeedanceOperations operation = getCamelContext().getTypeConverter().tryConvertTo(SeedanceOperations.class, remaining);
        if (operation == null) {
            throw new SeedanceValidationException("operation", remaining,
                    "upload, create, get, list, cancel");
        }
        SeedanceConfiguration copy = configuration.copy();
        SeedanceEndpoint endpoint = new SeedanceEndpoint(uri, this, operation, copy);
        setProperties(endpoint, parameters);
        if (copy.getSslContextParameters() == null && useGlobalSslContextParameters) {
            copy.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        copy.validate();
        endpoint.validateOperation(operation);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        scheduler = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "SeedanceScheduler",
                schedulerPoolSize);
        workerPool = getCamelContext().getExecutorServiceManager().newDefaultThreadPool(this, "SeedanceWorker");
    }

    @Override
    protected void doStop() throws Exception {
        clients.closeAll();
        assetCache.clear();
        synchronized (this) {
            sslContexts.clear();
        }
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownGraceful(scheduler);
            scheduler = null;
        }
        if (workerPool != null) {
            getCamelContext().getExecutorServiceManager().shutdownGraceful(workerPool);
            workerPool = null;
        }
        super.doStop();
    }

    synchronized SSLContext sslContextFor(SSLContextParameters parameters) throws Exception {
        SSLContext context = sslContexts.get(parameters);
        if (context == null) {
            context = parameters.createSSLContext(getCamelContext());
            sslContexts.put(parameters, context);
        }
        return context;
    }

    SeedanceClient acquireClient(SeedanceClientConfig config) {
        return clients.acquire(config, scheduler);
    }

    void releaseClient(SeedanceClient client) {
        clients.release(client);
    }

    /** How many distinct clients (connection pools) the component holds now. */
    int sharedClientCount() {
        return clients.size();
    }

    AssetCache getAssetCache() {
        return assetCache;
    }

    ExecutorService getWorkerPool() {
        return workerPool;
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
     * The number of threads that re-check waiting uploads (and, later, generations); waits never hold a thread.
     */
    public void setSchedulerPoolSize(int schedulerPoolSize) {
        this.schedulerPoolSize = schedulerPoolSize;
    }
}
