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
import java.time.Instant;

import io.github.camelseedance.model.Task;

/**
 * What a client tells whoever measures it (the component's metrics), on the thread where it happened; each method
 * must return quickly and never throw. Every method does nothing by default, which is what {@link #NONE} does.
 * <p>
 * The operations named are {@code create}, {@code get}, {@code list}, {@code cancel}, {@code upload} (into the Asset
 * Library), {@code asset} (an upload job's asset id), {@code fetch} (a remote medium to upload) and {@code download}
 * (a result file).
 */
public interface ClientObserver {

    /** Observes nothing. */
    ClientObserver NONE = new ClientObserver() {
    };

    /** The status of an exchange that ended without an HTTP answer: a connection failure, a timeout. */
    int IO_ERROR = 0;

    /** One HTTP exchange (one attempt of a call) ended with {@code status}, or {@link #IO_ERROR}. */
    default void requestDone(String operation, int status, Duration duration) {
    }

    /** An attempt failed and the call will be sent again after a backoff. */
    default void retrying(String operation) {
    }

    /** A call waited this long for the account's rate limit (calls that did not wait are not reported). */
    default void rateLimitWaited(Duration wait) {
    }

    /** A create was answered with this task. */
    default void taskCreated(String taskId, String model, Instant at) {
    }

    /** A get or a list answered with this task, as the provider sees it now. */
    default void taskSeen(Task task, Instant at) {
    }
}
