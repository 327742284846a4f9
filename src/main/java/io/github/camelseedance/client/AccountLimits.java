package io.github.camelseedance.client;

import java.util.Objects;

/**
 * The request rates of one account, shared by every client that uses its API key: all calls together, and the list
 * endpoint, which the provider limits more tightly (about one request per second).
 */
public record AccountLimits(RateLimiter requests, RateLimiter lists) {

    public AccountLimits {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(lists, "lists");
    }

    public static AccountLimits of(double requestsPerSecond, double listRequestsPerSecond) {
        return new AccountLimits(new RateLimiter(requestsPerSecond), new RateLimiter(listRequestsPerSecond));
    }

    public static AccountLimits unlimited() {
        return of(0, 0);
    }
}
