package io.github.camelseedance.client;

/** No usable answer came: connection refused, timed out or broken, or an unreadable body. */
public class TransportException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    public TransportException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
