package io.github.camelseedance;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.watch.TaskLookup;
import io.github.camelseedance.watch.Watcher;

/**
 * The clients the component built, one per distinct configuration, so that endpoints with the same settings share one
 * connection pool, one bounded I/O pool and one {@link Watcher}. A client is closed when the last endpoint using it
 * stops. A client the user supplied gets a watcher of its own here too, but is never closed by us.
 */
final class SharedClients {

    /** A client with the watcher that waits on it. */
    record Shared(SeedanceClient client, Watcher watcher) {
    }

    /** A shared client and its users; {@code io} is null for a user's client, which is not ours to close. */
    private static final class Entry {
        private final Shared shared;
        private final ExecutorService io;
        private int users;

        private Entry(Shared shared, ExecutorService io) {
            this.shared = shared;
            this.io = io;
        }
    }

    /** Sizes of what a watcher batches. */
    record WatchSettings(int pageSize, int maxConcurrentGets, Duration coalesce) {
    }

    private final Map<Object, Entry> entries = new HashMap<>();

    /**
     * The shared client of {@code config}, built on first use with an I/O pool from {@code ioPools} (one thread per
     * connection) and the component's clock.
     */
    synchronized Shared acquire(SeedanceClientConfig config, SeedanceClock clock,
            Function<SeedanceClientConfig, ExecutorService> ioPools, WatchSettings settings) {
        Entry entry = entries.get(config);
        if (entry == null) {
            ExecutorService io = ioPools.apply(config);
            SeedanceClient client = new HttpSeedanceClient(config, clock, io);
            entry = new Entry(new Shared(client, watcher(client, clock, settings)), io);
            entries.put(config, entry);
        }
        entry.users++;
        return entry.shared;
    }

    /** A user's client: shared by identity, with a watcher of its own; the client stays the user's to close. */
    synchronized Shared adopt(SeedanceClient client, SeedanceClock clock, WatchSettings settings) {
        Entry entry = entries.computeIfAbsent(new Identity(client),
                key -> new Entry(new Shared(client, watcher(client, clock, settings)), null));
        entry.users++;
        return entry.shared;
    }

    private static Watcher watcher(SeedanceClient client, SeedanceClock clock, WatchSettings settings) {
        return new Watcher(client, clock, new TaskLookup(client, settings.pageSize(), settings.maxConcurrentGets()),
                settings.coalesce());
    }

    synchronized void release(Shared shared, Consumer<ExecutorService> shutdown) {
        entries.values().removeIf(entry -> {
            if (entry.shared == shared && --entry.users == 0) {
                close(entry, shutdown);
                return true;
            }
            return false;
        });
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void closeAll(Consumer<ExecutorService> shutdown) {
        entries.values().forEach(entry -> close(entry, shutdown));
        entries.clear();
    }

    /**
     * The client first: it lets the calls being sent end (a create sent is answered and its task id recorded), then
     * the watcher fails the waits left with the ids of their tasks, then the I/O threads stop.
     */
    private static void close(Entry entry, Consumer<ExecutorService> shutdown) {
        if (entry.io != null) {
            entry.shared.client().close();
        }
        entry.shared.watcher().close();
        if (entry.io != null) {
            shutdown.accept(entry.io);
        }
    }

    /** Keys a user's client by identity: its equals, if any, is not ours to trust. */
    private record Identity(SeedanceClient client) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.client == client;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(client);
        }
    }
}
