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
package io.github.camelseedance.runtime;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import io.github.camelseedance.client.ClientObserver;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.watch.TaskLookup;
import io.github.camelseedance.watch.Watcher;

/**
 * The clients the runtime built, one per distinct configuration, so that endpoints with the same settings share one
 * connection pool and one {@link Watcher}; all of them run their calls on the runtime's one I/O pool. A client is
 * closed when the last endpoint using it stops. A client the user supplied gets a watcher of its own here too, but is
 * never closed by us.
 */
public final class SharedClients {

    /** A client with the watcher that waits on it. */
    public record Shared(SeedanceClient client, Watcher watcher) {
    }

    /** A shared client and its users; a user's client is not ours to close. */
    private static final class Entry {
        private final Shared shared;
        private final boolean ours;
        private int users;

        private Entry(Shared shared, boolean ours) {
            this.shared = shared;
            this.ours = ours;
        }
    }

    /** Sizes of what a watcher batches. */
    record WatchSettings(int pageSize, int maxConcurrentGets, Duration coalesce) {
    }

    private final Map<Object, Entry> entries = new HashMap<>();

    /** The shared client of {@code config}, built on first use on the runtime's clock and I/O pool. */
    synchronized Shared acquire(SeedanceClientConfig config, SeedanceClock clock, Executor io, WatchSettings settings,
            ClientObserver observer) {
        Entry entry = entries.get(config);
        if (entry == null) {
            SeedanceClient client = new HttpSeedanceClient(config, clock, io, observer);
            entry = new Entry(new Shared(client, watcher(client, clock, settings)), true);
            entries.put(config, entry);
        }
        entry.users++;
        return entry.shared;
    }

    /** A user's client: shared by identity, with a watcher of its own; the client stays the user's to close. */
    synchronized Shared adopt(SeedanceClient client, SeedanceClock clock, WatchSettings settings) {
        Entry entry = entries.computeIfAbsent(new Identity(client),
                key -> new Entry(new Shared(client, watcher(client, clock, settings)), false));
        entry.users++;
        return entry.shared;
    }

    private static Watcher watcher(SeedanceClient client, SeedanceClock clock, WatchSettings settings) {
        return new Watcher(client, clock, new TaskLookup(client, settings.pageSize(), settings.maxConcurrentGets()),
                settings.coalesce());
    }

    synchronized void release(Shared shared) {
        entries.values().removeIf(entry -> {
            if (entry.shared == shared && --entry.users == 0) {
                close(entry);
                return true;
            }
            return false;
        });
    }

    /** Closes the idle and expired connections of the clients we built (a user's client sweeps its own). */
    synchronized void closeIdleConnections() {
        for (Entry entry : entries.values()) {
            if (entry.ours) {
                ((HttpSeedanceClient) entry.shared.client()).closeIdleConnections(HttpSeedanceClient.IDLE);
            }
        }
    }

    /** The clients shared now, with their watchers. */
    synchronized List<Shared> all() {
        return entries.values().stream().map(entry -> entry.shared).toList();
    }

    /** How many tasks the watchers of these clients wait for. */
    synchronized int watchedTasks() {
        return entries.values().stream().mapToInt(entry -> entry.shared.watcher().watchedTasks()).sum();
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void closeAll() {
        entries.values().forEach(SharedClients::close);
        entries.clear();
    }

    /**
     * The client first: it lets the calls being sent end (a create sent is answered and its task id recorded), then
     * the watcher fails the waits left with the ids of their tasks.
     */
    private static void close(Entry entry) {
        if (entry.ours) {
            entry.shared.client().close();
        }
        entry.shared.watcher().close();
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
