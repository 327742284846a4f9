package io.github.camelseedance.client;

/**
 * What an API call answered, with the request id the provider gave it (header {@code X-Request-Id} or
 * {@code x-tt-logid}) for support tickets and reconciliation.
 */
public record SeedanceResponse<T>(T body, String requestId) {
}
