package io.github.camelseedance.client;

import java.time.Instant;

/**
 * A create was not sent because the time it had to be sent by passed while it waited (for the account's rate-limit
 * slot, or before a retry of a refusal): nothing was created and nothing is paid for.
 */
public class CreateNotSentException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    private final Instant notAfter;

    public CreateNotSentException(Instant notAfter) {
        super(new ErrorDetails(0, "NotSent", "the create was not sent: it was still waiting to be sent at " + notAfter
                + ", the latest it could be sent; nothing was created", null, null, null), null);
        this.notAfter = notAfter;
    }

    /** The latest time the create could have been sent. */
    public Instant getNotAfter() {
        return notAfter;
    }
}
