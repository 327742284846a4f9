package io.github.camelseedance.client;

/** The API key is missing or wrong (HTTP 401). */
public class AuthenticationException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
