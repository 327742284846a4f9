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

import io.github.camelseedance.model.RedactedText;

/**
 * The root of the errors raised by the Seedance API or on the way to it. It carries what the server said: the HTTP
 * status, the error {@code code}, {@code message}, {@code param}, {@code type} and the request id, so that a route can
 * branch on the class (with {@code onException}) or on the code.
 */
public class SeedanceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;
    private final String errorMessage;
    private final String param;
    private final String type;
    private final String requestId;

    public SeedanceException(String message, Throwable cause) {
        this(new ErrorDetails(0, null, message, null, null, null), cause);
    }

    public SeedanceException(ErrorDetails details, Throwable cause) {
        this(describe(details), details, cause);
    }

    /** For subclasses whose message says more than the server's answer. */
    protected SeedanceException(String message, ErrorDetails details, Throwable cause) {
        super(message, cause);
        this.httpStatus = details.httpStatus();
        this.code = details.code();
        this.errorMessage = details.message();
        this.param = details.param();
        this.type = details.type();
        this.requestId = details.requestId();
    }

    static String describe(ErrorDetails d) {
        StringBuilder s = new StringBuilder();
        if (d.httpStatus() > 0) {
            s.append("HTTP ").append(d.httpStatus()).append(' ');
        }
        if (d.code() != null) {
            s.append(d.code()).append(": ");
        }
        s.append(d.message() == null ? "(no message)" : RedactedText.shorten(d.message(), 1000));
        if (d.param() != null) {
            s.append(" [param=").append(d.param()).append(']');
        }
        if (d.requestId() != null) {
            s.append(" [requestId=").append(d.requestId()).append(']');
        }
        return s.toString();
    }

    /** What the server said, to build a refined copy of this failure. */
    public ErrorDetails details() {
        return new ErrorDetails(httpStatus, code, errorMessage, param, type, requestId);
    }

    /** The HTTP status, or 0 when no answer came. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The provider's error code, for example {@code InvalidParameter}. */
    public String getCode() {
        return code;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public String getParam() {
        return param;
    }

    public String getType() {
        return type;
    }

    public String getRequestId() {
        return requestId;
    }
}
