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

import java.net.URI;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Server-side checks of a create, in the order the service reports them: required fields, model, value ranges,
 * media combinations, media URLs (assets must exist and be ready; PowerTokens paths take assets only), and last
 * the prompt moderation.
 */
final class TaskValidator {

    static final Set<String> RATIOS = Set.of("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive");
    static final Set<String> RESOLUTIONS = Set.of("480p", "720p", "1080p");
    static final long SEED_MAX = 4294967295L;

    private final ModelRegistry models;
    private final AssetLibrary assets;
    private final Supplier<String> sensitiveMarker;

    TaskValidator(ModelRegistry models, AssetLibrary assets, Supplier<String> sensitiveMarker) {
        this.models = models;
        this.assets = assets;
        this.sensitiveMarker = sensitiveMarker;
    }

    void validate(TaskSpec s) {
        if (s.model == null || s.model.isBlank()) {
            throw ApiException.missing("model");
        }
        if (!s.contentPresent) {
            throw ApiException.missing(s.p("content"));
        }
        ModelRegistry.Model model = models.get(s.model);
        if (model == null) {
            throw new ApiException(404, "ModelNotOpen", "Your account has not activated the model service " + s.model
                    + ". Please activate the model service in the console.", "model");
        }
        ranges(s);
        combinations(s);
        if (model.known()) {
            capabilities(s, model);
        }
        for (TaskSpec.Media m : s.media) {
            resolve(s, m);
        }
        String marker = sensitiveMarker.get();
        if (marker != null && !marker.isEmpty() && s.prompt != null
                && s.prompt.toLowerCase(Locale.ROOT).contains(marker.toLowerCase(Locale.ROOT))) {
            throw new ApiException(400, "InputTextSensitiveContentDetected",
                    "The request failed because the input text may contain sensitive information.", null);
        }
    }

    private static void ranges(TaskSpec s) {
        if (s.ratio != null && !RATIOS.contains(s.ratio)) {
            throw ApiException.invalid("ratio", "The parameter `ratio` specified in the request is not valid: " + s.ratio
                    + ".");
        }
        if (s.resolution != null && !RESOLUTIONS.contains(s.resolution)) {
            throw ApiException.invalid(s.p("resolution"), "The parameter `" + s.p("resolution")
                    + "` specified in the request is not valid: " + s.resolution + ".");
        }
        if (s.duration != null && s.duration != -1 && (s.duration < 4 || s.duration > 15)) {
            throw ApiException.invalid(s.p("duration"), "The parameter `" + s.p("duration")
                    + "` must be between 4 and 15, or -1.");
        }
        if (s.seed != null && (s.seed < -1 || s.seed > SEED_MAX)) {
            throw ApiException.invalid("seed", "The parameter `seed` must be between -1 and 4294967295.");
        }
        if (s.executionExpiresAfter != null && (s.executionExpiresAfter < 3600 || s.executionExpiresAfter > 259200)) {
            throw ApiException.invalid("execution_expires_after",
                    "The parameter `execution_expires_after` must be between 3600 and 259200.");
        }
        if (s.safetyIdentifier != null && s.safetyIdentifier.length() > 64) {
            throw ApiException.invalid("safety_identifier", "The parameter `safety_identifier` must be at most 64 characters.");
        }
        if (s.serviceTier != null && !Set.of("default", "flex").contains(s.serviceTier)) {
            throw ApiException.invalid("service_tier", "The parameter `service_tier` specified in the request is not valid: "
                    + s.serviceTier + ".");
        }
        if (s.callbackUrl != null) {
            try {
                URI u = URI.create(s.callbackUrl);
                if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("callback_url", "The parameter `callback_url` must be an http(s) URL.");
            }
        }
    }

