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

/**
 * An error answer of the service: HTTP status plus the {@code {"error":{code,message,param,type}}} body that the
 * official SDK can parse (it cannot read an error without the wrapper).
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String param;
    private final Integer retryAfterSeconds;

    public ApiException(int status, String code, String message, String param) {
        this(status, code, message, param, null);
    }

    public ApiException(int status, String code, String message, String param, Integer retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.param = param;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException invalid(String param, String message) {
        return new ApiException(400, "InvalidParameter", message, param);
    }

    public static ApiException missing(String param) {
        return new ApiException(400, "MissingParameter",
                "The request failed because it is missing the required parameter `" + param + "`.", param);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "ResourceNotFound", message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String param() {
        return param;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The {@code type} field: a coarse class derived from the status, as the service sends one beside the code. */
    public String type() {
        return typeFor(status);
    }

    static String typeFor(int status) {
        switch (status) {
            case 400: return "BadRequest";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "NotFound";
            case 405: return "MethodNotAllowed";
            case 413: return "RequestEntityTooLarge";
            case 429: return "TooManyRequests";
            case 503: return "ServiceUnavailable";
            default: return status >= 500 ? "InternalServerError" : "BadRequest";
        }
    }

    /** Default error code for a scripted status, so a bare {@code respond(503)} still looks like the service. */
    static String defaultCodeFor(int status) {
        switch (status) {
            case 400: return "InvalidParameter";
            case 401: return "AuthenticationError";
            case 403: return "AccessDenied";
            case 404: return "ResourceNotFound";
            case 429: return "RateLimitExceeded.EndpointRPMExceeded";
            case 503: return "ServerOverloaded";
            default: return "InternalServiceError";
        }
    }
}
