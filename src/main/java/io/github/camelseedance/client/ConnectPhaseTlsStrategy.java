package io.github.camelseedance.client;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Marks every failure of the TLS upgrade as a connect failure. The upgrade happens before the request is written, so
 * whatever its exception class (handshake, protocol, plain-http port), a create that failed there was never sent and
 * may be retried; a TLS error after that point (a reset mid-answer) stays an unknown outcome.
 */
final class ConnectPhaseTlsStrategy implements TlsSocketStrategy {

    private final TlsSocketStrategy delegate;

    ConnectPhaseTlsStrategy(TlsSocketStrategy delegate) {
        this.delegate = delegate;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        try {
            return delegate.upgrade(socket, target, port, attachment, context);
        } catch (IOException e) {
            throw new TlsConnectException(e);
        }
    }
}
