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
package io.github.camelseedance.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.github.camelseedance.model.MediaContentCheck;
import io.github.camelseedance.model.MediaKind;
import io.github.camelseedance.model.MediaSignature;
import io.github.camelseedance.model.SeedanceValidationException;

/**
 * The Asset Library's documented limits that can be checked before an upload: type (declared and shown by the first
 * bytes), size and, for images that the JDK can read, the pixel dimensions and aspect ratio (read from the header, not
 * by decoding the image).
 */
public final class AssetChecks {

    static final long MAX_IMAGE_BYTES = 30L * 1024 * 1024;
    static final long MAX_VIDEO_BYTES = 50L * 1024 * 1024;
    static final long MAX_AUDIO_BYTES = 15L * 1024 * 1024;
    static final int MIN_SIDE = 300;
    static final int MAX_SIDE = 6000;
    static final double MIN_ASPECT = 0.4;
    static final double MAX_ASPECT = 2.5;

    private AssetChecks() {
    }

    /**
     * Checks a medium's first bytes against its declared type (null: none) and the kind its role takes (null: any);
     * answers the type to upload it as, the declared one or else the one the bytes show.
     */
    static String checkContent(String name, byte[] head, String declared, MediaKind expected) {
        if (declared != null && !MediaTypes.isSupported(declared)) {
            throw new SeedanceValidationException("contentType", declared + " (" + name + ")", MediaTypes.ALLOWED);
        }
        // neither declared nor recognised: what is missing is the type
        boolean typeUnknown = declared == null && head.length > 0 && MediaSignature.sniff(head) == null;
        String shown = MediaContentCheck.check(typeUnknown ? "contentType" : "file", name, head, declared, expected);
        return declared != null ? declared : shown;
    }

    static void check(AssetSource source) {
        if (!MediaTypes.isSupported(source.contentType())) {
            throw new SeedanceValidationException("contentType", source.contentType() + " (" + source.fileName() + ")",
                    MediaTypes.ALLOWED);
        }
        MediaKind kind = source.kind();
        checkKind(source.fileName(), source.contentType(), source.expectedKind());
        long max = maxBytes(kind);
        if (source.size() == 0 || source.size() > max) { // -1: a stream of unknown length, checked by the server
            throw new SeedanceValidationException("file", source.fileName() + " of " + source.size() + " bytes",
                    "a non-empty " + kind.name().toLowerCase() + " of at most " + max / (1024 * 1024) + " MB");
        }
        if (kind == MediaKind.IMAGE) {
            checkImageDimensions(source);
        }
    }

    /** Refuses a declared type of another kind than the role takes ({@code expected}; null: any). */
    static void checkKind(String name, String type, MediaKind expected) {
        if (expected != null && MediaTypes.kindOf(type) != expected) {
            throw new SeedanceValidationException("file", name + " is " + type, MediaSignature.formats(expected));
        }
    }

    /** The Asset Library's size limit for a kind of media. */
    public static long maxBytes(MediaKind kind) {
        return switch (kind) {
            case IMAGE -> MAX_IMAGE_BYTES;
            case VIDEO -> MAX_VIDEO_BYTES;
            case AUDIO -> MAX_AUDIO_BYTES;
        };
    }

    private static void checkImageDimensions(AssetSource source) {
        int width;
        int height;
        try (InputStream in = source.open(); ImageInputStream image = in == null ? null : ImageIO.createImageInputStream(in)) {
            if (image == null) {
                return;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(image);
            if (!readers.hasNext()) {
                return; // webp, heic: the JDK cannot read them; the server judges
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(image, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new SeedanceValidationException("file", source.fileName(), "a readable image (" + e.getMessage() + ")");
        }
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new SeedanceValidationException("file", source.fileName() + " of " + width + "x" + height + " px",
                    "images with each side " + MIN_SIDE + ".." + MAX_SIDE + " px");
        }
        double aspect = (double) width / height;
        if (aspect < MIN_ASPECT || aspect > MAX_ASPECT) {
            throw new SeedanceValidationException("file", source.fileName() + " of " + width + "x" + height + " px",
                    "images with an aspect ratio (width/height) of " + MIN_ASPECT + ".." + MAX_ASPECT);
        }
    }
}
