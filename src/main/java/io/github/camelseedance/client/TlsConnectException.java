package io.github.camelseedance.client;

import java.net.ConnectException;

/** TLS failed while connecting, before any byte of the request was written: nothing reached the server. */
final class TlsConnectException extends ConnectException {

    private static final long serialVersionUID = 1L;

    TlsConnectException(Throwable cause) {
        super("TLS failed while connecting: " + cause);
        initCause(cause);
    }
}
