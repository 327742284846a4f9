package io.github.camelseedance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelseedance.client.SeedanceClientConfig;

/**
 * Asset ids of media this component already uploaded, by account and host (the client's configuration), content
 * hash and group: asset ids are permanent, so the same bytes are not uploaded twice while the component runs, and an
 * asset of one account is never offered to another.
 */
final class AssetCache {

    private record Key(SeedanceClientConfig owner, String contentHash, String groupId) {
    }

    private final Map<Key, String> assetIds = new ConcurrentHashMap<>();

    String get(SeedanceClientConfig owner, String contentHash, String groupId) {
        return assetIds.get(new Key(owner, contentHash, groupId == null ? "" : groupId));
    }

    void put(SeedanceClientConfig owner, String contentHash, String groupId, String assetId) {
        assetIds.put(new Key(owner, contentHash, groupId == null ? "" : groupId), assetId);
    }

    void clear() {
        assetIds.clear();
    }
}
