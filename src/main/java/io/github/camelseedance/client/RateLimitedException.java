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

import java.time.Duration;

/**
 * Too many requests, or the service is overloaded (HTTP 429 {@code RateLimitExceeded.*}, {@code ServerOverloaded}).
 * Nothing was created; the server's {@code Retry-After}, when given, says when to come back.
 */
public class RateLimitedException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(ErrorDetails details, Duration retryAfter, Throwable cause) {
        super(details, cause);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for, or null. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
