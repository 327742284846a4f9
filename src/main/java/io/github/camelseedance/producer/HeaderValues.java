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
package io.github.camelseedance.producer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.github.camelseedance.model.ExactValues;
import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.Message;

/**
 * Typed reads of override headers, with the exact conversions of {@link ExactValues}: a value that is not exactly
 * representable in the header's type is refused with the header named, never narrowed.
 */
final class HeaderValues {

    private HeaderValues() {
    }

    static <T> T get(Message message, String header, Class<T> type, T fallback) {
        T value = ExactValues.convert(header, message.getHeader(header), type);
        // a blank text header is no override
        return value == null || value instanceof String s && s.isBlank() ? fallback : value;
    }

    /** A header that may hold one id, a comma-separated string of ids or a collection of ids; each id is checked. */
    static List<String> ids(Message message, String header, List<String> fallback) {
        return ids(header, message.getHeader(header), fallback);
    }

    /** Ids in a value (one id, a comma-separated string or a collection), each checked, refusals naming {@code field}. */
    static List<String> ids(String header, Object value, List<String> fallback) {
        if (value == null) {
            return fallback;
        }
        List<String> ids = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                ids.add(ExactValues.convert(header, item, String.class));
            }
        } else if (value instanceof String s) {
            ids.addAll(Ids.split(s));
        } else {
            throw new SeedanceValidationException(header, value, "a comma-separated string or a collection of task ids");
        }
        ids.forEach(id -> Ids.check(header, id));
        return ids;
    }
}
