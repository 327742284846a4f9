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
package io.github.camelseedance.model;

import java.util.Arrays;
import java.util.List;

/**
 * The one rule for the ids we put in a path or a query (task ids, asset ids, upload job ids): letters, digits,
 * {@code -}, {@code _} and {@code .}, at most {@value #MAX_LENGTH} characters, and never only dots. A dot-segment
 * ({@code .} or {@code ..}) would be normalised by servers and proxies into the collection or its parent, so that
 * {@code get ..} or {@code cancel ..} would reach another resource.
 */
public final class Ids {

    public static final int MAX_LENGTH = 128;
    public static final String ALLOWED = "1.." + MAX_LENGTH + " letters, digits, '-', '_' or '.', not only dots";

    private Ids() {
    }

    /** Whether {@code id} is safe as one path segment or query value. */
    public static boolean isValid(String id) {
        // checked on every call that names a task: a loop, where a regular expression allocated a matcher each time
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        boolean onlyDots = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
                              || c == '_' || c == '.';
            if (!allowed) {
                return false;
            }
            onlyDots &= c == '.';
        }
        return !onlyDots;
    }

    /** Answers {@code id} when it is valid, else refuses it naming {@code field}. */
    public static String check(String field, String id) {
        if (!isValid(id)) {
            throw new SeedanceValidationException(field, id, ALLOWED);
        }
        return id;
    }

    /** The ids of a comma-separated list (an option or header), trimmed, blanks dropped; not checked. */
    public static List<String> split(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
