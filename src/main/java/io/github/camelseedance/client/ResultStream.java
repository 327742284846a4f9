package io.github.camelseedance.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * A result file being downloaded: the body as it arrives from the file host, never buffered whole. The caller reads
 * it and closes it, which gives the connection back.
 */
public final class ResultStream implements Closeable {

    private final URI url;
    private final InputStream body;
    private final long contentLength;
    private final String contentType;
    private final Closeable response;

    public ResultStream(URI url, InputStream body, long contentLength, String contentType, Closeable response) {
        this.url = url;
        this.body = body;
        this.contentLength = contentLength;
        this.contentType = contentType;
        this.response = response;
    }

    /** Where the file was finally served from (after redirects). */
    public URI url() {
        return url;
    }

    /** The body; reading past a short body fails rather than ending early. */
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

    @Override
    public void close() throws IOException {
        try {
            body.close();
        } finally {
            response.close();
        }
    }

    @Override
    public String toString() {
        return "ResultStream[" + url.getHost() + ", " + contentLength + " bytes, " + contentType + "]";
    }
}
