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
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The table of generation parameters: each row declares, once, the option and header a route sets it with, its Java
 * type, the values it takes, and its name (and form) in each dialect's request body. The request, both request bodies,
 * the map reader, the OpenAI-style check, the endpoint defaults and the header overrides all read this table; the
 * component's configuration holds one option field per row because Camel's tooling documents options from fields.
 *
 * @param <T> the Java type of the value
 */
public final class GenerationParameter<T> {

    public static final GenerationParameter<String> RATIO = new GenerationParameter<>("ratio", String.class, "ratio",
            "ratio", v -> v, oneOf(Ratios.ALL), String.join(", ", Ratios.ALL));
    public static final GenerationParameter<Integer> DURATION = new GenerationParameter<>("duration", Integer.class,
            "duration", "seconds", String::valueOf, d -> d == -1 || d >= 4 && d <= 15,
            "4..15 seconds, or -1 to let the model choose");
    public static final GenerationParameter<String> RESOLUTION = new GenerationParameter<>("resolution", String.class,
            "resolution", "size", v -> v, oneOf(Resolutions.ALL), String.join(", ", Resolutions.ALL));
    public static final GenerationParameter<Integer> FRAMES = new GenerationParameter<>("frames", Integer.class,
            "frames", null, null, f -> f > 0, "a positive number of frames");
    public static final GenerationParameter<Long> SEED = new GenerationParameter<>("seed", Long.class, "seed", "seed",
            v -> v, s -> s >= -1 && s <= 4294967295L, "-1..4294967295 (-1 for random)");
    public static final GenerationParameter<Boolean> CAMERA_FIXED = flag("cameraFixed", "camera_fixed", null);
    public static final GenerationParameter<Boolean> WATERMARK = flag("watermark", "watermark", "watermark");
    public static final GenerationParameter<Boolean> GENERATE_AUDIO
            = flag("generateAudio", "generate_audio", "generate_audio");
    public static final GenerationParameter<Boolean> RETURN_LAST_FRAME
            = flag("returnLastFrame", "return_last_frame", "return_last_frame");
    public static final GenerationParameter<String> CALLBACK_URL = new GenerationParameter<>("callbackUrl",
            String.class, "callback_url", null, null, GenerationParameter::isHttpUrl, "an absolute http:// or https:// URL");
    public static final GenerationParameter<String> SERVICE_TIER = new GenerationParameter<>("serviceTier",
            String.class, "service_tier", null, null, t -> t.matches("[A-Za-z0-9_-]{1,64}"),
            "a service tier name such as default or flex");
    public static final GenerationParameter<Long> EXECUTION_EXPIRES_AFTER = new GenerationParameter<>(
            "executionExpiresAfter", Long.class, "execution_expires_after", null, null, s -> s >= 3600 && s <= 259200,
            "3600..259200 seconds");
    public static final GenerationParameter<Integer> PRIORITY = new GenerationParameter<>("priority", Integer.class,
            "priority", null, null, p -> true, "an integer");
    public static final GenerationParameter<String> SAFETY_IDENTIFIER = new GenerationParameter<>("safetyIdentifier",
            String.class, "safety_identifier", "safety_identifier", v -> v, s -> s.length() <= 64,
            "at most 64 characters");
    public static final GenerationParameter<Boolean> DRAFT = flag("draft", "draft", null);

    /** Every row, in the order the request bodies write them. */
    public static final List<GenerationParameter<?>> ALL = List.of(RATIO, DURATION, RESOLUTION, FRAMES, SEED,
            CAMERA_FIXED, WATERMARK, GENERATE_AUDIO, RETURN_LAST_FRAME, CALLBACK_URL, SERVICE_TIER,
            EXECUTION_EXPIRES_AFTER, PRIORITY, SAFETY_IDENTIFIER, DRAFT);

    /** The prefix of every header the component reads and writes. */
    private static final String HEADER_PREFIX = "CamelSeedance";

    private final String option;
    private final String header;
    private final Class<T> type;
    private final String officialName;
    private final String openAiName;
    private final Function<T, Object> openAiValue;
    private final Predicate<T> accepts;
    private final String allowed;

    private GenerationParameter(String option, Class<T> type, String officialName, String openAiName,
                                Function<T, Object> openAiValue, Predicate<T> accepts, String allowed) {
        this.option = option;
        this.header = HEADER_PREFIX + Character.toUpperCase(option.charAt(0)) + option.substring(1);
        this.type = type;
        this.officialName = officialName;
        this.openAiName = openAiName;
        this.openAiValue = openAiValue;
        this.accepts = accepts;
        this.allowed = allowed;
    }

    private static GenerationParameter<Boolean> flag(String option, String officialName, String openAiName) {
        return new GenerationParameter<>(option, Boolean.class, officialName, openAiName, openAiName == null ? null : v -> v,
                v -> true, "true or false");
    }

    /** The endpoint option, also the field named in refusals: {@code executionExpiresAfter}. */
    public String option() {
        return option;
    }

    /** The header that overrides the option for one exchange: {@code CamelSeedanceExecutionExpiresAfter}. */
    public String header() {
        return header;
    }

    public Class<T> type() {
        return type;
    }

    /** The JSON name in the official {@code content[]} body: {@code execution_expires_after}. */
    public String officialName() {
        return officialName;
    }

    /** The JSON name in the OpenAI-style {@code /v1/videos} body, or null when that interface does not take it. */
    public String openAiName() {
        return openAiName;
    }

    /** The value as the OpenAI-style body carries it ({@code seconds} is a string there). */
    public Object openAiValue(T value) {
        if (openAiValue == null) {
            throw new IllegalStateException(option + " is not part of the OpenAI-style interface");
        }
        return openAiValue.apply(value);
    }

    /** Casts a value already converted to this parameter's type. */
    public T cast(Object value) {
        return type.cast(value);
    }

    /** Refuses a value outside the documented range, naming the option. */
    public T check(T value) {
        if (value != null && !accepts.test(value)) {
            throw new SeedanceValidationException(option, value, allowed);
        }
        return value;
    }

    private static Predicate<String> oneOf(List<String> values) {
        return values::contains;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return option;
    }
}
