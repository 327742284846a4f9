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
import java.util.Locale;
import java.util.stream.Collectors;

/** The role of a medium in a generation; it decides the generation mode. */
public enum MediaRole {
    FIRST_FRAME("first_frame", MediaKind.IMAGE),
    LAST_FRAME("last_frame", MediaKind.IMAGE),
    REFERENCE_IMAGE("reference_image", MediaKind.IMAGE),
    REFERENCE_VIDEO("reference_video", MediaKind.VIDEO),
    REFERENCE_AUDIO("reference_audio", MediaKind.AUDIO);

    private final String wireName;
    private final MediaKind kind;

    MediaRole(String wireName, MediaKind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    public String wireName() {
        return wireName;
    }

    public MediaKind kind() {
        return kind;
    }

    public boolean isFrame() {
        return this == FIRST_FRAME || this == LAST_FRAME;
    }

    /** Reads a role by its wire name ({@code first_frame}) or enum name ({@code FIRST_FRAME}). */
    public static MediaRole fromWire(String field, String value) {
        if (value != null) {
            String normalized = value.trim().toLowerCase(Locale.ROOT);
            for (MediaRole role : values()) {
                if (role.wireName.equals(normalized)) {
                    return role;
                }
            }
        }
        throw new SeedanceValidationException(field, value, allowedNames());
    }

    public static String allowedNames() {
        return Arrays.stream(values()).map(MediaRole::wireName).collect(Collectors.joining(", "));
    }
}
