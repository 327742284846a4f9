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
package io.github.camelseedance.runtime;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.model.SeedanceValidationException;

/**
 * The last errors the component's exchanges ended with, newest first, for the dev console: what an operator needs to
 * find the request at the provider (time, operation, code, HTTP status, request id), never the key.
 */
public final class RecentErrors {

    /** How many errors are kept. */
    public static final int SIZE = 20;

    /** One error; {@code code} is the provider's error code, or the exception's simple name. */
    public record RecentError(Instant time, String operation, String code, Integer httpStatus, String requestId,
            String message) {
    }

    private final Deque<RecentError> errors = new ArrayDeque<>(SIZE);

    /** Records how an exchange of {@code operation} ended at {@code time}. */
    public void record(Instant time, String operation, Throwable failure) {
        Throwable cause = SeedanceClient.causeOf(failure);
        RecentError error;
        if (cause instanceof SeedanceException e) {
            error = new RecentError(time, operation, e.getCode() != null ? e.getCode() : e.getClass().getSimpleName(),
                    e.getHttpStatus() > 0 ? e.getHttpStatus() : null, e.getRequestId(), e.getMessage());
        } else if (cause instanceof SeedanceValidationException e) {
            error = new RecentError(time, operation, "ValidationError:" + e.getField(), null, null, e.getMessage());
        } else {
            error = new RecentError(time, operation, cause.getClass().getSimpleName(), null, null, cause.getMessage());
        }
        synchronized (errors) {
            if (errors.size() == SIZE) {
                errors.removeLast();
            }
            errors.addFirst(error);
        }
    }

    /** The errors kept, newest first. */
    public List<RecentError> list() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }
}
