package io.github.camelseedance.client;

/** The service failed (HTTP 5xx). */
public class ServerErrorException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    public ServerErrorException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
