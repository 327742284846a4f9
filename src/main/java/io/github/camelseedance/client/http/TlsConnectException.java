package io.github.camelseedance.client.http;

import java.io.IOException;

/**
 * TLS failed while connecting, before any byte of the request was written: nothing reached the server, and trying
 * the same port again will not help. Not a {@link java.net.ConnectException}, whose cause the HTTP client drops when it
 * names the host in its own exception: this one reaches the caller as it is.
 */
final class TlsConnectException extends IOException {

    private static final long serialVersionUID = 1L;

    TlsConnectException(String message, Throwable cause) {
        super(message, cause);
    }
}
