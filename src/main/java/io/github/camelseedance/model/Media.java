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

import java.util.Objects;

/**
 * One medium of a generation: its role and where the server finds it ({@code asset://ID}, {@code https://...} or
 * a {@code data:} URI).
 */
public record Media(MediaRole role, String url) {

    public static final String ASSET_SCHEME = "asset://";

    public Media {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(url, "url");
    }

    public static Media asset(MediaRole role, String assetId) {
        return new Media(role, ASSET_SCHEME + assetId);
    }

    public boolean isAsset() {
        return url.startsWith(ASSET_SCHEME);
    }

    public boolean isDataUri() {
        return url.regionMatches(true, 0, "data:", 0, 5);
    }

    @Override
    public String toString() {
        return role.wireName() + "=" + RedactedText.shorten(url);
    }
}
