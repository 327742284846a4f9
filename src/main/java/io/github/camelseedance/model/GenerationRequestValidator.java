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

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Checks a request against the documented limits before anything is sent, so bad input costs nothing. Every refusal
 * names the field, the value and what is allowed. Checks that depend on the model's capabilities run only for known
 * models and can be switched off for models and providers we do not know.
 */
public final class GenerationRequestValidator {

    public static final int MAX_REFERENCE_IMAGES = 9;
    public static final int MAX_REFERENCE_VIDEOS = 3;
    public static final int MAX_REFERENCE_AUDIOS = 3;
    public static final int MAX_MEDIA = 12;
    public static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    private final boolean capabilityChecks;

    /**
     * @param capabilityChecks whether to apply the known models' capabilities (for example 720p at most on the fast
     *                         model); unknown model ids skip them anyway
     */
    public GenerationRequestValidator(boolean capabilityChecks) {
        this.capabilityChecks = capabilityChecks;
    }

    public GenerationRequest validate(GenerationRequest request) {
        if (request.model() == null || request.model().isBlank()) {
            throw new SeedanceValidationException("model", request.model(), "a model id such as dreamina-seedance-2-0-260128");
        }
        boolean hasPrompt = request.prompt() != null && !request.prompt().isBlank();
        if (!hasPrompt && request.media().isEmpty() && request.draftTaskId() == null) {
            throw new SeedanceValidationException("prompt", request.prompt(), "a non-blank prompt or at least one medium");
        }
        checkParameters(request);
        checkMedia(request.media());
        checkBodySize(request);
        if (capabilityChecks) {
            checkCapabilities(request);
        }
        return request;
    }

    private static void checkParameters(GenerationRequest r) {
        r.parameters().forEach(GenerationRequestValidator::check);
    }

    private static <T> void check(GenerationParameter<T> parameter, Object value) {
        parameter.check(parameter.cast(value));
    }

    private static void checkMedia(List<Media> media) {
        long firstFrames = count(media, MediaRole.FIRST_FRAME);
        long lastFrames = count(media, MediaRole.LAST_FRAME);
        long images = count(media, MediaRole.REFERENCE_IMAGE);
        long videos = count(media, MediaRole.REFERENCE_VIDEO);
        long audios = count(media, MediaRole.REFERENCE_AUDIO);
        if (firstFrames > 1) {
            throw new SeedanceValidationException("firstFrame", firstFrames + " first frames", "at most one first frame");
        }
        if (lastFrames > 1) {
            throw new SeedanceValidationException("lastFrame", lastFrames + " last frames", "at most one last frame");
        }
        if (lastFrames == 1 && firstFrames == 0) {
            throw new SeedanceValidationException("lastFrame", "a last frame without a first frame",
                    "a last frame only together with a first frame");
        }
        if (firstFrames + lastFrames > 0 && images + videos + audios > 0) {
            throw new SeedanceValidationException("media", "frames mixed with references",
                    "either first/last frames or reference images/videos/audios, not both");
        }
        if (images > MAX_REFERENCE_IMAGES) {
            throw new SeedanceValidationException("referenceImages", images + " images", "1.." + MAX_REFERENCE_IMAGES);
        }
        if (videos > MAX_REFERENCE_VIDEOS) {
            throw new SeedanceValidationException("referenceVideos", videos + " videos", "at most " + MAX_REFERENCE_VIDEOS);
        }
        if (audios > MAX_REFERENCE_AUDIOS) {
            throw new SeedanceValidationException("referenceAudios", audios + " audios", "at most " + MAX_REFERENCE_AUDIOS);
        }
        if (audios > 0 && images + videos == 0) {
            throw new SeedanceValidationException("referenceAudios", "audio without an image or a video",
                    "reference audio only beside at least one reference image or video");
        }
        if (media.size() > MAX_MEDIA) {
            throw new SeedanceValidationException("media", media.size() + " media", "at most " + MAX_MEDIA);
        }
        for (Media m : media) {
            checkMediaUrl(m);
        }
    }

