package io.github.camelseedance.client;

import java.util.Locale;
import java.util.Map;

import io.github.camelseedance.model.MediaKind;

/** The media types the Asset Library takes, known by file extension or by their first bytes. */
final class MediaTypes {

    static final String ALLOWED = "jpeg, png, webp, bmp, tiff, gif, heic images; mp4, mov videos; wav, mp3 audio";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("webp", "image/webp"), Map.entry("bmp", "image/bmp"), Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"), Map.entry("gif", "image/gif"), Map.entry("heic", "image/heic"),
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

    /** Recognises a medium by its signature, for bytes that came without a name. */
    static String sniff(byte[] b) {
        if (b == null || b.length < 12) {
            return null;
        }
        if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
            return "image/jpeg";
        }
        if (b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return "image/gif";
        }
        if (b[0] == 'B' && b[1] == 'M') {
            return "image/bmp";
        }
        if ((b[0] == 'I' && b[1] == 'I' && b[2] == 42) || (b[0] == 'M' && b[1] == 'M' && b[3] == 42)) {
            return "image/tiff";
        }
        if (b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F') {
            if (b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
                return "image/webp";
            }
            if (b[8] == 'W' && b[9] == 'A' && b[10] == 'V' && b[11] == 'E') {
                return "audio/wav";
            }
        }
        if (b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return b[8] == 'q' && b[9] == 't' ? "video/quicktime" : "video/mp4";
        }
        if ((b[0] == 'I' && b[1] == 'D' && b[2] == '3') || ((b[0] & 0xff) == 0xFF && (b[1] & 0xE0) == 0xE0)) {
            return "audio/mpeg";
        }
        return null;
    }
}
