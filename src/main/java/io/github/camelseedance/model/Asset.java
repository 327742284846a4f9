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
