package io.github.camelseedance;

import io.github.camelseedance.model.SeedanceValidationException;

/** Finds the refusal in what a route or Camel threw around it. */
final class Refusals {

    private Refusals() {
    }

    /** The {@link SeedanceValidationException} in the causes of {@code failure}; fails the test when there is none. */
    static SeedanceValidationException causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SeedanceValidationException refusal) {
                return refusal;
            }
        }
        throw new AssertionError("no SeedanceValidationException in " + failure, failure);
    }
}
