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
