package io.github.camelseedance.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a whole request from a map with the official JSON names (as a route gets it from a JSON or YAML body):
 * {@code model}, {@code content[]} (or the shortcut {@code prompt}), {@code ratio}, {@code duration}, and so on. An
 * unknown key or a value of the wrong type is refused with the key named, so a typo never silently drops a paid
 * parameter.
 */
public final class GenerationRequestReader {

    private static final Set<String> KEYS = new TreeSet<>(List.of("model", "prompt", "content", "ratio", "duration",
            "resolution", "frames", "seed", "camera_fixed", "watermark", "generate_audio", "return_last_frame",
            "callback_url", "service_tier", "execution_expires_after", "priority", "safety_identifier", "draft",
            "tools"));

    private GenerationRequestReader() {
    }

    public static GenerationRequest fromMap(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String name) || !KEYS.contains(name)) {
                throw new SeedanceValidationException("body." + key, key, "keys " + String.join(", ", KEYS));
            }
        }
        GenerationRequest.Builder b = GenerationRequest.builder()
                .model(string(map, "model"))
                .prompt(string(map, "prompt"))
                .ratio(string(map, "ratio"))
                .duration(integer(map, "duration"))
                .resolution(string(map, "resolution"))
                .frames(integer(map, "frames"))
                .seed(longValue(map, "seed"))
                .cameraFixed(bool(map, "camera_fixed"))
                .watermark(bool(map, "watermark"))
                .generateAudio(bool(map, "generate_audio"))
                .returnLastFrame(bool(map, "return_last_frame"))
                .callbackUrl(string(map, "callback_url"))
                .serviceTier(string(map, "service_tier"))
                .executionExpiresAfter(longValue(map, "execution_expires_after"))
                .priority(integer(map, "priority"))
                .safetyIdentifier(string(map, "safety_identifier"))
                .draft(bool(map, "draft"))
                .tools(tools(map.get("tools")));
        Object content = map.get("content");
        if (content != null) {
            readContent(b, content);
        }
        return b.build();
    }

    private static void readContent(GenerationRequest.Builder b, Object content) {
        if (!(content instanceof Collection<?> items)) {
            throw new SeedanceValidationException("body.content", content, "a list of content items");
        }
        int index = 0;
        StringBuilder text = new StringBuilder();
        for (Object item : items) {
            String field = "body.content[" + index++ + "]";
            if (!(item instanceof Map<?, ?> entry)) {
                throw new SeedanceValidationException(field, item, "a map with a type");
            }
            String type = String.valueOf(entry.get("type"));
            switch (type) {
                case "text" -> text.append(text.length() == 0 ? "" : "\n").append(requireString(entry, field, "text"));
                case "draft_task" -> b.draftTaskId(requireString(nested(entry, field, "draft_task"), field, "id"));
                case "image_url", "video_url", "audio_url" -> {
                    String url = requireString(nested(entry, field, type), field + "." + type, "url");
                    b.media(roleOf(entry, field, type), url);
                }
                default -> throw new SeedanceValidationException(field + ".type", type,
                        "text, image_url, video_url, audio_url, draft_task");
            }
        }
        if (text.length() > 0) {
            b.prompt(text.toString());
        }
    }

    private static MediaRole roleOf(Map<?, ?> entry, String field, String type) {
        Object role = entry.get("role");
        if (role == null) {
            // a single image without a role is the first frame, as the server reads it
            if ("image_url".equals(type)) {
                return MediaRole.FIRST_FRAME;
            }
            throw new SeedanceValidationException(field + ".role", null, MediaRole.allowedNames());
        }
        MediaRole parsed = MediaRole.fromWire(field + ".role", String.valueOf(role));
        if (!parsed.kind().wireType().equals(type)) {
            throw new SeedanceValidationException(field + ".role", role, "a role of an " + type + " item");
        }
        return parsed;
    }

    private static Map<?, ?> nested(Map<?, ?> entry, String field, String key) {
        Object value = entry.get(key);
        if (value instanceof Map<?, ?> nested) {
            return nested;
        }
        throw new SeedanceValidationException(field + "." + key, value, "an object");
    }

    private static String requireString(Map<?, ?> map, String field, String key) {
        Object value = map.get(key);
        if (value instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new SeedanceValidationException(field + "." + key, value, "a non-blank string");
    }

    private static String string(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new SeedanceValidationException("body." + key, value, "a string");
    }

    private static Integer integer(Map<?, ?> map, String key) {
        Long value = longValue(map, key);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new SeedanceValidationException("body." + key, value, "a 32-bit integer");
        }
        return value.intValue();
    }

    private static Long longValue(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw new SeedanceValidationException("body." + key, value, "an integer");
    }

    private static Boolean bool(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf((String) value);
        }
        throw new SeedanceValidationException("body." + key, value, "true or false");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tools(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items && items.stream().allMatch(i -> i instanceof Map)) {
            List<Map<String, Object>> tools = new ArrayList<>();
            items.forEach(i -> tools.add((Map<String, Object>) i));
            return tools;
        }
        throw new SeedanceValidationException("body.tools", value, "a list of tool objects");
    }
}
