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

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps a JSON create body of either dialect onto a {@link TaskSpec}, checking JSON types only (ranges and
 * combinations are the {@link TaskValidator}'s job). Unknown fields are ignored, as the service does.
 */
final class RequestParser {

    private static final List<String> IMAGE_ROLES = List.of("first_frame", "last_frame", "reference_image");

    private RequestParser() {
    }

    static TaskSpec official(JsonNode body, TaskSpec.Dialect dialect) {
        TaskSpec s = common(body, dialect);
        s.duration = integer(body, "duration");
        s.resolution = text(body, "resolution");
        s.frames = integer(body, "frames");
        s.cameraFixed = bool(body, "camera_fixed");
        s.callbackUrl = text(body, "callback_url");
        s.serviceTier = text(body, "service_tier");
        Long exp = longValue(body, "execution_expires_after");
        s.executionExpiresAfter = exp;
        s.priority = integer(body, "priority");
        s.draft = bool(body, "draft");
        s.tools = body.get("tools");
        JsonNode content = body.get("content");
        if (content == null || content.isNull()) {
            return s;
        }
        if (!content.isArray()) {
            throw ApiException.invalid("content", "The parameter `content` must be an array.");
        }
        s.contentPresent = content.size() > 0;
        int roleless = 0;
        for (int i = 0; i < content.size(); i++) {
            JsonNode item = content.get(i);
            String at = "content[" + i + "]";
            String type = item.path("type").asText("");
            switch (type) {
                case "text":
                    addPrompt(s, item.get("text"), at + ".text");
                    break;
                case "image_url":
                case "video_url":
                case "audio_url": {
                    JsonNode urlNode = item.path(type).get("url");
                    if (urlNode == null || !urlNode.isTextual() || urlNode.asText().isEmpty()) {
                        throw ApiException.missing(at + "." + type + ".url");
                    }
                    String role = item.hasNonNull("role") ? item.get("role").asText() : null;
                    MediaKind kind = type.equals("image_url") ? MediaKind.IMAGE : type.equals("video_url") ? MediaKind.VIDEO
                            : MediaKind.AUDIO;
                    if (role == null) {
                        // the service's defaults: one bare image is the first frame, a second one the last frame
                        role = kind == MediaKind.IMAGE ? (roleless++ == 0 ? "first_frame" : "last_frame")
                                : kind == MediaKind.VIDEO ? "reference_video" : "reference_audio";
                    }
                    boolean roleFits = kind == MediaKind.IMAGE ? IMAGE_ROLES.contains(role)
                            : kind == MediaKind.VIDEO ? "reference_video".equals(role) : "reference_audio".equals(role);
                    if (!roleFits) {
                        throw ApiException.invalid(at + ".role", "The role `" + role + "` is not valid for content type `"
                                + type + "`.");
                    }
                    s.media.add(new TaskSpec.Media(role, kind, urlNode.asText(), at + "." + type + ".url"));
                    break;
                }
                case "draft_task":
                    s.draftTaskId = item.path("draft_task").path("id").asText(null);
                    break;
                default:
                    throw ApiException.invalid(at + ".type", "The content type `" + type + "` is not supported.");
            }
        }
        return s;
    }

    static TaskSpec openAi(JsonNode body) {
        TaskSpec s = common(body, TaskSpec.Dialect.OPENAI);
        JsonNode seconds = body.get("seconds");
        if (seconds != null && !seconds.isNull()) {
            if (!seconds.isTextual()) {
                throw ApiException.invalid("seconds", "The parameter `seconds` must be a string such as \"5\".");
            }
            try {
                s.duration = Integer.parseInt(seconds.asText().trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("seconds", "The parameter `seconds` must be \"4\"..\"15\" or \"-1\".");
            }
        }
        s.resolution = text(body, "size");
        JsonNode media = body.get("media");
        if (media == null || media.isNull()) {
            return s;
        }
        if (!media.isArray()) {
            throw ApiException.invalid("media", "The parameter `media` must be an array.");
        }
        s.contentPresent = media.size() > 0;
        for (int i = 0; i < media.size(); i++) {
            JsonNode item = media.get(i);
            String at = "media[" + i + "]";
            String type = item.path("type").asText("");
            if ("text".equals(type)) {
                addPrompt(s, item.get("text"), at + ".text");
                continue;
            }
            MediaKind kind;
            switch (type) {
                case "first_frame":
                case "last_frame":
                case "reference_image":
                    kind = MediaKind.IMAGE;
                    break;
                case "reference_video":
                    kind = MediaKind.VIDEO;
                    break;
                case "reference_audio":
                    kind = MediaKind.AUDIO;
                    break;
                default:
                    throw ApiException.invalid(at + ".type", "The media type `" + type + "` is not supported.");
            }
            JsonNode url = item.get("url");
            if (url == null || !url.isTextual() || url.asText().isEmpty()) {
                throw ApiException.missing(at + ".url");
            }
            s.media.add(new TaskSpec.Media(type, kind, url.asText(), at + ".url"));
        }
        return s;
    }

    private static TaskSpec common(JsonNode body, TaskSpec.Dialect dialect) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid(null, "The request body must be a JSON object.");
        }
        TaskSpec s = new TaskSpec();
        s.dialect = dialect;
        s.model = text(body, "model");
        s.ratio = text(body, "ratio");
        s.seed = longValue(body, "seed");
        s.watermark = bool(body, "watermark");
        s.generateAudio = bool(body, "generate_audio");
        s.returnLastFrame = bool(body, "return_last_frame");
        s.safetyIdentifier = text(body, "safety_identifier");
        return s;
    }

    private static void addPrompt(TaskSpec s, JsonNode text, String param) {
        if (text == null || !text.isTextual()) {
            throw ApiException.missing(param);
        }
        s.prompt = s.prompt == null ? text.asText() : s.prompt + "\n" + text.asText();
    }

    static String text(JsonNode body, String name) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ApiException.invalid(name, "The parameter `" + name + "` must be a string.");
        }
        return n.asText();
    }

    static Integer integer(JsonNode body, String name) {
        Long v = longValue(body, name);
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw ApiException.invalid(name, "The parameter `" + name + "` is out of range.");
        }
        return v.intValue();
    }

    static Long longValue(JsonNode body, String name) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw ApiException.invalid(name, "The parameter `" + name + "` must be an integer.");
        }
        return n.asLong();
    }

    static Boolean bool(JsonNode body, String name) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw ApiException.invalid(name, "The parameter `" + name + "` must be a boolean.");
        }
        return n.asBoolean();
    }
}
