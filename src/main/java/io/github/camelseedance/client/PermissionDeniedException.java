package io.github.camelseedance.client;

/** The account may not do this: access denied or overdue (HTTP 403). */
public class PermissionDeniedException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
