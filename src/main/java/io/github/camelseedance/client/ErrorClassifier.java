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
