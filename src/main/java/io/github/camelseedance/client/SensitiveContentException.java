package io.github.camelseedance.client;

/** The input was refused by moderation (HTTP 400, `Input*SensitiveContentDetected`). */
public class SensitiveContentException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    public SensitiveContentException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
