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
