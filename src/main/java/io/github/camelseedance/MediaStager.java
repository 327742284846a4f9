package io.github.camelseedance;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.model.Asset;
import io.github.camelseedance.model.Media;
import io.github.camelseedance.model.SeedanceValidationException;

/**
 * Puts pending media through the Asset Library: uploads each (unless the same bytes were uploaded before to the same
 * group) and waits for the asset ids on the client's scheduler, without holding the caller's thread.
 */
final class MediaStager {

    private final SeedanceClient client;
    private final AssetCache cache;
    private final Duration pollInterval;
    private final Duration timeout;

    MediaStager(SeedanceClient client, AssetCache cache, Duration pollInterval, Duration timeout) {
        this.client = client;
        this.cache = cache;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    /** The media, in order, once every upload has its asset id. */
    CompletableFuture<List<Media>> stage(List<PendingMedia> pending, String groupId) {
        List<CompletableFuture<Media>> staged = new ArrayList<>();
        for (PendingMedia media : pending) {
            String hash = contentHash(media.source());
            String cached = hash == null ? null : cache.get(hash, groupId);
            if (cached != null) {
                staged.add(CompletableFuture.completedFuture(Media.asset(media.role(), cached)));
            } else {
                staged.add(upload(media.source(), groupId, hash).thenApply(asset -> Media.asset(media.role(), asset.assetId())));
            }
        }
        return CompletableFuture.allOf(staged.toArray(CompletableFuture[]::new))
                .thenApply(done -> staged.stream().map(CompletableFuture::join).toList());
    }

    /** Uploads one medium and waits for its asset id; remembers it for later stagings of the same bytes. */
    CompletableFuture<Asset> upload(AssetSource source, String groupId, String knownHash) {
        String uploadTaskId = client.upload(source, groupId).body();
        return client.awaitAsset(uploadTaskId, pollInterval, timeout).thenApply(asset -> {
            if (knownHash != null) {
                cache.put(knownHash, groupId, asset.assetId());
            }
            return asset;
        });
    }

    /** SHA-256 of a file's or byte array's content; null for a one-shot stream, which is never cached. */
    static String contentHash(AssetSource source) {
        if (!source.isRepeatable()) {
            return null;
        }
        try (InputStream in = open(source)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new SeedanceValidationException("file", source.fileName(), "a readable file (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(AssetSource source) throws IOException {
        return source.openForReading();
    }
}
