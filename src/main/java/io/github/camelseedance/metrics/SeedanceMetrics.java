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
package io.github.camelseedance.metrics;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.camelseedance.client.ClientObserver;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.model.Task;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's meters, recorded into a Micrometer {@code MeterRegistry} when one is bound in the Camel registry
 * (as {@code metricsRegistry}, else the only one); otherwise every method does nothing. Micrometer is an optional
 * dependency: this class names none of its types, and loads the one class that does only when Micrometer is on the
 * class path. No tag carries the API key.
 */
public final class SeedanceMetrics {

    public static final String TASKS_CREATED = "seedance.tasks.created";
    public static final String TASKS_FINISHED = "seedance.tasks.finished";
    public static final String GENERATION_DURATION = "seedance.generation.duration";
    public static final String QUEUE_DURATION = "seedance.queue.duration";
    public static final String HTTP_REQUESTS = "seedance.http.requests";
    public static final String RETRIES = "seedance.retries";
    public static final String RATELIMIT_WAIT = "seedance.ratelimit.wait";
    public static final String TOKENS_USED = "seedance.tokens.used";
    public static final String GENERATIONS_INFLIGHT = "seedance.generations.inflight";
    public static final String CREATES_QUEUED = "seedance.creates.queued";
    public static final String TASKS_WATCHED = "seedance.tasks.watched";

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceMetrics.class);
    private static final String MICROMETER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    private static final String UNKNOWN = "unknown";
    private static final SeedanceMetrics DISABLED = new SeedanceMetrics(null);

    /** Null when disabled. */
    private final MeterSink sink;
    private final TaskTimes tasks = new TaskTimes();
    private final AtomicInteger generations = new AtomicInteger();

    SeedanceMetrics(MeterSink sink) {
        this.sink = sink;
        if (sink != null) {
            sink.gauge(GENERATIONS_INFLIGHT, generations::get);
        }
    }

    /** Records nothing. */
    public static SeedanceMetrics disabled() {
        return DISABLED;
    }

    /** Meters for the registry of {@code context}, or none when Micrometer or a registry is missing. */
    public static SeedanceMetrics of(CamelContext context) {
        if (!micrometerPresent()) {
            return DISABLED;
        }
        MeterSink sink = MicrometerSink.lookup(context);
        if (sink == null) {
            LOG.debug("No Micrometer MeterRegistry bound in the Camel registry: the Seedance component records no meters");
            return DISABLED;
        }
        return new SeedanceMetrics(sink);
    }

    /** Whether Micrometer is visible to the component's own class loader (the one that would load its sink). */
    private static boolean micrometerPresent() {
        try {
            Class.forName(MICROMETER_REGISTRY, false, SeedanceMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    public boolean isEnabled() {
        return sink != null;
    }

    /** What a client of {@code config} reports to; {@link ClientObserver#NONE} when disabled. */
    public ClientObserver observer(SeedanceClientConfig config) {
        return sink == null ? ClientObserver.NONE : new ClientMeters(config);
    }

    /** Counts a generate exchange in flight; run what it answers when the exchange's generate ends. */
    public Runnable generationStarted() {
        if (sink == null) {
            return () -> {
            };
        }
        generations.incrementAndGet();
        return generations::decrementAndGet;
    }

    /** The gauge of the tasks the watchers of this component wait for. */
    public void watchedTasks(Supplier<Number> count) {
        if (sink != null) {
            sink.gauge(TASKS_WATCHED, count);
        }
    }

    /** The gauge of an account's queued creates (the places of its create gate that are taken). */
    public void queuedCreates(SeedanceClientConfig account, Supplier<Number> count) {
        if (sink != null) {
            sink.gauge(CREATES_QUEUED, count, "provider", provider(account), "account", accountTag(account));
        }
    }

    /** Removes the gauges: what they read stops with the component. */
    public void close() {
        if (sink != null) {
            sink.close();
        }
    }

    private static String provider(SeedanceClientConfig config) {
        return config.provider().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The account without its key: the API host and the first 8 hex digits of the account's fingerprint (a SHA-256 of
     * base URL and key), enough to tell two keys on one host apart and far too little to recover either.
     */
    static String accountTag(SeedanceClientConfig config) {
        return URI.create(config.baseUrl()).getAuthority() + "/" + config.accountId().substring(0, 8);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    /** The meters of one client: its provider, and its account to tell its tasks apart. */
    private final class ClientMeters implements ClientObserver {
        private final String provider;
        private final String accountId;

        ClientMeters(SeedanceClientConfig config) {
            this.provider = provider(config);
            this.accountId = config.accountId();
        }

        @Override
        public void requestDone(String operation, int status, Duration duration) {
            sink.time(HTTP_REQUESTS, duration, "provider", provider, "operation", operation, "status",
                    status == IO_ERROR ? "IO_ERROR" : Integer.toString(status));
        }

        @Override
        public void retrying(String operation) {
            sink.count(RETRIES, 1, "provider", provider, "operation", operation);
        }

        @Override
        public void rateLimitWaited(Duration wait) {
            sink.time(RATELIMIT_WAIT, wait, "provider", provider);
        }

        @Override
        public void taskCreated(String taskId, String model, Instant at) {
            tasks.created(accountId + "/" + taskId, orUnknown(model), at);
            sink.count(TASKS_CREATED, 1, "provider", provider, "model", orUnknown(model));
        }

        @Override
        public void taskSeen(Task task, Instant at) {
            if (task.id() == null) {
                return;
            }
            TaskTimes.Sighting sighting = tasks.seen(accountId + "/" + task.id(), task.status(), at);
            if (sighting == null) {
                return;
            }
            if (sighting.queued() != null) {
                sink.time(QUEUE_DURATION, sighting.queued(), "provider", provider, "model", sighting.model());
            }
            if (sighting.generation() != null) {
                String status = task.status().value();
                String errorCode = task.error() == null ? "none" : orUnknown(task.error().code());
                sink.count(TASKS_FINISHED, 1, "provider", provider, "model", sighting.model(), "status", status,
                        "error.code", errorCode);
                sink.time(GENERATION_DURATION, sighting.generation(), "provider", provider, "model", sighting.model(),
                        "status", status);
                if (task.usage() != null && task.usage().totalTokens() != null) {
                    sink.count(TOKENS_USED, task.usage().totalTokens(), "provider", provider, "model", sighting.model());
                }
            }
        }
    }
}
