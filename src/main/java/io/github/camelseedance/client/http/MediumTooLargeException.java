package io.github.camelseedance.client.http;

import java.io.IOException;

/** A remote medium of unannounced length passed the Asset Library's limit while being streamed. */
final class MediumTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    MediumTooLargeException(long limit) {
        super("the remote medium is larger than the Asset Library's limit of " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
