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
package io.github.camelseedance.producer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.camelseedance.runtime.KeyProbe;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * The readiness of a {@code seedance:} producer: whether the provider accepts its account's API key. It asks the
 * account's {@link KeyProbe} (one GET of a made-up task id, answered from the last probe for the component's
 * {@code healthCheckInterval}, shared by every producer and idle consumer of the account). DOWN when the provider
 * refuses the key (401 {@code AuthenticationError}, 403 {@code AccountOverdueError} or {@code AccessDenied}), with the
 * status and the provider's code in {@code service.status.code} and {@code service.error.code}; UP when it answers
 * 404 for the made-up task; UP but {@code degraded} when it answers 429 or 5xx or not at all, since the key is not in
 * question and taking the application out of service would not bring the provider back.
 */
final class SeedanceProducerHealthCheck extends AbstractHealthCheck {

    /** How long a health probe waits for a probe under way before it answers without it. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final SeedanceProducer producer;

    SeedanceProducerHealthCheck(SeedanceProducer producer, String id) {
        super("camel", id);
        this.producer = producer;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(ENDPOINT_URI, URISupport.sanitizeUri(producer.getEndpoint().getEndpointUri()));
        builder.detail(CHECK_KIND, Kind.READINESS);
        CompletableFuture<KeyProbe.Answer> probe = producer.probeKey();
        if (probe == null) {
            builder.message("The endpoint has not started").down();
            return;
        }
        KeyProbe.Answer answer = await(probe);
        if (answer == null) {
            builder.message("The key probe has not answered yet").unknown();
            return;
        }
        describe(builder, answer);
    }

    /** The answer of the probe, or null when it has not come within {@link #WAIT}. */
    private static KeyProbe.Answer await(CompletableFuture<KeyProbe.Answer> probe) {
        try {
            return probe.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static void describe(HealthCheckResultBuilder builder, KeyProbe.Answer answer) {
        builder.detail("probe.time", answer.at().toString());
        switch (answer.verdict()) {
            case ACCEPTED -> builder.up();
            case REFUSED -> builder.detail(SERVICE_STATUS_CODE, answer.httpStatus())
                    .detail(SERVICE_ERROR_CODE, String.valueOf(answer.errorCode())).error(answer.failure())
                    .message("The provider refused the API key: " + answer.failure().getMessage()).down();
            default -> {
                if (answer.httpStatus() > 0) {
                    builder.detail(SERVICE_STATUS_CODE, answer.httpStatus());
                }
                if (answer.errorCode() != null) {
                    builder.detail(SERVICE_ERROR_CODE, answer.errorCode());
                }
                builder.detail("degraded", true).error(answer.failure())
                        .message("Degraded: the provider did not answer the key probe (" + answer.failure().getMessage()
                                 + "); the key is not in question").up();
            }
        }
    }
}
