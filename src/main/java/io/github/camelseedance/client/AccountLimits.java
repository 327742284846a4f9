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

import java.util.Objects;

/**
 * The request rates of one account, shared by every client that uses its API key: all calls together, and the list
 * endpoint, which the provider limits more tightly (about one request per second).
 */
public record AccountLimits(RateLimiter requests, RateLimiter lists) {

    public AccountLimits {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(lists, "lists");
    }

    public static AccountLimits of(double requestsPerSecond, double listRequestsPerSecond) {
        return new AccountLimits(new RateLimiter(requestsPerSecond), new RateLimiter(listRequestsPerSecond));
    }

    public static AccountLimits unlimited() {
        return of(0, 0);
    }
}
