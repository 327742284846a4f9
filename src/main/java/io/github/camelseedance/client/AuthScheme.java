package io.github.camelseedance.client;

/** How the API key is written in the {@code Authorization} header. */
public enum AuthScheme {
    /** {@code Authorization: Bearer KEY}, as the official Ark API and SDKs send it. */
    BEARER,
    /** {@code Authorization: KEY}, as PowerTokens' curl examples show it. */
    RAW
}