    private static void combinations(TaskSpec s) {
        long first = s.count("first_frame");
        long last = s.count("last_frame");
        long images = s.count("reference_image");
        long videos = s.count("reference_video");
        long audios = s.count("reference_audio");
        if (first > 1) {
            throw ApiException.invalid(s.media.stream().filter(m -> m.role.equals("first_frame")).skip(1).findFirst()
                    .get().param,
                    "Only one first_frame image is allowed.");
        }
        if (last > 1) {
            throw ApiException.invalid(s.media.stream().filter(m -> m.role.equals("last_frame")).skip(1).findFirst()
                    .get().param,
                    "Only one last_frame image is allowed.");
        }
        if (last > 0 && first == 0) {
            throw ApiException.invalid(s.first("last_frame").param, "A last_frame image requires a first_frame image.");
        }
        if (first + last > 0 && images + videos + audios > 0) {
            throw ApiException.invalid(s.p("content"),
                    "first_frame/last_frame images cannot be combined with reference images, videos or audios.");
        }
        if (images > 9) {
            throw ApiException.invalid(s.p("content"), "At most 9 reference images are allowed, got " + images + ".");
        }
        if (videos > 3) {
            throw ApiException.invalid(s.p("content"), "At most 3 reference videos are allowed, got " + videos + ".");
        }
        if (audios > 3) {
            throw ApiException.invalid(s.p("content"), "At most 3 reference audios are allowed, got " + audios + ".");
        }
        if (audios > 0 && images + videos == 0) {
            throw ApiException.invalid(s.first("reference_audio").param,
                    "Audio cannot be the only reference medium: add a reference image or video.");
        }
    }

    /** Checks that depend on what a known Seedance 2.0 model can do. */
    private static void capabilities(TaskSpec s, ModelRegistry.Model model) {
        if ("1080p".equals(s.resolution)) {
            if (model.fast()) {
                throw ApiException.invalid(s.p("resolution"), "The model " + model.id() + " supports at most 720p.");
            }
            if (s.media.isEmpty()) {
                throw ApiException.invalid(s.p("resolution"), "Text-to-video supports at most 720p.");
            }
        }
        if (s.frames != null) {
            throw ApiException.invalid("frames", "The parameter `frames` is not supported by " + model.id() + ".");
        }
        if (s.cameraFixed != null) {
            throw ApiException.invalid("camera_fixed", "The parameter `camera_fixed` is not supported by " + model.id() + ".");
        }
        if (Boolean.TRUE.equals(s.draft) || s.draftTaskId != null) {
            throw ApiException.invalid("draft", "Draft mode is not supported by " + model.id() + ".");
        }
        if ("flex".equals(s.serviceTier)) {
            throw ApiException.invalid("service_tier", "The service tier `flex` is not supported by " + model.id() + ".");
        }
    }

    private void resolve(TaskSpec s, TaskSpec.Media m) {
        String url = m.url;
        if (url.startsWith("asset://")) {
            String id = url.substring("asset://".length());
            AssetLibrary.Asset a = assets.readyAsset(id);
            if (a == null) {
                throw ApiException.invalid(m.param, "The asset `" + id + "` specified in `" + m.param
                        + "` does not exist or is not ready.");
            }
            if (!a.kind().fits(m.kind)) {
                throw ApiException.invalid(m.param, "The asset `" + id + "` is a " + a.kind().name().toLowerCase(Locale.ROOT)
                        + ", not a " + m.kind.name().toLowerCase(Locale.ROOT) + ".");
            }
            m.image = a.image();
            return;
        }
        if (s.dialect != TaskSpec.Dialect.OFFICIAL) {
            throw ApiException.invalid(m.param,
                    "Only asset:// URLs are accepted here: upload the file to the Asset Library first (got "
                    + abbreviate(url) + ").");
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            try {
                if (URI.create(url).getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid(m.param, "The URL in `" + m.param + "` is not valid.");
            }
            return; // never fetched: the emulator must not call real hosts
        }
        if (lower.startsWith("data:")) {
            if (m.kind != MediaKind.IMAGE) {
                throw ApiException.invalid(m.param, "data: URIs are only accepted for images.");
            }
            int comma = url.indexOf(',');
            if (comma < 0 || !url.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")
                    || !url.substring(5, comma).toLowerCase(Locale.ROOT).startsWith("image/")) {
                throw ApiException.invalid(m.param, "A data URI must look like data:image/<format>;base64,<data>.");
            }
            try {
                byte[] bytes = Base64.getDecoder().decode(url.substring(comma + 1).replaceAll("\\s", ""));
                if (bytes.length == 0) {
                    throw new IllegalArgumentException("empty");
                }
                m.image = AssetLibrary.decode(bytes);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid(m.param, "The base64 data in `" + m.param + "` is not valid.");
            }
            return;
        }
        throw ApiException.invalid(m.param, "The URL in `" + m.param + "` must be asset://, https:// or a data: URI.");
    }

    private static String abbreviate(String url) {
        return url.length() > 40 ? url.substring(0, 40) + "..." : url;
    }
}
