package io.github.camelseedance.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a call again, and after how long. Reads are retried on connection failures, 429 and 5xx. A create is
 * paid for, so it is retried only when provably nothing was created: the connection was refused, or the server
 * refused it with 429/503 and an error body.
 *
 * @param maxRetries     retries after the first attempt (0 disables retrying)
 * @param initialBackoff the first wait, doubled each retry, with jitter
 * @param maxBackoff     the longest wait between two attempts, also the cap on a server's Retry-After
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(30));
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    /** A server's Retry-After, no longer than {@code maxBackoff}. */
    public Duration cap(Duration retryAfter) {
        return retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
    }

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative");
        }
    }

    /** The wait before retry number {@code retry} (1-based), honouring the server's Retry-After up to the cap. */
    public Duration backoff(int retry, Duration retryAfter) {
        if (retryAfter != null) {
            return cap(retryAfter);
        }
        long base = initialBackoff.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(base, maxBackoff.toMillis());
        // full jitter in [capped/2, capped] spreads clients that failed together
        long jittered = capped / 2 + (capped > 1 ? ThreadLocalRandom.current().nextLong(capped / 2 + 1) : 0);
        return Duration.ofMillis(jittered);
    }
}
