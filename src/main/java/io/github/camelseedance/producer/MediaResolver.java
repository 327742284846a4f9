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
package io.github.camelseedance.producer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.client.MediaTypes;
import io.github.camelseedance.client.MediaUrlGuard;
import io.github.camelseedance.model.GenerationRequestValidator;
import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.Media;
import io.github.camelseedance.model.MediaKind;
import io.github.camelseedance.model.MediaRole;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.WrappedFile;

/**
 * Reads what a media header holds and tells apart what the server can take as it is ({@code asset://}, https, data
 * URIs where allowed) from what must be uploaded first (files, bytes, and on asset-only providers data URIs).
 */
final class MediaResolver {

    /**
     * Until uploaded, a pending medium stands in the request as this URL followed by its index among the pending
     * media, so that the mode rules can be checked and the staged asset later takes exactly its place.
     */
    static final String PLACEHOLDER = Media.ASSET_SCHEME + "pending-upload-";

    private final boolean assetsOnly;
    private final MediaUrlGuard urlGuard;

    MediaResolver(boolean assetsOnly, MediaUrlGuard urlGuard) {
        this.assetsOnly = assetsOnly;
        this.urlGuard = urlGuard;
    }

    /**
     * Resolves a value (one medium or a collection) into {@code media}, in order: ready media as they are, media to
     * upload as placeholders, each also added to {@code pending}.
     */
    void resolve(MediaRole role, Object value, List<Media> media, List<PendingMedia> pending) {
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                resolveOne(role, item, media, pending);
            }
        } else if (value instanceof Object[] items) {
            for (Object item : items) {
                resolveOne(role, item, media, pending);
            }
        } else {
            resolveOne(role, value, media, pending);
        }
    }

    private void resolveOne(MediaRole role, Object value, List<Media> media, List<PendingMedia> pending) {
        String field = GenerationRequestValidator.fieldOf(role);
        try {
            resolveOne(role, field, value, media, pending);
        } catch (SeedanceValidationException e) {
            if (e.getField().equals(field)) {
                throw e;
            }
            // a medium refused by the upload checks is named by the header it came from
            throw new SeedanceValidationException(field, e.getValue(), e.getAllowed());
        }
    }

    private void resolveOne(MediaRole role, String field, Object value, List<Media> media, List<PendingMedia> pending) {
        MediaKind kind = role.kind();
        if (value instanceof WrappedFile<?> wrapped) {
            value = wrapped.getFile();
        }
        if (value instanceof File file) {
            value = file.toPath();
        }
        if (value instanceof Path path) {
            if (!Files.isRegularFile(path)) {
                throw new SeedanceValidationException(field, path, "an existing file");
            }
            stage(media, pending, new PendingMedia(role, AssetSource.ofFile(path, null, kind)));
            return;
        }
        if (value instanceof byte[] bytes) {
            stage(media, pending, new PendingMedia(role, AssetSource.ofBytes(bytes, null, null, kind)));
            return;
        }
        if (!(value instanceof CharSequence)) {
            throw new SeedanceValidationException(field, value == null ? null : value.getClass().getName(),
                    "an asset id, asset://ID, an https URL, a data: URI, a File, a Path, a GenericFile or byte[]");
        }
        String text = value.toString().trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith(Media.ASSET_SCHEME)) {
            String id = text.substring(Media.ASSET_SCHEME.length());
            media.add(Media.asset(role, assetId(field, text, id)));
        } else if (lower.startsWith("data:")) {
            if (assetsOnly) {
                stage(media, pending, new PendingMedia(role, decodeDataUri(field, text, kind)));
            } else {
                media.add(new Media(role, text)); // the validator checks its header and first bytes
            }
        } else if (lower.startsWith("https://") || lower.startsWith("http://")) {
            if (assetsOnly) {
                // this provider takes Asset Library media only: fetch the URL and upload it, if it is safe to fetch
                stage(media, pending, new PendingMedia(role,
                        AssetSource.ofUrl(urlGuard.check(field, text), urlGuard.allowsPrivateHosts(), kind)));
            } else {
                media.add(new Media(role, text)); // the validator refuses http://
            }
        } else if (Ids.isValid(text) && MediaTypes.fromFileName(text) == null) {
            media.add(Media.asset(role, assetId(field, text, text)));
        } else {
            // any other scheme is refused, and a string never makes us read the local disk: files must be typed values
            throw new SeedanceValidationException(field, text, "asset://ID, an asset id (" + Ids.ALLOWED + "), an https "
                    + "URL or a data: URI; a local file must be given as a File, Path or GenericFile (for example simple "
                    + "${bodyAs(java.io.File)})");
        }
    }

    /** An asset id that is safe in a URL and cannot pass for a placeholder, which would take a staged medium's place. */
    private static String assetId(String field, String value, String id) {
        if (!Ids.isValid(id)) {
            throw new SeedanceValidationException(field, value, "asset://ID or a bare asset id, the id of " + Ids.ALLOWED);
        }
        if ((Media.ASSET_SCHEME + id).startsWith(PLACEHOLDER)) {
            throw new SeedanceValidationException(field, value, "an asset id that does not start with "
                    + PLACEHOLDER.substring(Media.ASSET_SCHEME.length()) + " (it marks media being uploaded)");
        }
        return id;
    }

    private static void stage(List<Media> media, List<PendingMedia> pending, PendingMedia upload) {
        media.add(new Media(upload.role(), PLACEHOLDER + pending.size()));
        pending.add(upload);
    }

    /** The index among the pending media that a placeholder stands for, or -1 for a real medium. */
    static int placeholderIndex(Media media) {
        return media.url().startsWith(PLACEHOLDER) ? Integer.parseInt(media.url().substring(PLACEHOLDER.length())) : -1;
    }

    private static AssetSource decodeDataUri(String field, String uri, MediaKind kind) {
        int comma = uri.indexOf(',');
        String header = comma < 0 ? "" : uri.substring(5, comma);
        if (comma < 0 || !header.toLowerCase(Locale.ROOT).endsWith(";base64")) {
            throw new SeedanceValidationException(field, uri, "data:<mime>;base64,<data>");
        }
        String mime = header.substring(0, header.length() - ";base64".length());
        try {
            byte[] bytes = Base64.getDecoder().decode(uri.substring(comma + 1));
            return AssetSource.ofBytes(bytes, null, mime, kind);
        } catch (IllegalArgumentException e) {
            if (e instanceof SeedanceValidationException sve) {
                throw sve;
            }
            throw new SeedanceValidationException(field, uri, "valid base64 data");
        }
    }
}