    private static void checkMediaUrl(Media m) {
        String field = fieldOf(m.role());
        String url = m.url();
        if (url.startsWith(Media.ASSET_SCHEME)) {
            if (!Ids.isValid(url.substring(Media.ASSET_SCHEME.length()))) {
                throw new SeedanceValidationException(field, url, "asset://<asset id>, the id of " + Ids.ALLOWED);
            }
            return;
        }
        if (m.isDataUri()) {
            checkDataUri(field, m);
            return;
        }
        if (url.regionMatches(true, 0, "https://", 0, 8)) {
            try {
                if (new URI(url).getHost() != null) {
                    return;
                }
            } catch (URISyntaxException e) {
                // refused below
            }
        }
        throw new SeedanceValidationException(field, url, "asset://<asset id>, an https:// URL or a data: URI");
    }

    private static void checkDataUri(String field, Media m) {
        String url = m.url();
        int comma = url.indexOf(',');
        String header = comma < 0 ? "" : url.substring(5, comma).toLowerCase(Locale.ROOT);
        String expected = m.role().kind().name().toLowerCase(Locale.ROOT) + "/";
        if (comma < 0 || !header.endsWith(";base64") || !header.startsWith(expected)) {
            throw new SeedanceValidationException(field, url, "data:" + expected + "<subtype>;base64,<data>");
        }
        if (!isBase64(url, comma + 1)) {
            throw new SeedanceValidationException(field, url, "base64 data after the comma of a data: URI");
        }
        String mime = header.substring(0, header.indexOf(';'));
        MediaContentCheck.check(field, "a data:" + mime + " URI", decodedHead(url, comma + 1), mime, m.role().kind());
    }

    /** The first bytes of a base64 payload, decoded from a short prefix rather than the whole (often large) payload. */
    private static byte[] decodedHead(String text, int from) {
        int chars = (MediaSignature.HEAD_BYTES + 2) / 3 * 4;
        return Base64.getDecoder().decode(text.substring(from, Math.min(text.length(), from + chars)));
    }

    private static boolean isBase64(String text, int from) {
        int length = text.length() - from;
        if (length == 0 || length % 4 != 0) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean padding = c == '=' && i >= text.length() - 2;
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || padding)) {
                return false;
            }
        }
        return true;
    }

    private static void checkBodySize(GenerationRequest r) {
        long size = 4096 + (r.prompt() == null ? 0 : r.prompt().length() * 3L);
        for (Media m : r.media()) {
            size += m.url().length() + 64;
        }
        if (size > MAX_BODY_BYTES) {
            throw new SeedanceValidationException("media", "a request body of about " + size + " bytes",
                    "a request body of at most 64 MB (data: URIs count; upload large media as assets)");
        }
    }

    private static void checkCapabilities(GenerationRequest r) {
        ModelCapabilities.of(r.model()).ifPresent(capabilities -> {
            String max = capabilities.maxResolution(r.mode());
            String resolution = r.get(GenerationParameter.RESOLUTION);
            if (resolution != null && Resolutions.rank(resolution) > Resolutions.rank(max)) {
                throw new SeedanceValidationException("resolution", resolution,
                        "at most " + max + " for " + r.mode().name().toLowerCase(Locale.ROOT).replace('_', '-')
                                                                         + " on " + r.model());
            }
        });
    }

    private static long count(List<Media> media, MediaRole role) {
        return media.stream().filter(m -> m.role() == role).count();
    }

    /** The option/header name users know a role by. */
    public static String fieldOf(MediaRole role) {
        return switch (role) {
            case FIRST_FRAME -> "firstFrame";
            case LAST_FRAME -> "lastFrame";
            case REFERENCE_IMAGE -> "referenceImages";
            case REFERENCE_VIDEO -> "referenceVideos";
            case REFERENCE_AUDIO -> "referenceAudios";
        };
    }
}
