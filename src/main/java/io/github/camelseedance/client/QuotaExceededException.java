package io.github.camelseedance.client;

/** A quota is used up, for example more than about 120 queued tasks (HTTP 429 `QuotaExceeded`, `SetLimitExceeded`). */
public class QuotaExceededException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    public QuotaExceededException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
