package io.github.camelseedance.client;

import java.util.Locale;
import java.util.Map;

import io.github.camelseedance.model.MediaKind;
import io.github.camelseedance.model.MediaSignature;

/** The media types the Asset Library takes, known by file extension; their bytes are recognised by MediaSignature. */
final class MediaTypes {

    static final String ALLOWED = MediaSignature.formats(null);

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("webp", "image/webp"), Map.entry("bmp", "image/bmp"), Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"), Map.entry("gif", "image/gif"), Map.entry("heic", "image/heic"),
            Map.entry("heif", "image/heif"),
            Map.entry("mp4", "video/mp4"), Map.entry("mov", "video/quicktime"),
            Map.entry("wav", "audio/wav"), Map.entry("mp3", "audio/mpeg"));

    private MediaTypes() {
    }

    static String fromFileName(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static boolean isSupported(String contentType) {
        return contentType != null && BY_EXTENSION.containsValue(base(contentType));
    }

    static MediaKind kindOf(String contentType) {
        String type = base(contentType);
        if (type.startsWith("image/")) {
            return MediaKind.IMAGE;
        }
        if (type.startsWith("video/")) {
            return MediaKind.VIDEO;
        }
        return type.startsWith("audio/") ? MediaKind.AUDIO : null;
    }

    static String extensionOf(String contentType) {
        String type = base(contentType);
        return BY_EXTENSION.entrySet().stream().filter(e -> e.getValue().equals(type)).map(e -> "." + e.getKey())
                .sorted().findFirst().orElse("");
    }

    private static String base(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
