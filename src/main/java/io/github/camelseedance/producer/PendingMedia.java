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

import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.model.MediaRole;

/**
 * A medium that must go through the Asset Library before the create: a local file, bytes or a data URI. Its content
 * hash is read once, for both the request's fingerprint and the asset cache.
 */
final class PendingMedia {

    private final MediaRole role;
    private final AssetSource source;
    private String contentHash;
    private boolean hashed;

    PendingMedia(MediaRole role, AssetSource source) {
        this.role = role;
        this.source = source;
    }

    MediaRole role() {
        return role;
    }

    AssetSource source() {
        return source;
    }

    /** The SHA-256 of the bytes, or null for a source that can be read only once (a stream). */
    synchronized String contentHash() {
        if (!hashed) {
            contentHash = MediaStager.contentHash(source);
            hashed = true;
        }
        return contentHash;
    }
}
