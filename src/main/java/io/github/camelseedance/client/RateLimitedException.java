package io.github.camelseedance.client;

import java.time.Duration;

/**
 * Too many requests, or the service is overloaded (HTTP 429 {@code RateLimitExceeded.*}, {@code ServerOverloaded}).
 * Nothing was created; the server's {@code Retry-After}, when given, says when to come back.
 */
public class RateLimitedException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(ErrorDetails details, Duration retryAfter, Throwable cause) {
        super(details, cause);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for, or null. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
