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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.hc.core5.pool.ConnPoolControl;
import org.apache.hc.core5.util.TimeValue;

/**
 * The connection pools of one client (its API calls, its media and result fetches), swept of expired and idle
 * connections by whoever owns the client's threads: HttpClient's own evictor would start a thread per pool, and the
 * threads of a context must not grow with its accounts.
 */
final class ConnectionPools {

    private final List<ConnPoolControl<?>> pools = new CopyOnWriteArrayList<>();

    void add(ConnPoolControl<?> pool) {
        pools.add(pool);
    }

    /** Closes the connections that expired or have been idle for {@code idle}. */
    void closeIdle(Duration idle) {
        for (ConnPoolControl<?> pool : pools) {
            pool.closeExpired();
            pool.closeIdle(TimeValue.of(idle));
        }
    }
}
