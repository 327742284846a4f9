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
package io.github.camelseedance.emulator;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;

/**
 * The exchange every endpoint sees, so that no answer can leave a kept-alive connection in a bad state, whoever
 * sends it.
 *
 * <p>Before the response headers go out, the unread rest of the request body is read and dropped (up to
 * {@link #drainLimit} bytes per request in all). The JDK server itself drains only 64 KiB and otherwise closes the
 * connection right after the answer while the client is still sending; the peer then gets a reset and may lose the
 * answer it already had ({@code fixed content-length: 230, bytes received: 0}). A body beyond the limit, or one that
 * cannot be read, is answered with {@code Connection: close} so the client does not reuse the connection.
 *
 * <p>An answer cut short (fewer bytes than announced, or {@link #abort()} after a failure) closes the connection:
 * in JDK 17 closing a short fixed-length body leaves the connection open and the client waiting, and closing a
 * chunked one would send the last chunk and make the cut answer look whole.
 */
final class GuardedExchange extends HttpExchange {

    /** Makes {@code ExchangeImpl.close()} fail, which is its one path that closes the connection after headers. */
    private static final OutputStream FAILING = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("answer aborted");
        }

        @Override
        public void close() throws IOException {
            throw new IOException("answer aborted");
        }
    };

    private final HttpExchange delegate;
    private final long drainLimit;
    private RequestBody requestBody;
    private ResponseBody responseBody;
    private boolean headersSent;
    private volatile long declaredLength;
    private boolean complete;
    private boolean aborted;

    GuardedExchange(HttpExchange delegate, long drainLimit) {
        this.delegate = delegate;
        this.drainLimit = drainLimit;
    }

    /** True once the status line and headers are on their way: from then on a failure can only cut the answer. */
    synchronized boolean headersSent() {
        return headersSent;
    }

    @Override
    public synchronized void sendResponseHeaders(int status, long length) throws IOException {
        if (headersSent) {
            throw new IOException("headers already sent");
        }
        if (!settleRequestBody()) {
            getResponseHeaders().set("Connection", "close");
        }
        // counted as sent before the attempt: a failure half-way through the headers must close the connection too
        headersSent = true;
        declaredLength = length;
        delegate.sendResponseHeaders(status, length);
        complete = length == -1 || "HEAD".equalsIgnoreCase(getRequestMethod()) || status < 200 || status == 204
                || status == 304;
    }

    /** Reads and drops what the handler left of the request body; false if that was impossible or too much. */
    private boolean settleRequestBody() {
        String length = delegate.getRequestHeaders().getFirst("Content-Length");
        try {
            if (length != null && Long.parseLong(length.trim()) > drainLimit) {
                return false; // no point reading it: the connection is not kept anyway
            }
            return request().drain();
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Ends the exchange after a failure: an answer not yet started or not yet whole never reaches the client. */
    synchronized void abort() {
        if (complete || aborted) {
            return;
        }
        aborted = true;
        try {
            if (headersSent) {
                delegate.setStreams(null, FAILING);
            }
            delegate.close(); // before headers, the JDK server closes the connection by itself
        } catch (RuntimeException ignored) {
            // the connection is gone either way
        }
    }

    @Override
    public synchronized void close() {
        if (headersSent && !complete) {
            abort(); // closed before the announced bytes were written
        } else {
            delegate.close();
        }
    }

    private synchronized void completed() {
        complete = true;
    }

    private synchronized RequestBody request() {
        if (requestBody == null) {
            requestBody = new RequestBody(delegate.getRequestBody());
        }
        return requestBody;
    }

    @Override
    public InputStream getRequestBody() {
        return request();
    }

    @Override
    public synchronized OutputStream getResponseBody() {
        if (responseBody == null) {
            responseBody = new ResponseBody(delegate.getResponseBody());
        }
        return responseBody;
    }

    @Override
    public Headers getRequestHeaders() {
        return delegate.getRequestHeaders();
    }

    @Override
    public Headers getResponseHeaders() {
        return delegate.getResponseHeaders();
    }

    @Override
    public URI getRequestURI() {
        return delegate.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return delegate.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return delegate.getHttpContext();
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return delegate.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return delegate.getResponseCode();
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return delegate.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return delegate.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return delegate.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        delegate.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {
        throw new UnsupportedOperationException("the emulator's exchange keeps its own streams");
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return delegate.getPrincipal();
    }

    /**
     * The request body, counted. Closing it does not close the JDK's stream: that would drain only 64 KiB and make
     * the rest unreadable, so the drain before the answer could not keep the connection.
     */
    private final class RequestBody extends InputStream {
        private final InputStream in;
        private long consumed;
        private boolean eof;

        RequestBody(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (eof) {
                return -1;
            }
            int n = in.read(b, off, len);
            if (n < 0) {
                eof = true;
            } else {
                consumed += n;
            }
            return n;
        }

        /** Reads to the end unless more than the drain limit would have been read in all. */
        boolean drain() throws IOException {
            byte[] buf = new byte[64 * 1024];
            while (!eof) {
                if (consumed > drainLimit) {
                    return false;
                }
                read(buf, 0, buf.length);
            }
            return true;
        }

        @Override
        public void close() {
            // see the class comment
        }
    }

    /** The response body, counted so that a short one is recognised when it is closed. */
    private final class ResponseBody extends FilterOutputStream {
        private long written;
        private boolean closed;

        ResponseBody(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (declaredLength > 0 && written < declaredLength) {
                abort();
                throw new IOException("answer cut short: " + written + " of " + declaredLength + " bytes");
            }
            try {
                out.close(); // the JDK finishes the exchange and may reuse the connection
            } catch (IOException | RuntimeException e) {
                abort();
                throw e;
            }
            completed();
        }
    }
}
