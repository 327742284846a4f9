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
package io.github.camelseedance.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * An in-process stand-in for the Seedance 2.0 video API as documented (official task API under {@code /api/v3} and
 * {@code /byteplus/api/v3}, OpenAI-style {@code /v1/videos}, the Asset Library and result downloads), driven by an
 * {@link EmulatorClock} and scriptable through {@link #scenario()}. Independent of the project's own client code so it
 * can serve as ground truth.
 *
 * <pre>
 * try (SeedanceEmulator emu = SeedanceEmulator.builder().build().start()) {
 *     String base = emu.baseUrl();       // http://127.0.0.1:PORT
 *     emu.clock().advance(Duration.ofSeconds(30));
 * }
 * </pre>
 *
 * <p>Loading this class sets {@code sun.net.httpserver.nodelay=true} (unless set) so that answers are not held back
 * by Nagle's algorithm. The JDK reads it once per JVM, when the first {@code HttpServer} is created: if other code
 * creates one before the emulator class is loaded, pass {@code -Dsun.net.httpserver.nodelay=true} to the JVM.
 */
public final class SeedanceEmulator implements AutoCloseable {

    public static final String DEFAULT_API_KEY = "emulator-test-key";
    public static final String DEFAULT_SENSITIVE_MARKER = "[[sensitive]]";

    /** The JDK server's switch for TCP_NODELAY on accepted connections. */
    static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // With Nagle on, the body of every answer waits ~40 ms for the client's delayed ACK of the headers (the JDK
        // server writes them separately). sun.net.httpserver.ServerConfig reads the switch in its static
        // initialiser; this runs before any start(), so before the emulator's own first HttpServer. An explicit
        // setting is left as it is.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
    }

    private final String host;
    private final int requestedPort;
    private final int threads;
    private final Duration answerLatency;
    private final EmulatorClock clock;
    private final Auth auth = new Auth();
    private final List<String> keys;
    private final ModelRegistry models = new ModelRegistry();
    private final Scenario scenario = new Scenario();
    private final Journal journal;
    private final AssetLibrary assets;
    private final ResultFiles files;
    private final TaskStore store;
    private final CallbackSender callbacks = new CallbackSender();
    private final ScheduledExecutorService scheduler;
    private final Runnable tickListener = this::tick;

    private volatile Duration queueTime;
    private volatile Duration runTime;
    private volatile Duration resultUrlValidity;
    private volatile int maxQueuedPerKey;
    private volatile String sensitiveMarker;
    private volatile long largeResultBytes;

    private HttpServer server;
    private ThreadPoolExecutor executor;
    private volatile String baseUrl;

    private SeedanceEmulator(Builder b) {
        this.host = b.host;
        this.requestedPort = b.port;
        this.threads = b.threads;
        this.answerLatency = b.answerLatency;
        this.journal = new Journal(b.keepJournal);
        this.clock = b.clock != null ? b.clock : EmulatorClock.manual();
        this.keys = List.copyOf(b.apiKeys.isEmpty() ? List.of(DEFAULT_API_KEY) : b.apiKeys);
        keys.forEach(auth::add);
        b.models.forEach(models::register);
        this.queueTime = b.queueTime;
        this.runTime = b.runTime;
        this.resultUrlValidity = b.resultUrlValidity;
        this.maxQueuedPerKey = b.maxQueuedPerKey;
        this.sensitiveMarker = b.sensitiveMarker;
        this.largeResultBytes = b.largeResultBytes;
        callbacks.retryDelay(b.callbackRetryDelay);
        this.assets = new AssetLibrary(clock, b.assetReadyAfter);
        this.files = new ResultFiles(clock, () -> baseUrl, () -> resultUrlValidity, () -> largeResultBytes);
        this.store = new TaskStore(clock, new EmuTask.Results() {
                    @Override
                    public String[] issue(EmuTask task, Instant at) {
                        return files.issue(task, at);
                    }

                    @Override
                    public boolean expired(String url, Instant now) {
                        return files.expired(url, now);
                    }
                },
                (task, snapshots) -> callbacks.send(task.spec.callbackUrl, task.id, snapshots), () -> maxQueuedPerKey);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "seedance-emulator-scheduler");
            t.setDaemon(true);
            return t;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds and starts serving; returns this for chaining. */
    public synchronized SeedanceEmulator start() {
        if (server != null) {
            return this;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(host, requestedPort), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind " + host + ":" + requestedPort, e);
        }
        AtomicInteger n = new AtomicInteger();
        // bounded pool and queue: many clients on 2 cores; when full the dispatcher runs the request itself (back-pressure)
        executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000), r -> {
            Thread t = new Thread(r, "seedance-emulator-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        TaskValidator validator = new TaskValidator(models, assets, () -> sensitiveMarker);
        TaskEndpoints tasks = new TaskEndpoints(auth, validator, store,
                spec -> scenario.planFor(spec.prompt, queueTime, runTime));
        server.createContext("/", new Router(tasks, new AssetEndpoints(auth, assets), files, scenario, journal, clock,
                scheduler, answerLatency));
        server.start();
        String h = host.contains(":") ? "[" + host + "]" : host;
        baseUrl = "http://" + h + ":" + server.getAddress().getPort();
        clock.addListener(tickListener);
        if (!clock.isManual()) {
            // real-time mode: evaluate regularly so callbacks fire without anyone polling
            scheduler.scheduleWithFixedDelay(this::tick, 100, 100, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** e.g. {@code http://127.0.0.1:40123}; append {@code /api/v3} for the official SDK. */
    public String baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("not started");
        }
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return host;
    }

    /** The first accepted API key (the default one unless configured). */
    public String apiKey() {
        return keys.get(0);
    }

    public List<String> apiKeys() {
        return keys;
    }

    public SeedanceEmulator addApiKey(String key) {
        auth.add(key);
        return this;
    }

    /** Takes an accepted key away: its requests get 401 AuthenticationError from now on. */
    public SeedanceEmulator removeApiKey(String key) {
        auth.remove(key);
        return this;
    }

    /**
     * Marks the account of an accepted key overdue: its authenticated requests get 403 AccountOverdueError until
     * {@link #settleAccount(String)} or {@link #reset()}.
     */
    public SeedanceEmulator markOverdue(String key) {
        auth.overdue(key, true);
        return this;
    }

    /** The account of the key has paid: its requests are served again. */
    public SeedanceEmulator settleAccount(String key) {
        auth.overdue(key, false);
        return this;
    }

    public EmulatorClock clock() {
        return clock;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Journal journal() {
        return journal;
    }

    public ModelRegistry models() {
        return models;
    }

    /** Opens a model id (e.g. an {@code ep-...} endpoint) so creates with it are accepted. */
    public SeedanceEmulator registerModel(String id) {
        models.register(id);
        return this;
    }

    /** Evaluates all unfinished tasks now (the clock does this on every advance). */
    public void tick() {
        store.tick();
    }

    /** Status of a task as the service would report it now, without counting as a poll; null if unknown. */
    public String taskStatus(String taskId) {
        EmuTask t = store.find(taskId);
        if (t == null) {
            return null;
        }
        return store.get(t.ownerKey, taskId, false).status();
    }

    public int taskCount() {
        return store.size();
    }

    public int assetCount() {
        return assets.size();
    }

    /** Callback POSTs attempted / answered 2xx so far. */
    public long callbackAttempts() {
        return callbacks.attempts();
    }

    public long callbacksDelivered() {
        return callbacks.delivered();
    }

    public SeedanceEmulator queueTime(Duration d) {
        queueTime = d;
        return this;
    }

    public SeedanceEmulator runTime(Duration d) {
        runTime = d;
        return this;
    }

    public SeedanceEmulator assetReadyAfter(Duration d) {
        assets.readyAfter(d);
        return this;
    }

    public SeedanceEmulator resultUrlValidity(Duration d) {
        resultUrlValidity = d;
        return this;
    }

    public SeedanceEmulator maxQueuedTasksPerKey(int n) {
        maxQueuedPerKey = n;
        return this;
    }

    public SeedanceEmulator sensitiveMarker(String marker) {
        sensitiveMarker = marker;
        return this;
    }

    public SeedanceEmulator largeResultBytes(long bytes) {
        largeResultBytes = bytes;
        return this;
    }

    /** Forgets scripted faults/outcomes, overdue accounts and the journal (tasks and assets stay). */
    public SeedanceEmulator reset() {
        scenario.reset();
        auth.clearOverdue();
        journal.clear();
        return this;
    }

    @Override
    public synchronized void close() {
        clock.removeListener(tickListener);
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
        scheduler.shutdownNow();
        callbacks.close();
    }

    /** Configuration; every option has a test-friendly default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private int threads = 32;
        private Duration answerLatency = Duration.ZERO;
        private boolean keepJournal = true;
        private EmulatorClock clock;
        private final List<String> apiKeys = new ArrayList<>();
        private final List<String> models = new ArrayList<>();
        private Duration assetReadyAfter = Duration.ofSeconds(3);
        private Duration queueTime = Duration.ofSeconds(5);
        private Duration runTime = Duration.ofSeconds(30);
        private Duration resultUrlValidity = Duration.ofHours(24);
        private int maxQueuedPerKey = 120;
        private String sensitiveMarker = DEFAULT_SENSITIVE_MARKER;
        private long largeResultBytes;
        private Duration callbackRetryDelay = Duration.ofMillis(100);

        private Builder() {
        }

        /** Interface to bind (default 127.0.0.1). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Port to bind; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** HTTP worker threads (default 32). */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * Real time held before each API answer (default none), as a network's round trip would: benchmarks imitate
         * the provider's distance with it. Result files stream at once.
         */
        public Builder answerLatency(Duration latency) {
            if (latency.isNegative()) {
                throw new IllegalArgumentException("answerLatency must not be negative: " + latency);
            }
            this.answerLatency = latency;
            return this;
        }

        /**
         * Whether the {@link #journal()} keeps each request (default true). A benchmark that sends millions of
         * requests and never asks about them turns it off: each entry is some 1 KB of heap.
         */
        public Builder keepJournal(boolean keep) {
            this.keepJournal = keep;
            return this;
        }

        /** Default: a fresh {@link EmulatorClock#manual()}. */
        public Builder clock(EmulatorClock clock) {
            this.clock = clock;
            return this;
        }

        /** Adds an accepted key; without any, {@link #DEFAULT_API_KEY} is the only one. */
        public Builder apiKey(String key) {
            apiKeys.add(key);
            return this;
        }

        public Builder apiKeys(String... keys) {
            apiKeys.addAll(List.of(keys));
            return this;
        }

        /** Opens an extra model id besides the four Seedance 2.0 ones. */
        public Builder model(String id) {
            models.add(id);
            return this;
        }

        /** Time from upload until get-asset-id reveals the asset id (default 3 s). */
        public Builder assetReadyAfter(Duration d) {
            assetReadyAfter = d;
            return this;
        }

        /** Time a task stays queued (default 5 s). */
        public Builder queueTime(Duration d) {
            queueTime = d;
            return this;
        }

        /** Time a task runs before it finishes (default 30 s). */
        public Builder runTime(Duration d) {
            runTime = d;
            return this;
        }

        /** How long result URLs work before answering 403 (default 24 h). */
        public Builder resultUrlValidity(Duration d) {
            resultUrlValidity = d;
            return this;
        }

        /** Queued tasks a key may have before creates answer 429 QuotaExceeded (default 120). */
        public Builder maxQueuedTasksPerKey(int n) {
            maxQueuedPerKey = n;
            return this;
        }

        /** A prompt containing this (case-insensitive) is refused with InputTextSensitiveContentDetected; null disables. */
        public Builder sensitiveMarker(String marker) {
            sensitiveMarker = marker;
            return this;
        }

        /** Pads every result video to this size (a valid MP4 with a trailing free box), streamed; 0 = off. */
        public Builder largeResultBytes(long bytes) {
            largeResultBytes = bytes;
            return this;
        }

        /** Pause between callback retries (real time, default 100 ms). */
        public Builder callbackRetryDelay(Duration d) {
            callbackRetryDelay = d;
            return this;
        }

        /** A new, not yet started emulator. */
        public SeedanceEmulator build() {
            return new SeedanceEmulator(this);
        }

        /** Shorthand for {@code build().start()}. */
        public SeedanceEmulator start() {
            return build().start();
        }
    }
}
