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

import java.util.Locale;
import java.util.Map;

import io.github.camelseedance.model.MediaKind;
import io.github.camelseedance.model.MediaSignature;

/** The media types the Asset Library takes, known by file extension; their bytes are recognised by MediaSignature. */
public final class MediaTypes {

    static final String ALLOWED = MediaSignature.formats(null);

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", MediaSignature.JPEG), Map.entry("jpeg", MediaSignature.JPEG),
            Map.entry("png", MediaSignature.PNG), Map.entry("webp", MediaSignature.WEBP),
            Map.entry("bmp", MediaSignature.BMP), Map.entry("tif", MediaSignature.TIFF),
            Map.entry("tiff", MediaSignature.TIFF), Map.entry("gif", MediaSignature.GIF),
            Map.entry("heic", MediaSignature.HEIC), Map.entry("heif", "image/heif"),
            Map.entry("mp4", MediaSignature.MP4), Map.entry("mov", MediaSignature.MOV),
            Map.entry("wav", MediaSignature.WAV), Map.entry("mp3", MediaSignature.MP3));

    private MediaTypes() {
    }

    /** The media type a file name's extension stands for, or null when it is not one the Asset Library takes. */
    public static String fromFileName(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether the Asset Library takes this media type, its parameters aside. */
    public static boolean isSupported(String contentType) {
        return contentType != null && BY_EXTENSION.containsValue(base(contentType));
    }

    public static MediaKind kindOf(String contentType) {
        return MediaSignature.kindOf(contentType);
    }

    static String extensionOf(String contentType) {
        String type = base(contentType);
        return BY_EXTENSION.entrySet().stream().filter(e -> e.getValue().equals(type)).map(e -> "." + e.getKey())
                .sorted().findFirst().orElse("");
    }

    private static String base(String contentType) {
        return contentType == null ? "" : MediaSignature.baseType(contentType);
    }
}
