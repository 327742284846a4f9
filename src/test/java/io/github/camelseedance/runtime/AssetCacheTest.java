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

import io.github.camelseedance.client.SeedanceClientConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The asset cache is bounded (Camel's LRU cache: the least recently stored ids go first); accounts stay apart. */
class AssetCacheTest {

    private static SeedanceClientConfig account(String key) {
        return SeedanceClientConfig.builder().baseUrl("https://api.example").apiKey(key).build();
    }

    @Test
    void theCacheIsBoundedAndTheOldestIdIsForgottenFirst() {
        AssetCache cache = new AssetCache(2);
        SeedanceClientConfig account = account("sk-a");
        cache.put(account, "hash-1", null, "asset-1");
        cache.put(account, "hash-2", null, "asset-2");
        cache.put(account, "hash-3", null, "asset-3");
        assertEquals(2, cache.size());
        assertNull(cache.get(account, "hash-1", null));
        assertEquals("asset-2", cache.get(account, "hash-2", null));
        assertEquals("asset-3", cache.get(account, "hash-3", null));
    }

    @Test
    void groupsAndAccountsAreKeptApart() {
        AssetCache cache = new AssetCache(10);
        cache.put(account("sk-a"), "hash", "group-1", "asset-1");
        assertNull(cache.get(account("sk-b"), "hash", "group-1"));
        assertNull(cache.get(account("sk-a"), "hash", "group-2"));
        assertNull(cache.get(account("sk-a"), "hash", null));
        assertEquals("asset-1", cache.get(account("sk-a"), "hash", "group-1"));
    }
}
