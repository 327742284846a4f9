package io.github.camelseedance.model;

import java.util.Objects;

/**
 * A medium in the Asset Library. Its id is permanent and is used as {@code asset://ID} in either dialect.
 *
 * @param assetId       the asset id
 * @param uploadTaskId  the id of the upload job that produced it, or null when the asset was given directly
 */
public record Asset(String assetId, String uploadTaskId) {

    public Asset {
        Objects.requireNonNull(assetId, "assetId");
    }

    public String url() {
        return Media.ASSET_SCHEME + assetId;
    }
}
