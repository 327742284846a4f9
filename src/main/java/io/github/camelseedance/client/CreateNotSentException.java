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

import java.time.Instant;

/**
 * A create was not sent because the time it had to be sent by passed while it waited (for the account's rate-limit
 * slot, or before a retry of a refusal): nothing was created and nothing is paid for.
 */
public class CreateNotSentException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    private final Instant notAfter;

    public CreateNotSentException(Instant notAfter) {
        super(new ErrorDetails(0, "NotSent", "the create was not sent: it was still waiting to be sent at " + notAfter
                + ", the latest it could be sent; nothing was created", null, null, null), null);
        this.notAfter = notAfter;
    }

    /** The latest time the create could have been sent. */
    public Instant getNotAfter() {
        return notAfter;
    }
}
