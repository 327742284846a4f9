package io.github.camelseedance.client.http;

/** What a call does, which decides what may be retried and what a lost answer means. */
enum CallKind {
    /** Reads change nothing: retried on connection failures, 429 and 5xx. */
    READ,
    /**
     * A create is paid for: retried only when provably nothing was created; a lost answer, or a 5xx that is not
     * the provider's own refusal, leaves the outcome unknown.
     */
    CREATE,
    /**
     * Uploads and cancels change state (a second DELETE removes the record of the task the first cancelled):
     * retried only when provably nothing happened.
     */
    CHANGE
}
