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
package io.github.camelseedance.runtime;

import java.util.Map;

import io.github.camelseedance.client.SeedanceClientConfig;
import org.apache.camel.support.LRUCacheFactory;

/**
 * Asset ids of media already uploaded, keyed by account and host (the client's configuration), content hash and
 * group: asset ids are permanent, so the same bytes are not uploaded twice while the component runs, and an asset of
 * one account is never offered to another. Bounded, with Camel's LRU cache: the least recently stored ids go first.
 */
public final class AssetCache {

    private record Key(SeedanceClientConfig owner, String contentHash, String groupId) {
    }

    private final Map<Key, String> assetIds;

    AssetCache(int maxSize) {
        this.assetIds = LRUCacheFactory.newLRUCache(maxSize);
    }

    public String get(SeedanceClientConfig owner, String contentHash, String groupId) {
        return assetIds.get(new Key(owner, contentHash, groupId == null ? "" : groupId));
    }

    public void put(SeedanceClientConfig owner, String contentHash, String groupId, String assetId) {
        assetIds.put(new Key(owner, contentHash, groupId == null ? "" : groupId), assetId);
    }

    public int size() {
        return assetIds.size();
    }

    public void clear() {
        assetIds.clear();
    }
}
