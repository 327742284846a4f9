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
