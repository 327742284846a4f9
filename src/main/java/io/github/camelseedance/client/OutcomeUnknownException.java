package io.github.camelseedance.client;

import java.time.Instant;

/**
 * A create was sent but its answer was lost (connection reset, read timeout, unreadable body): a paid task may or may
 * not exist. It is never resent automatically; reconcile by listing the tasks of this model created since
 * {@link #getSentAt()}.
 */
public class OutcomeUnknownException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    private final Instant sentAt;
    private final String model;

    public OutcomeUnknownException(ErrorDetails details, Instant sentAt, String model, Throwable cause) {
        super(details, cause);
        this.sentAt = sentAt;
        this.model = model;
    }

    /** When the create was sent: tasks created since may be the one. */
    public Instant getSentAt() {
        return sentAt;
    }

    public String getModel() {
        return model;
    }
}
