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

import java.util.Locale;

/**
 * Refuses a medium by its first bytes before it is uploaded or sent: empty, of no recognised format, of the wrong
 * kind for its role, or not the type it was declared as (a content type, a file extension or a data: header).
 */
public final class MediaContentCheck {

    private MediaContentCheck() {
    }

    /**
     * @param field    the field a refusal names
     * @param name     the file name or a short description of the medium, never its data
     * @param head     the medium's first {@link MediaSignature#HEAD_BYTES} bytes, or all of them when it is shorter
     * @param declared the type the medium was declared as, or null
     * @param kind     the kind its role takes, or null for any
     * @return the type the bytes show
     */
    public static String check(String field, String name, byte[] head, String declared, MediaKind kind) {
        if (head.length == 0) {
            throw new SeedanceValidationException(field, name + " is empty", "a non-empty medium");
        }
        String type = MediaSignature.sniff(head);
        if (type == null) {
            throw new SeedanceValidationException(field, "not a recognised " + noun(kind) + ": " + name,
                    MediaSignature.formats(kind) + ", recognised by its first bytes");
        }
        if (kind != null && MediaSignature.kindOf(type) != kind) {
            throw new SeedanceValidationException(field, name + " is " + type, MediaSignature.formats(kind));
        }
        if (declared != null && !type.equals(MediaSignature.canonical(declared))) {
            throw new SeedanceValidationException(field, name + " is " + type + ", declared " + declared,
                    "a declared type (content type, file extension or data: header) that matches the bytes");
        }
        return type;
    }

    private static String noun(MediaKind kind) {
        return kind == null ? "medium" : kind.name().toLowerCase(Locale.ROOT);
    }
}
