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
package io.github.camelseedance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small authenticating HTTP proxy on 127.0.0.1, for tests: it answers 407 to any request without
 * {@code Proxy-Authorization: Basic} of its user and password (unless {@link #open()}), forwards http:// requests in
 * absolute form (one request per connection, answered with {@code Connection: close}, without the hop-by-hop headers)
 * and tunnels CONNECT. It records what it was asked, so that a test can see which requests came through it and with
 * which headers. Targets must be on this machine.
 */
public final class AuthenticatingProxy implements Closeable {

    /** One request the proxy received: its request line, its headers (names in lower case) and its answer. */
    public record Seen(String method, String target, Map<String, String> headers, int status) {

        /** The header's value, or null. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final ServerSocket server;
    private final String expected;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();

    public AuthenticatingProxy(String username, String password) throws IOException {
        this.expected = username == null ? null : "Basic " + Base64.getEncoder().encodeToString((username + ":"
                + password).getBytes(StandardCharsets.UTF_8));
        this.server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        threads.execute(this::acceptLoop);
    }

    /** A proxy that asks for no credentials. */
    public static AuthenticatingProxy open() throws IOException {
        return new AuthenticatingProxy(null, null);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Every request received so far, in order. */
    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** The requests received whose target (an absolute URI, or host:port for CONNECT) contains {@code part}. */
    public List<Seen> seen(String part) {
        return seen.stream().filter(s -> s.target().contains(part)).toList();
    }

    /** How many requests were answered 407. */
    public int refused() {
        return refused.get();
    }

    public void clear() {
        seen.clear();
        refused.set(0);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            List<String> head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            String[] line = head.get(0).split(" ");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h : head.subList(1, head.size())) {
                int colon = h.indexOf(':');
                if (colon > 0) {
                    headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
                }
            }
            String method = line[0];
            String target = line.length > 1 ? line[1] : "";
            if (expected != null && !expected.equals(headers.get("proxy-authorization"))) {
                refused.incrementAndGet();
                seen.add(new Seen(method, target, headers, 407));
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                           + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return;
            }
            seen.add(new Seen(method, target, headers, 200));
            if (method.equalsIgnoreCase("CONNECT")) {
                tunnel(target, in, out);
            } else {
                forward(method, URI.create(target), head, in, out);
            }
        } catch (IOException e) {
            // the client or the target went away: nothing to do for a test proxy
        } finally {
            open.remove(client);
        }
    }

    private void tunnel(String target, InputStream in, OutputStream out) throws IOException {
        int colon = target.lastIndexOf(':');
        try (Socket upstream = new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)))) {
            open.add(upstream);
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            threads.execute(() -> pump(in, upstream));
            upstream.getInputStream().transferTo(out);
        } finally {
            open.removeIf(Socket::isClosed);
        }
    }

    private void forward(String method, URI target, List<String> head, InputStream in, OutputStream out)
            throws IOException {
        int port = target.getPort() == -1 ? 80 : target.getPort();
        try (Socket upstream = new Socket(target.getHost(), port)) {
            open.add(upstream);
            StringBuilder request = new StringBuilder(method).append(' ').append(target.getRawPath() == null
                    || target.getRawPath().isEmpty() ? "/" : target.getRawPath());
            if (target.getRawQuery() != null) {
                request.append('?').append(target.getRawQuery());
            }
            request.append(' ').append(head.get(0).substring(head.get(0).lastIndexOf(' ') + 1)).append("\r\n");
            // hop-by-hop headers are the proxy's (an Upgrade offered to it, for one, is not the target's)
            Set<String> hopByHop = new HashSet<>(Set.of("connection", "keep-alive", "te", "trailer", "upgrade"));
            for (String h : head.subList(1, head.size())) {
                if (h.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                    for (String token : h.substring(h.indexOf(':') + 1).split(",")) {
                        hopByHop.add(token.trim().toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (String h : head.subList(1, head.size())) {
                String name = h.substring(0, Math.max(0, h.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
                if (!name.startsWith("proxy-") && !hopByHop.contains(name)) {
                    request.append(h).append("\r\n");
                }
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream up = upstream.getOutputStream();
            up.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            up.flush();
            // the body (if any) goes on while the answer comes back: the answer ends when the target closes
            threads.execute(() -> pump(in, upstream));
            InputStream answer = new BufferedInputStream(upstream.getInputStream());
            List<String> answerHead = readHead(answer);
            StringBuilder relayed = new StringBuilder();
            for (String h : answerHead) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (!lower.startsWith("connection:") && !lower.startsWith("keep-alive:")) {
                    relayed.append(h).append("\r\n");
                }
            }
            relayed.append("Connection: close\r\n\r\n");
            out.write(relayed.toString().getBytes(StandardCharsets.ISO_8859_1));
            answer.transferTo(out);
            out.flush();
        } finally {
            open.removeIf(Socket::isClosed);
        }
    }

    /** Copies what the client sends to the target until either side closes. */
    private static void pump(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        }
    }

    /** The lines of a message head, up to the empty line; empty when the connection closed first. */
    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n' && previous == '\r') {
                byte[] bytes = line.toByteArray();
                String text = new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
            previous = b;
        }
        return List.of();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (SocketException e) {
                // already closed
            }
        }
        threads.shutdownNow();
    }
}
