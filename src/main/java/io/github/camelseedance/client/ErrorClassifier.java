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

/** Turns an error answer into the exception class a route can branch on. */
public final class ErrorClassifier {

    private ErrorClassifier() {
    }

    /** A quota or a spending limit: it does not clear in seconds. */
    public static boolean isQuota(String code) {
        return code != null && (code.startsWith("QuotaExceeded") || code.startsWith("SetLimitExceeded"));
    }

    public static SeedanceException classify(ErrorDetails d, Duration retryAfter) {
        String code = d.code() == null ? "" : d.code();
        int status = d.httpStatus();
        if (code.endsWith("SensitiveContentDetected")) {
            return new SensitiveContentException(d, null);
        }
        if (status == 401 || code.startsWith("AuthenticationError")) {
            return new AuthenticationException(d, null);
        }
        if (status == 403 || code.startsWith("AccessDenied") || code.startsWith("AccountOverdue")) {
            return new PermissionDeniedException(d, null);
        }
        if (status == 404 || code.startsWith("ModelNotOpen") || code.contains("NotFound")) {
            return new NotFoundException(d, null);
        }
        if (isQuota(code)) {
            return new QuotaExceededException(d, null);
        }
        if (status == 429 || code.startsWith("RateLimitExceeded") || code.startsWith("ServerOverloaded")) {
            return new RateLimitedException(d, retryAfter, null);
        }
        if (status >= 500) {
            return new ServerErrorException(d, null);
        }
        if (status == 400 || status == 422 || code.startsWith("InvalidParameter") || code.startsWith("MissingParameter")) {
            return new InvalidParameterException(d, null);
        }
        return new SeedanceException(d, null);
    }
}
