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

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A result file being downloaded: the body as it arrives from the file host, never buffered whole. The caller reads
 * it and closes it (closing the body closes this too): a body read to its end gives the connection back to the pool;
 * one closed before its end aborts the download, so that the connection is discarded rather than drained through the
 * rest of a large video.
 */
public final class ResultStream implements Closeable {

    private final URI url;
    private final InputStream body;
    private final InputStream content;
    private final long contentLength;
    private final String contentType;
    private final Closeable response;
    private final Closeable abort;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean ended;
    private long read;

    /** A result whose connection is given back by closing {@code response}, read or not. */
    public ResultStream(URI url, InputStream body, long contentLength, String contentType, Closeable response) {
        this(url, body, contentLength, contentType, response, response);
    }

    /**
     * @param response closes a response read to its end: the connection goes back to the pool
     * @param abort    ends a response not read to its end without reading the rest: the connection is discarded
     */
    public ResultStream(URI url, InputStream body, long contentLength, String contentType, Closeable response,
                        Closeable abort) {
        this.url = url;
        this.content = body;
        this.contentLength = contentLength;
        this.contentType = contentType;
        this.response = response;
        this.abort = abort;
        this.body = new FilterInputStream(body) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                counted(b < 0 ? -1 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                counted(n);
                return n;
            }

            @Override
            public void close() throws IOException {
                ResultStream.this.close();
            }
        };
    }

    /** Notes what a read gave: the body ends at -1, or once the announced length was read. */
    private void counted(int n) {
        if (n < 0) {
            ended = true;
            return;
        }
        read += n;
        if (contentLength >= 0 && read >= contentLength) {
            ended = true;
        }
    }

    /** Where the file was finally served from (after redirects). */
    public URI url() {
        return url;
    }

    /** The body; reading past a short body fails rather than ending early. Closing it closes this result. */
    public InputStream body() {
        return body;
    }

    /** The announced length in bytes, or -1 when the host did not announce one. */
    public long contentLength() {
        return contentLength;
    }

    public String contentType() {
        return contentType;
    }

    /** Gives the connection back when the body was read to its end, and aborts the download otherwise; once. */
    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (!ended) {
            abort.close();
            return;
        }
        try {
            content.close();
        } finally {
            response.close();
        }
    }

    @Override
    public String toString() {
        return "ResultStream[" + url.getHost() + ", " + contentLength + " bytes, " + contentType + "]";
    }
}
