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
package io.github.camelseedance.consumer;

import java.util.Map;

import io.github.camelseedance.client.SeedanceException;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * The readiness of a {@code seedance:tasks} consumer, in place of the generic one of polling consumers. DOWN before the
 * first poll, and while the provider refuses the key (401/403: nothing will work until someone changes it or pays),
 * with the status and the provider's code in {@code service.status.code} and {@code service.error.code}; a consumer
 * that watches no task yet finds that out from the account's cached key probe. UP otherwise; after
 * {@value #DEGRADED_AFTER} or more polls in a row failed for another reason (a provider outage, rate limits) it stays
 * UP but says it is degraded, with the count and the last error in its details: the consumer keeps trying with
 * Camel's backoff, and taking the application out of service would not bring the provider back.
 *
 * <p>Camel's own {@code ScheduledPollConsumerHealthCheck} would not do: it is DOWN after
 * {@code backoffErrorThreshold} failed polls whatever they were (a 503 would take the application out of service) and
 * forgets a refusal when the backoff resets its error count, so a refused key would flicker UP; and it cannot see a
 * refused key while nothing is watched (no poll fails), nor tell what the consumer watches and what watching costs
 * ({@code watched.tasks}, {@code last.look.requests}, {@code last.look.tasks}).
 */
final class SeedanceConsumerHealthCheck extends AbstractHealthCheck {

    static final int DEGRADED_AFTER = 3;

    private final SeedanceConsumer consumer;

    SeedanceConsumerHealthCheck(SeedanceConsumer consumer, String id) {
        super("camel", id);
        this.consumer = consumer;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(ENDPOINT_URI, URISupport.sanitizeUri(consumer.getEndpoint().getEndpointUri()));
        builder.detail(CHECK_KIND, Kind.READINESS);
        builder.detail("watched.tasks", consumer.watchedCount());
        // what watching costs: the requests of the last complete look, for the ids it checked
        builder.detail("last.look.requests", consumer.lastLookRequests());
        builder.detail("last.look.tasks", consumer.lastLookIds());
        CallbackReceiver receiver = consumer.getEndpoint().getCallbackReceiver();
        if (receiver != null && receiver.consumer() == consumer) { // webhook:seedance:tasks: what its callbacks did
            receiver.counts().snapshot().forEach((outcome, count) -> builder.detail("callbacks." + outcome, count));
        }
        if (!consumer.isConsumerReady()) {
            builder.message("The consumer has not polled yet").down();
            return;
        }
        long errors = consumer.getErrorCounter();
        Throwable last = consumer.lastError();
        Throwable cause = last instanceof SeedanceConsumer.LookFailedException failed && failed.getCause() != null
                ? failed.getCause() : last;
        builder.detail(FAILURE_ERROR_COUNT, errors);
        SeedanceException refused = consumer.refusal();
        if (refused != null) {
            builder.detail(SERVICE_STATUS_CODE, refused.getHttpStatus())
                    .detail(SERVICE_ERROR_CODE, String.valueOf(refused.getCode()))
                    .message("The provider refused the API key: " + refused.getMessage()).error(refused).down();
            return;
        }
        if (errors >= DEGRADED_AFTER) {
            builder.detail("degraded", true).error(cause)
                    .message("Degraded: " + errors + " polls in a row failed; the consumer keeps trying (" + cause + ")");
        }
        builder.up();
    }
}
