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
