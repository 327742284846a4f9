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
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A video generation request, independent of the dialect it is sent in: the client writes it as the official
 * {@code content[]} body or as the OpenAI-style {@code media[]} body. Its parameters are the rows of
 * {@link GenerationParameter}; those not set are not sent, so the server applies its defaults. Build one with
 * {@link #builder()}; check it with {@link GenerationRequestValidator}.
 */
public final class GenerationRequest {

    private final String model;
    private final String prompt;
    private final List<Media> media;
    private final String draftTaskId;
    private final Map<GenerationParameter<?>, Object> parameters;
    private final List<Map<String, Object>> tools;

    private GenerationRequest(Builder b) {
        this.model = b.model;
        this.prompt = b.prompt;
        this.media = List.copyOf(b.media);
        this.draftTaskId = b.draftTaskId;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        this.tools = b.tools == null ? null : List.copyOf(b.tools);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.model = model;
        b.prompt = prompt;
        b.media.addAll(media);
        b.draftTaskId = draftTaskId;
        b.parameters.putAll(parameters);
        b.tools = tools == null ? null : new ArrayList<>(tools);
        return b;
    }

    public GenerationMode mode() {
        return GenerationMode.of(media, draftTaskId);
    }

    public List<Media> media(MediaRole role) {
        return media.stream().filter(m -> m.role() == role).toList();
    }

    public String model() {
        return model;
    }

    public String prompt() {
        return prompt;
    }

    public List<Media> media() {
        return media;
    }

    public String draftTaskId() {
        return draftTaskId;
    }

    /** The value of a parameter, or null when it is not set (the server applies its default). */
    public <T> T get(GenerationParameter<T> parameter) {
        return parameter.cast(parameters.get(parameter));
    }

    /** The parameters that are set, in the table's order. */
    public Map<GenerationParameter<?>, Object> parameters() {
        return parameters;
    }

    public List<Map<String, Object>> tools() {
        return tools;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenerationRequest r && Objects.equals(model, r.model) && Objects.equals(prompt, r.prompt)
                && media.equals(r.media) && Objects.equals(draftTaskId, r.draftTaskId)
                && parameters.equals(r.parameters) && Objects.equals(tools, r.tools);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, prompt, media, draftTaskId, parameters);
    }

    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ", "GenerationRequest[", "]");
        s.add("model=" + model).add("mode=" + mode());
        if (prompt != null) {
            s.add("prompt=" + RedactedText.shorten(prompt));
        }
        if (!media.isEmpty()) {
            s.add("media=" + media);
        }
        parameters.forEach((p, v) -> s.add(p.option() + "=" + RedactedText.shorten(v)));
        return s.toString();
    }

    /** Collects the fields of a request; {@link #build()} does not validate (see {@link GenerationRequestValidator}). */
    /** Parameters in the table's order, the order the request bodies write them. */
    private static final Comparator<GenerationParameter<?>> TABLE_ORDER
            = Comparator.comparingInt(GenerationParameter.ALL::indexOf);

    public static final class Builder {
        private String model;
        private String prompt;
        private final List<Media> media = new ArrayList<>();
        private String draftTaskId;
        private final Map<GenerationParameter<?>, Object> parameters = new TreeMap<>(TABLE_ORDER);
        private List<Map<String, Object>> tools;

        private Builder() {
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        public Builder media(Media item) {
            this.media.add(Objects.requireNonNull(item, "media"));
            return this;
        }

        public Builder media(MediaRole role, String url) {
            return media(new Media(role, url));
        }

        /** Replaces every medium of this role. */
        public Builder replaceMedia(MediaRole role, List<Media> items) {
            this.media.removeIf(m -> m.role() == role);
            this.media.addAll(items);
            return this;
        }

        public Builder clearMedia() {
            this.media.clear();
            return this;
        }

        public Builder firstFrame(String url) {
            return media(MediaRole.FIRST_FRAME, url);
        }

        public Builder lastFrame(String url) {
            return media(MediaRole.LAST_FRAME, url);
        }

        public Builder referenceImage(String url) {
            return media(MediaRole.REFERENCE_IMAGE, url);
        }

        public Builder referenceVideo(String url) {
            return media(MediaRole.REFERENCE_VIDEO, url);
        }

        public Builder referenceAudio(String url) {
            return media(MediaRole.REFERENCE_AUDIO, url);
        }

        public Builder draftTaskId(String draftTaskId) {
            this.draftTaskId = draftTaskId;
            return this;
        }

        /** Sets a parameter; null unsets it. */
        public <T> Builder set(GenerationParameter<T> parameter, T value) {
            if (value == null) {
                parameters.remove(parameter);
            } else {
                parameters.put(parameter, parameter.cast(value));
            }
            return this;
        }

        /** The model and parameters of {@code defaults} where this builder has none: defaults under values given. */
        public Builder withDefaults(GenerationRequest defaults) {
            if (model == null) {
                model = defaults.model;
            }
            defaults.parameters.forEach(parameters::putIfAbsent);
            return this;
        }

        public Builder tools(List<Map<String, Object>> tools) {
            this.tools = tools;
            return this;
        }

        public GenerationRequest build() {
            return new GenerationRequest(this);
        }
    }
}
