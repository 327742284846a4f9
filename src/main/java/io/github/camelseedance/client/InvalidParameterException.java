package io.github.camelseedance.client;

/** The request was refused as invalid (HTTP 400, `InvalidParameter`, `MissingParameter`). */
public class InvalidParameterException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    public InvalidParameterException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
