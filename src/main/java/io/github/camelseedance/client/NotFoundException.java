package io.github.camelseedance.client;

/** The task, the model or the endpoint does not exist or is not open to the account (HTTP 404). */
public class NotFoundException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
