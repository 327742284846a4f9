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
