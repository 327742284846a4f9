package io.github.camelseedance;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelseedance.client.HttpSeedanceClient;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;

/**
 * The clients the component built, one per distinct configuration, so that endpoints with the same settings share one
 * connection pool. A client is closed when the last endpoint using it stops.
 */
final class SharedClients {

    private static final class Entry {
        private final SeedanceClient client;
        private int users;

        private Entry(SeedanceClient client) {
            this.client = client;
        }
    }

    private final Map<SeedanceClientConfig, Entry> clients = new HashMap<>();

    synchronized SeedanceClient acquire(SeedanceClientConfig config, ScheduledExecutorService scheduler) {
        Entry entry = clients.computeIfAbsent(config, c -> new Entry(new HttpSeedanceClient(c, scheduler)));
        entry.users++;
        return entry.client;
    }

    synchronized void release(SeedanceClient client) {
        clients.values().removeIf(entry -> {
            if (entry.client == client && --entry.users == 0) {
                entry.client.close();
                return true;
            }
            return false;
        });
    }

    synchronized int size() {
        return clients.size();
    }

    synchronized void closeAll() {
        clients.values().forEach(entry -> entry.client.close());
        clients.clear();
    }
}
