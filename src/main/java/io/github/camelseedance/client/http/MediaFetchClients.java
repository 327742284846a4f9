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
package io.github.camelseedance.client.http;

import io.github.camelseedance.client.SeedanceClientConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * The clients that fetch remote media and result files, built on first use: like the API client (its timeouts, TLS,
 * proxy with its credentials, and the customizers meant for downloads too) but never sending the API key. When
 * internal hosts are not allowed, the DNS resolver refuses internal addresses, so that a host checked as public cannot
 * resolve to an internal address when it is fetched (DNS rebinding).
 */
final class MediaFetchClients {

    private final SeedanceClientConfig config;
    private final CallTracker tracker;
    private final ConnectionPools pools;
    /** [0] public hosts only, [1] any host; the array's monitor guards them. */
    private final CloseableHttpClient[] clients = new CloseableHttpClient[2];

    /** @param tracker tells whether the client was closed: then no fetch client is built or handed out */
    MediaFetchClients(SeedanceClientConfig config, CallTracker tracker, ConnectionPools pools) {
        this.config = config;
        this.tracker = tracker;
        this.pools = pools;
    }

    CloseableHttpClient get(boolean privateHostsAllowed) {
        synchronized (clients) {
            if (tracker.isClosed()) {
                throw CallTracker.closedException();
            }
            int i = privateHostsAllowed ? 1 : 0;
            if (clients[i] == null) {
                clients[i] = HttpClientFactory.fetchClient(config,
                        privateHostsAllowed ? null : new PublicHostsResolver(config.proxyHost()), pools);
            }
            return clients[i];
        }
    }

    void close() {
        synchronized (clients) {
            for (int i = 0; i < clients.length; i++) {
                if (clients[i] != null) {
                    clients[i].close(CloseMode.GRACEFUL);
                    clients[i] = null;
                }
            }
        }
    }
}
