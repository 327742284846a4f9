/*
 * Copyright 2026 the camel-seedance authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelseedance.client.http;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Duration;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The TLS handshake as part of connecting: bounded by the connect timeout (on a direct connection and through a
 * proxy's tunnel alike, where only the socket timeout would apply), and every failure of it a
 * {@link TlsConnectException}. The handshake happens before the request is written, so whatever its exception class
 * (handshake, protocol, a plain-HTTP port, a server that never answers), a call that failed there was never sent; it is
 * not retried, since a port that does not speak TLS will not start to. A TLS error after that point (a reset
 * mid-answer) stays what it is.
 */
final class ConnectPhaseTlsStrategy implements TlsSocketStrategy {

    private final TlsSocketStrategy delegate;
    private final Duration connectTimeout;

    ConnectPhaseTlsStrategy(TlsSocketStrategy delegate, Duration connectTimeout) {
        this.delegate = delegate;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        String peer = target + ":" + port;
        try {
            int socketTimeout = socket.getSoTimeout();
            if (connectTimeout.toMillis() > 0) {
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
            }
            SSLSocket upgraded = delegate.upgrade(socket, target, port, attachment, context);
            socket.setSoTimeout(socketTimeout);
            return upgraded;
        } catch (SocketTimeoutException e) {
            throw new TlsConnectException("TLS handshake with " + peer + " did not complete within connectTimeout ("
                                          + connectTimeout.toMillis() + " ms): is it an https port?", e);
        } catch (IOException e) {
            throw new TlsConnectException("TLS handshake with " + peer + " failed (" + e + ")"
                                          + (certificateRefused(e) ? "" : ": is it an https port?"), e);
        }
    }

    /** A refused certificate is an https port all right: the question would mislead. */
    private static boolean certificateRefused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateException || t instanceof SSLPeerUnverifiedException) {
                return true;
            }
        }
        return false;
    }
}
