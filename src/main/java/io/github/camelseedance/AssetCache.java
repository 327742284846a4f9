package io.github.camelseedance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asset ids of media this component already uploaded, by content hash and group: asset ids are permanent, so the
 * same bytes are not uploaded twice while the component runs.
 */
final class AssetCache {

    private final Map<String, String> assetIds = new ConcurrentHashMap<>();

    String get(String contentHash, String groupId) {
        return assetIds.get(key(contentHash, groupId));
    }

    void put(String contentHash, String groupId, String assetId) {
        assetIds.put(key(contentHash, groupId), assetId);
    }

    void clear() {
        assetIds.clear();
    }

    private static String key(String contentHash, String groupId) {
        return contentHash + "|" + (groupId == null ? "" : groupId);
    }
}
