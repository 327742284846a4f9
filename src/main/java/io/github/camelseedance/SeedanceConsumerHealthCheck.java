package io.github.camelseedance;

import java.util.Map;

import io.github.camelseedance.client.AuthenticationException;
import io.github.camelseedance.client.PermissionDeniedException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.util.URISupport;

/**
 * The readiness of a {@code seedance:tasks} consumer, in place of the generic one of polling consumers. DOWN before the
 * first poll, and when the provider refuses the key (401/403: nothing will work until someone changes it). UP
 * otherwise; after {@value #DEGRADED_AFTER} or more polls in a row failed for another reason (a provider outage, rate
 * limits) it stays UP but says it is degraded, with the count and the last error in its details: the consumer keeps
 * trying with Camel's backoff, and taking the application out of service would not bring the provider back.
 */
final class SeedanceConsumerHealthCheck implements HealthCheck {

    static final int DEGRADED_AFTER = 3;

    private final SeedanceConsumer consumer;
    private final String id;
    private volatile boolean enabled = true;

    SeedanceConsumerHealthCheck(SeedanceConsumer consumer, String id) {
        this.consumer = consumer;
        this.id = id;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail(ENDPOINT_URI, URISupport.sanitizeUri(consumer.getEndpoint().getEndpointUri()));
        builder.detail(CHECK_KIND, Kind.READINESS);
        if (!enabled) {
            return builder.message("Disabled").detail(CHECK_ENABLED, false).unknown().build();
        }
        builder.detail("watched.tasks", consumer.watchedCount());
        if (!consumer.isConsumerReady()) {
            return builder.message("The consumer has not polled yet").down().build();
        }
        long errors = consumer.getErrorCounter();
        Throwable last = consumer.lastError();
        Throwable cause = last instanceof SeedanceConsumer.LookFailedException failed && failed.getCause() != null
                ? failed.getCause() : last;
        builder.detail(FAILURE_ERROR_COUNT, errors);
        if (errors > 0 && (cause instanceof AuthenticationException || cause instanceof PermissionDeniedException)) {
            return builder.message("The provider refused the API key: " + cause.getMessage()).error(cause).down().build();
        }
        if (errors >= DEGRADED_AFTER) {
            builder.detail("degraded", true).error(cause)
                    .message("Degraded: " + errors + " polls in a row failed; the consumer keeps trying (" + cause + ")");
        }
        return builder.up().build();
    }
}
