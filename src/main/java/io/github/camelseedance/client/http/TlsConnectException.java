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
