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

    private static final Set<String> KEYS = keys();

    private GenerationRequestReader() {
    }

    private static Set<String> keys() {
        Set<String> keys = new TreeSet<>(List.of("model", "prompt", "content", "tools"));
        GenerationParameter.ALL.forEach(p -> keys.add(p.officialName()));
        return keys;
    }

    public static GenerationRequest fromMap(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String name) || !KEYS.contains(name)) {
                throw new SeedanceValidationException("body." + key, key, "keys " + String.join(", ", KEYS));
            }
        }
        GenerationRequest.Builder b = GenerationRequest.builder()
                .model(ExactValues.convert("body.model", map.get("model"), String.class))
                .prompt(ExactValues.convert("body.prompt", map.get("prompt"), String.class))
                .tools(tools(map.get("tools")));
        for (GenerationParameter<?> p : GenerationParameter.ALL) {
            read(b, p, map.get(p.officialName()));
        }
        Object content = map.get("content");
        if (content != null) {
            readContent(b, content);
        }
        return b.build();
    }

    private static <T> void read(GenerationRequest.Builder b, GenerationParameter<T> p, Object value) {
        b.set(p, ExactValues.convert("body." + p.officialName(), value, p.type()));
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
