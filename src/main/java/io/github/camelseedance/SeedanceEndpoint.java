package io.github.camelseedance;

import java.util.Map;

import javax.net.ssl.SSLContext;

import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.model.GenerationRequestValidator;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Generate videos with ByteDance Seedance 2.0 (PowerTokens, BytePlus ModelArk, Volcengine Ark): upload media to the
 * Asset Library, create generation tasks, and read, list and cancel them.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "seedance", title = "Seedance", syntax = "seedance:operation",
             producerOnly = true, category = { Category.AI }, headersClass = SeedanceConstants.class)
public class SeedanceEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(enums = "upload,create,get,list,cancel")
    @Metadata(required = true)
    private SeedanceOperations operation;
    @UriParam
    private SeedanceConfiguration configuration;

    private SeedanceClient client;
    private boolean sharedClient;

    public SeedanceEndpoint(String uri, SeedanceComponent component, SeedanceOperations operation,
                            SeedanceConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public SeedanceComponent getComponent() {
        return (SeedanceComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new SeedanceProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        throw new UnsupportedOperationException("The seedance component has no consumer yet: use it in to(...)");
    }

    /** Refuses an operation the configured dialect does not serve, naming the option. */
    void validateOperation(SeedanceOperations op) {
        if (configuration.getApiStyle() == ApiStyle.OPENAI
            && (op == SeedanceOperations.list || op == SeedanceOperations.cancel)) {
            throw new SeedanceValidationException("operation", op + " with apiStyle=openai",
                    "upload, create, get (the OpenAI-style /v1/videos interface has no " + op + "; use apiStyle=official)");
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getClient() != null) {
            client = configuration.getClient();
            sharedClient = false;
        } else {
            String apiKey = configuration.resolveApiKey();
            if (apiKey == null) {
                throw new SeedanceValidationException("apiKey", null,
                        "an API key, set by the apiKey option or the " + SeedanceConfiguration.API_KEY_ENV
                                                                      + " environment variable");
            }
            SSLContext ssl = configuration.getSslContextParameters() == null
                    ? null : getComponent().sslContextFor(configuration.getSslContextParameters());
            client = getComponent().acquireClient(configuration.toClientConfig(apiKey, ssl));
            sharedClient = true;
        }
    }

    @Override
    protected void doStop() throws Exception {
        // a client supplied by the user is theirs to close
        if (client != null && sharedClient) {
            getComponent().releaseClient(client);
        }
        client = null;
        super.doStop();
    }

    SeedanceClient getClient() {
        return client;
    }

    GenerationRequestValidator newValidator() {
        return new GenerationRequestValidator(configuration.isValidateCapabilities());
    }

    @Override
    public String getServiceUrl() {
        String base = configuration.getBaseUrl() != null ? configuration.getBaseUrl() : configuration.getProvider().baseUrl();
        return base;
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("provider", configuration.getProvider().name().toLowerCase(), "apiStyle",
                configuration.getApiStyle().name().toLowerCase());
    }

    public SeedanceOperations getOperation() {
        return operation;
    }

    /**
     * The operation to perform: upload, create, get, list or cancel.
     */
    public void setOperation(SeedanceOperations operation) {
        this.operation = operation;
    }

    public SeedanceConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The endpoint configuration.
     */
    public void setConfiguration(SeedanceConfiguration configuration) {
        this.configuration = configuration;
    }
}
