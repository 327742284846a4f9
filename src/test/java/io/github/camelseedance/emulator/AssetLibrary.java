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
package io.github.camelseedance.emulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

/**
 * The PowerTokens Asset Library: an upload gets a job id at once and its asset id becomes visible after the
 * configured delay on the emulator clock. Only size, hash, kind and (for images) a decoded picture are kept, which is
 * all the emulator needs to draw a first frame.
 */
public final class AssetLibrary {

    /** Up to this many bytes of an image upload are buffered for decoding; larger images are hashed only. */
    private static final int MAX_IMAGE_BYTES = 40 * 1024 * 1024;

    /** One uploaded file. {@code image} is null unless the upload was a decodable image. */
    public record Asset(String jobId, String assetId, String ownerKey, String groupId, String filename,
                        MediaKind kind, long size, String sha256, Instant uploadedAt, BufferedImage image) {
    }

    private final Map<String, Asset> byJob = new ConcurrentHashMap<>();
    private final Map<String, Asset> byAssetId = new ConcurrentHashMap<>();
    private final EmulatorClock clock;
    private volatile Duration readyAfter;

    AssetLibrary(EmulatorClock clock, Duration readyAfter) {
        this.clock = clock;
        this.readyAfter = readyAfter;
    }

    void readyAfter(Duration d) {
        this.readyAfter = d;
    }

    /** Streams one uploaded file: hashes everything, keeps bytes only while they look like an image. */
    Asset store(String ownerKey, String groupId, String filename, String contentType, InputStream body) throws IOException {
        MessageDigest sha = sha256();
        byte[] head = new byte[16];
        int headLen = 0;
        long size = 0;
        java.io.ByteArrayOutputStream keep = new java.io.ByteArrayOutputStream();
        boolean keeping = true;
        byte[] chunk = new byte[64 * 1024];
        for (int n; (n = body.read(chunk)) > 0; ) {
            sha.update(chunk, 0, n);
            if (headLen < head.length) {
                int c = Math.min(n, head.length - headLen);
                System.arraycopy(chunk, 0, head, headLen, c);
                headLen += c;
            }
            size += n;
            if (keeping) {
                if (size > MAX_IMAGE_BYTES || (headLen >= 12 && MediaKind.sniff(head, headLen, contentType,
                        filename) != MediaKind.IMAGE)) {
                    keeping = false;
                    keep = null;
                } else {
                    keep.write(chunk, 0, n);
                }
            }
        }
        MediaKind kind = MediaKind.sniff(head, headLen, contentType, filename);
        BufferedImage image = kind == MediaKind.IMAGE && keep != null ? decode(keep.toByteArray()) : null;
        String jobId = Ids.assetJob();
        Asset a = new Asset(jobId, Ids.asset(), ownerKey, groupId, filename, kind, size,
                HexFormat.of().formatHex(sha.digest()), clock.now(), image);
        byJob.put(jobId, a);
        byAssetId.put(a.assetId(), a);
        return a;
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            return img == null ? null : VideoRenderer.shrink(img, 640);
        } catch (IOException | RuntimeException e) {
            return null; // not decodable by ImageIO (webp, heic): the video falls back to a pattern
        }
    }

    /** Records the upload's {@code group_id} (which may arrive after the file part). */
    Asset withGroup(Asset a, String groupId) {
        if (groupId == null || groupId.isEmpty()) {
            return a;
        }
        Asset g = new Asset(a.jobId(), a.assetId(), a.ownerKey(), groupId, a.filename(), a.kind(), a.size(), a.sha256(),
                a.uploadedAt(), a.image());
        byJob.put(g.jobId(), g);
        byAssetId.put(g.assetId(), g);
        return g;
    }

    Asset byJob(String jobId) {
        return byJob.get(jobId);
    }

    /** The asset if it exists and is ready (its id is only revealed when ready, so earlier use is refused too). */
    Asset readyAsset(String assetId) {
        Asset a = byAssetId.get(assetId);
        return a != null && isReady(a) ? a : null;
    }

    boolean isReady(Asset a) {
        return !clock.now().isBefore(a.uploadedAt().plus(readyAfter));
    }

    public int size() {
        return byJob.size();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
