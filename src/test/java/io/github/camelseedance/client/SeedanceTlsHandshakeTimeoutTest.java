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
package io.github.camelseedance.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelseedance.AuthenticatingProxy;
import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.model.GenerationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An https base URL or result URL whose port does not speak TLS (a plain-HTTP port, a server that stalls) fails
 * within connectTimeout, however long the response timeout, after one connection: the handshake is part of
 * connecting, nothing was sent, and trying the same port again cannot help. The message says so.
 */
class SeedanceTlsHandshakeTimeoutTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    /** Far beyond connectTimeout: a handshake bounded by it would show in the elapsed time. */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(20);
    /** Generous: three connectTimeouts, while every retry or a response timeout would take far longer. */
    private static final Duration BOUND = CONNECT_TIMEOUT.multipliedBy(3);

    private Server server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** A local server that accepts connections, counts them, and answers each as {@code behaviour} says. */
    private static final class Server implements AutoCloseable {
        interface Behaviour {
            void serve(Socket socket) throws IOException;
        }

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        private final AtomicInteger accepted = new AtomicInteger();
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-not-tls");
            t.setDaemon(true);
            return t;
        });

        Server(Behaviour behaviour) throws IOException {
            threads.execute(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        accepted.incrementAndGet();
                        open.add(s);
                        threads.execute(() -> {
                            try {
                                behaviour.serve(s);
                            } catch (IOException e) {
                                // the client gave up
                            }
                        });
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : open) {
                s.close();
            }
            threads.shutdownNow();
        }
    }

    /** A plain-HTTP server that answers what it cannot parse at once, as most do to a TLS ClientHello. */
    private static void answersPlainHttp(Socket socket) throws IOException {
        socket.getInputStream().read(new byte[512]);
        OutputStream out = socket.getOutputStream();
        out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        socket.close();
    }

    /** A plain-HTTP server still waiting for the end of a request line, which a ClientHello never brings. */
    private static void waitsForARequestLine(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[512];
        while (in.read(buffer) != -1) {
            // no CRLF comes: nothing to answer
        }
    }

    /** Starts a TLS answer (the header of a handshake record) and never sends the rest. */
    private static void stallsMidHandshake(Socket socket) throws IOException {
        socket.getInputStream().read(new byte[512]);
        socket.getOutputStream().write(new byte[] { 0x16, 0x03, 0x03, 0x00, 0x40 });
        socket.getOutputStream().flush();
        waitsForARequestLine(socket);
    }

    private static SeedanceClientConfig.Builder config(String baseUrl) {
        return SeedanceClientConfig.builder()
                .provider(Provider.CUSTOM)
                .baseUrl(baseUrl)
                .apiKey(WireMockClients.KEY)
                .connectTimeout(CONNECT_TIMEOUT)
                .responseTimeout(RESPONSE_TIMEOUT)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    /** Runs {@code call}, which must fail, and returns its failure once it did, within {@link #BOUND}. */
    private static Throwable failsWithinTheBound(org.junit.jupiter.api.function.Executable call) {
        long start = System.nanoTime();
        Throwable failure = assertThrows(Throwable.class, call);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, "failed after " + took.toMillis() + " ms; connectTimeout is "
                                              + CONNECT_TIMEOUT.toMillis() + " ms: " + failure);
        return failure;
    }

    private static void saysTlsFailedWhileConnecting(Throwable failure, boolean timedOut) {
        String message = failure.getMessage();
        assertTrue(failure instanceof TransportException, String.valueOf(failure));
        assertTrue(message.contains("TLS") && message.contains("handshake"), message);
        assertTrue(message.contains("nothing was sent"), message);
        assertTrue(message.contains("is it an https port?"), message);
        if (timedOut) {
            assertTrue(message.contains("connectTimeout (" + CONNECT_TIMEOUT.toMillis() + " ms)"), message);
        }
        assertTrue(!message.contains(WireMockClients.KEY), message);
    }

    @Test
    void anHttpsBaseUrlOnAPlainHttpPortThatAnswersFailsAtOnceWithoutRetrying() throws Exception {
        server = new Server(SeedanceTlsHandshakeTimeoutTest::answersPlainHttp);
        try (HttpSeedanceClient client = new HttpSeedanceClient(config("https://127.0.0.1:" + server.port()).build())) {
            Throwable failure = failsWithinTheBound(() -> SeedanceClient.join(client.get("cgt-1")));
            saysTlsFailedWhileConnecting(failure, false);
        }
        assertEquals(1, server.accepted.get(), "one connection: a handshake with a plain-HTTP port is not retried");
    }

    @Test
    void anHttpsBaseUrlOnAPlainHttpPortThatWaitsFailsWithinConnectTimeout() throws Exception {
        server = new Server(SeedanceTlsHandshakeTimeoutTest::waitsForARequestLine);
        try (HttpSeedanceClient client = new HttpSeedanceClient(config("https://127.0.0.1:" + server.port()).build())) {
            Throwable failure = failsWithinTheBound(() -> SeedanceClient.join(client.get("cgt-1")));
            saysTlsFailedWhileConnecting(failure, true);
        }
        assertEquals(1, server.accepted.get(), "one connection");
    }

    @Test
    void aCreateWhoseHandshakeStallsFailsWithinConnectTimeoutAndWasNotSent() throws Exception {
        server = new Server(SeedanceTlsHandshakeTimeoutTest::stallsMidHandshake);
        GenerationRequest request = GenerationRequest.builder().model(WireMockClients.STANDARD).prompt("x").build();
        try (HttpSeedanceClient client = new HttpSeedanceClient(config("https://127.0.0.1:" + server.port()).build())) {
            Throwable failure = failsWithinTheBound(() -> SeedanceClient.join(client.create(request)));
            // not an unknown outcome: the request was never written
            saysTlsFailedWhileConnecting(failure, true);
        }
        assertEquals(1, server.accepted.get(), "one connection");
    }

    @Test
    void aResultDownloadFromAPortThatDoesNotSpeakTlsFailsWithinConnectTimeout() throws Exception {
        server = new Server(SeedanceTlsHandshakeTimeoutTest::stallsMidHandshake);
        DownloadPolicy anyLocalHost = new DownloadPolicy(false, true, null, 3);
        URI video = URI.create("https://127.0.0.1:" + server.port() + "/files/v.mp4");
        try (HttpSeedanceClient client = new HttpSeedanceClient(config("https://127.0.0.1:9").build())) {
            Throwable failure = failsWithinTheBound(() -> SeedanceClient.join(client.download(video, anyLocalHost)));
            saysTlsFailedWhileConnecting(failure, true);
        }
        assertEquals(1, server.accepted.get(), "one connection");
    }

    @Test
    void aHandshakeThroughAProxyTunnelIsBoundedByConnectTimeoutToo() throws Exception {
        server = new Server(SeedanceTlsHandshakeTimeoutTest::waitsForARequestLine);
        try (AuthenticatingProxy proxy = AuthenticatingProxy.open();
                HttpSeedanceClient client = new HttpSeedanceClient(config("https://127.0.0.1:" + server.port())
                        .proxy("127.0.0.1", proxy.port()).build())) {
            Throwable failure = failsWithinTheBound(() -> SeedanceClient.join(client.get("cgt-1")));
            saysTlsFailedWhileConnecting(failure, true);
            assertEquals(1, proxy.seen().size(), () -> String.valueOf(proxy.seen()));
            assertEquals("CONNECT", proxy.seen().get(0).method());
        }
        assertEquals(1, server.accepted.get(), "one connection");
    }
}
