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
package io.github.camelseedance.emulator;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API-key check. The quick start shows both {@code Authorization: KEY} and {@code Authorization: Bearer KEY}, so both
 * are accepted; anything else is 401 AuthenticationError. A known key whose account is overdue gets 403
 * AccountOverdueError on every authenticated request, as the provider answers until the bill is paid.
 */
final class Auth {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final Set<String> overdue = ConcurrentHashMap.newKeySet();

    void add(String key) {
        keys.add(key);
    }

    boolean remove(String key) {
        return keys.remove(key);
    }

    /** The key's account is overdue (true) or paid up (false). */
    void overdue(String key, boolean isOverdue) {
        if (isOverdue) {
            overdue.add(key);
        } else {
            overdue.remove(key);
        }
    }

    void clearOverdue() {
        overdue.clear();
    }

    /** "Bearer", "raw" or "none": recorded in the journal instead of the secret. */
    static String scheme(String header) {
        if (header == null || header.isBlank()) {
            return "none";
        }
        return header.regionMatches(true, 0, "Bearer ", 0, 7) ? "Bearer" : "raw";
    }

    /** The caller's key, or 401. */
    String require(Exchange.Req req) {
        String h = req.header("Authorization");
        if (h == null || h.isBlank()) {
            throw new ApiException(401, "AuthenticationError",
                    "The API key is missing. Send it in the Authorization header.", null);
        }
        String key = h.trim();
        if (key.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = key.substring(7).trim();
        }
        if (!keys.contains(key)) {
            throw new ApiException(401, "AuthenticationError", "The API key in the request is missing or invalid.", null);
        }
        if (overdue.contains(key)) {
            throw new ApiException(403, "AccountOverdueError",
                    "The request failed because your account has an overdue balance. Top up your account and retry.",
                    null);
        }
        return key;
    }
}
