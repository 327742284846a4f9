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
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A create request of either dialect, normalised: the official {@code content[]} and the OpenAI-style
 * {@code media[]} both end up here, with the JSON parameter names kept for error messages.
 */
final class TaskSpec {

    /** Which interface the request came in on; it decides which URL schemes media may use and the param names. */
    enum Dialect {
        /** {@code /api/v3/...} (BytePlus / Volcengine): asset://, https:// and data: URLs. */
        OFFICIAL,
        /** {@code /byteplus/api/v3/...} (PowerTokens): asset:// only. */
        POWERTOKENS,
        /** {@code /v1/videos} (PowerTokens OpenAI-style): asset:// only. */
        OPENAI
    }

    /** One medium; {@code param} is where it sits in the request, e.g. {@code content[1].image_url.url}. */
    static final class Media {
        final String role;
        final MediaKind kind;
        final String url;
        final String param;
        BufferedImage image; // resolved picture (asset or data: URI), for the first/last frame

        Media(String role, MediaKind kind, String url, String param) {
            this.role = role;
            this.kind = kind;
            this.url = url;
            this.param = param;
        }
    }

    Dialect dialect;
    String model;
    boolean contentPresent;
    String prompt;
    final List<Media> media = new ArrayList<>();
    String draftTaskId;
    String ratio;
    String resolution;
    Integer duration;
    Long seed;
    Integer frames;
    Boolean cameraFixed;
    Boolean watermark;
    Boolean generateAudio;
    Boolean returnLastFrame;
    String callbackUrl;
    String serviceTier;
    Long executionExpiresAfter;
    Integer priority;
    String safetyIdentifier;
    Boolean draft;
    JsonNode tools;

    String p(String official) {
        if (dialect != Dialect.OPENAI) {
            return official;
        }
        switch (official) {
            case "content": return "media";
            case "duration": return "seconds";
            case "resolution": return "size";
            default: return official;
        }
    }

    long count(String role) {
        return media.stream().filter(m -> role.equals(m.role)).count();
    }

    Media first(String role) {
        return media.stream().filter(m -> role.equals(m.role)).findFirst().orElse(null);
    }
}
