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

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import io.github.camelseedance.client.AccountLimits;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.consumer.CallbackReceiver;
import io.github.camelseedance.consumer.SeedanceConsumer;
import io.github.camelseedance.model.GenerationParameter;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.GenerationRequestValidator;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.producer.SeedanceProducer;
import io.github.camelseedance.runtime.ClientSettings;
import io.github.camelseedance.runtime.SeedanceRuntime;
import io.github.camelseedance.runtime.SharedClients;
import io.github.camelseedance.runtime.TaskRegistry;
import io.github.camelseedance.watch.Watcher;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.SynchronousDelegateProducer;

/**
 * Generate videos with ByteDance Seedance 2.0 (PowerTokens, BytePlus ModelArk, Volcengine Ark): upload media to the
 * Asset Library, create generation tasks, and read, list and cancel them.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "seedance", title = "Seedance", syntax = "seedance:operation",
             category = { Category.AI }, headersClass = SeedanceConstants.class)
public class SeedanceEndpoint extends ScheduledPollEndpoint
        implements AsyncEndpoint, EndpointServiceLocation, WebhookCapableEndpoint {

    @UriPath(enums = "upload,create,generate,get,list,cancel,download,watch,tasks")
    @Metadata(required = true)
    private SeedanceOperations operation;
    @UriParam
    private SeedanceConfiguration configuration;

    private SharedClients.Shared shared;
    private GenerationRequest defaults;
    private TaskRegistry.Mailbox mailbox;
    /** The repositories this endpoint started (or shares with the endpoints that did), released when it stops. */
    private final List<Object> repositories = new ArrayList<>();
    /** Set when the endpoint is the target of a webhook: route (webhook:seedance:tasks). */
    private WebhookConfiguration webhookConfiguration;
    private CallbackReceiver callbackReceiver;

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

    private SeedanceRuntime runtime() {
        return getComponent().getRuntime();
    }

    @Override
    public Producer createProducer() throws Exception {
        if (operation.isConsumer()) {
            throw new SeedanceValidationException("operation", operation,
                    "a producer operation in to(...): " + SeedanceOperations.allowed() + " (tasks is the consumer)");
        }
        SeedanceProducer producer = new SeedanceProducer(this);
        return configuration.isSynchronous() ? new SynchronousDelegateProducer(producer) : producer;
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!operation.isConsumer()) {
            throw new SeedanceValidationException("operation", operation, "tasks in from(...): from(\"seedance:tasks\")");
        }
        SeedanceConfigurationValidator.validateConsumer(getDelay(), getInitialDelay());
        SeedanceConsumer consumer = new SeedanceConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /**
     * {@code webhook:seedance:tasks}: the provider's callbacks arrive through the route's HTTP server (platform-http)
     * and feed a consumer of this endpoint, which polls as well: see {@link CallbackReceiver}. One webhook route per
     * endpoint: the endpoint's consumer state (the tasks its producers created) cannot be split between two.
     */
    @Override
    public Processor createWebhookHandler(Processor next) {
        requireConsumer();
        if (callbackReceiver != null && (callbackReceiver.isStarted() || callbackReceiver.isStarting())) {
            throw new SeedanceValidationException("uri", getEndpointUri(), "one webhook route per seedance:tasks"
                    + " endpoint: another route receives callbacks through it; one account has one webhook route");
        }
        boolean publish = webhookConfiguration != null && webhookConfiguration.isWebhookAutoRegister();
        String url = publish ? checkedCallbackUrl() : null;
        SeedanceConsumer consumer;
        try {
            consumer = (SeedanceConsumer) createConsumer(next);
        } catch (Exception e) {
            throw RuntimeCamelException.wrapRuntimeCamelException(e);
        }
        callbackReceiver = new CallbackReceiver(this, consumer, url);
        return callbackReceiver;
    }

    /**
     * Nothing to register at the provider, which takes a callback URL per task: the route's external URL, checked
     * here, is published for the account while the route's handler runs (see {@link #publishCallbackUrl}).
     */
    @Override
    public void registerWebhook() {
        requireConsumer();
        checkedCallbackUrl();
    }

    /** Nothing to withdraw here: the route's handler withdraws its URL when it stops. */
    @Override
    public void unregisterWebhook() {
        // the handler stops with its route, before the webhook endpoint's stop calls this
    }

    private String checkedCallbackUrl() {
        String url;
        try {
            url = webhookConfiguration.computeFullExternalUrl();
        } catch (UnknownHostException e) {
            throw new SeedanceValidationException("webhookExternalUrl", null,
                    "the URL the provider reaches the route at (the local host name, its default, does not resolve)");
        }
        URI parsed;
        try {
            parsed = new URI(url);
        } catch (URISyntaxException e) {
            parsed = null;
        }
        if (parsed == null || parsed.getHost() == null
            || !("https".equals(parsed.getScheme()) || "http".equals(parsed.getScheme()))) {
            throw new SeedanceValidationException("webhookExternalUrl", url,
                    "an absolute http(s) URL the provider can reach: the route's address behind its ingress");
        }
        return url;
    }

    /**
     * A webhook route's handler started: {@code url} becomes the {@code callback_url} of this context's creates for
     * the account, unless a create sets its own; refused when another route of the account published another URL.
     */
    public void publishCallbackUrl(String url, Object owner) {
        SeedanceClient client = getClient();
        if (url != null && client != null) {
            runtime().callbackUrls().register(client.config(), url, owner);
        }
    }

    /** A webhook route's handler stopped: creates from now on carry no URL of its. */
    public void withdrawCallbackUrl(Object owner) {
        SeedanceClient client = getClient();
        if (client != null) {
            runtime().callbackUrls().unregister(client.config(), owner);
        }
    }

    private void requireConsumer() {
        if (!operation.isConsumer()) {
            throw new SeedanceValidationException("operation", operation,
                    "tasks in from(\"webhook:seedance:tasks?...\"): only the consumer receives callbacks");
        }
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }

    @Override
    public List<String> getWebhookMethods() {
        return List.of("POST");
    }

    /** The handler of this endpoint's webhook route, or null when no webhook route uses it. */
    public CallbackReceiver getCallbackReceiver() {
        return callbackReceiver;
    }

    /** The ids this consumer endpoint receives from the context's producers and the watch operation. */
    public TaskRegistry.Mailbox getMailbox() {
        return mailbox;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (operation.isConsumer() && configuration.getScope() != TaskScope.account && mailbox == null) {
            mailbox = runtime().taskRegistry().open(configuration.getScope() == TaskScope.context);
        }
    }

    @Override
    protected void doShutdown() throws Exception {
        if (mailbox != null) {
            runtime().taskRegistry().close(mailbox);
            mailbox = null;
        }
        super.doShutdown();
    }

    /** Refuses generation parameters the table does not allow, when the route starts. */
    void validateParameters() {
        GenerationRequest parameters = requestDefaults();
        // the parameters alone, with a placeholder model and prompt: the media of each exchange decide the rest
        new GenerationRequestValidator(false).validate(configuration.getApiStyle().check(parameters.toBuilder()
                .model(parameters.model() == null ? "option-check" : parameters.model()).prompt("option check").build()));
    }

    /** Refuses an operation (a header may choose one) the configured dialect does not serve, naming the option. */
    public void validateOperation(SeedanceOperations op) {
        SeedanceConfigurationValidator.validateOperation(configuration, op);
    }

    /**
     * The model and the generation parameters this endpoint's options set: the defaults of every create. Read through
     * the generated configurer by the options' names, so that the parameter table alone lists them.
     */
    public GenerationRequest requestDefaults() {
        if (defaults == null) {
            PropertyConfigurerGetter options = (PropertyConfigurerGetter) getComponent().getEndpointPropertyConfigurer();
            GenerationRequest.Builder b = GenerationRequest.builder().model(configuration.getModel());
            for (GenerationParameter<?> parameter : GenerationParameter.ALL) {
                set(b, parameter, options.getOptionValue(this, parameter.option(), false));
            }
            defaults = b.build();
        }
        return defaults;
    }

    private static <T> void set(GenerationRequest.Builder b, GenerationParameter<T> parameter, Object value) {
        b.set(parameter, parameter.cast(value));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        defaults = null;
        // repository beans are services Camel does not start for us (a FileStateRepository loads its file on start):
        // started here unless their owner did, and stopped by the last endpoint using them
        for (Object repository : new Object[] { configuration.getTaskRepository(),
                configuration.getCorrelationRepository() }) {
            if (runtime().repositories().acquire(repository)) {
                repositories.add(repository);
            }
        }
        try {
            if (configuration.getClient() != null) {
                shared = runtime().adoptClient(configuration.getClient());
            } else {
                shared = runtime().acquireClient(clientConfig());
            }
            if (operation == SeedanceOperations.create || operation == SeedanceOperations.generate) {
                // one account has one queue: a second cap for it is refused when the route starts, naming both
                runtime().createGate(shared.client().config(), configuration.getMaxQueuedCreates(),
                        getEndpointUri());
            }
        } catch (Exception e) {
            if (shared != null) {
                runtime().releaseClient(shared);
                shared = null;
            }
            releaseRepositories();
            throw e;
        }
    }

    private SeedanceClientConfig clientConfig() throws Exception {
        String apiKey = ClientSettings.apiKey(configuration);
        if (apiKey == null) {
            throw new SeedanceValidationException("apiKey", null,
                    "an API key, set by the apiKey option or the " + ClientSettings.API_KEY_ENV
                                                                  + " environment variable");
        }
        SSLContext ssl = configuration.getSslContextParameters() == null
                ? null : runtime().sslContextFor(configuration.getSslContextParameters());
        AccountLimits limits = runtime().accountLimits(getServiceUrl(), apiKey,
                configuration.getRequestsPerSecond(),
                configuration.getListRequestsPerSecond());
        return ClientSettings.clientConfig(configuration, apiKey, ssl, limits);
    }

    @Override
    protected void doStop() throws Exception {
        if (callbackReceiver != null) {
            withdrawCallbackUrl(callbackReceiver); // before the client goes: it names the account
        }
        if (shared != null) {
            runtime().releaseClient(shared);
            shared = null;
        }
        releaseRepositories();
        super.doStop();
    }

    private void releaseRepositories() {
        repositories.forEach(runtime().repositories()::release);
        repositories.clear();
    }

    public SeedanceClient getClient() {
        return shared == null ? null : shared.client();
    }

    public Watcher getWatcher() {
        return shared == null ? null : shared.watcher();
    }

    public GenerationRequestValidator newValidator() {
        return new GenerationRequestValidator(configuration.isValidateCapabilities());
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl() != null ? configuration.getBaseUrl() : configuration.getProvider().baseUrl();
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

    /**
     * Endpoints are equal only to themselves. Camel compares endpoints by URI, and ours is shown with its secrets
     * masked: two endpoints with different API keys would otherwise be equal, and a producer cache (a
     * ProducerTemplate's) would send one account's calls with the other's key.
     */
    @Override
    public boolean equals(Object object) {
        return this == object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public SeedanceOperations getOperation() {
        return operation;
    }

    /**
     * The operation to perform: upload, create, generate, get, list, cancel, download or watch; or tasks, the consumer.
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
