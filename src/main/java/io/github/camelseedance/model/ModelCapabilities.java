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

import java.util.Map;
import java.util.Optional;

/**
 * What a known model can do. Unknown model ids (newer versions, {@code ep-...} endpoints) have no entry: the
 * checks that depend on capabilities are skipped for them and the server judges.
 *
 * @param textToVideoMaxResolution the highest resolution for text-to-video
 * @param imageModesMaxResolution  the highest resolution when images, videos or audios are given
 */
public record ModelCapabilities(String textToVideoMaxResolution, String imageModesMaxResolution) {

    private static final ModelCapabilities STANDARD = new ModelCapabilities(Resolutions.P720, Resolutions.P1080);
    private static final ModelCapabilities FAST = new ModelCapabilities(Resolutions.P720, Resolutions.P720);

    /** Seedance 2.0 under its PowerTokens/BytePlus ids and its Volcengine ids. */
    private static final Map<String, ModelCapabilities> KNOWN = Map.of(
            "dreamina-seedance-2-0-260128", STANDARD,
            "dreamina-seedance-2-0-fast-260128", FAST,
            "doubao-seedance-2-0-260128", STANDARD,
            "doubao-seedance-2-0-fast-260128", FAST);

    public static Optional<ModelCapabilities> of(String model) {
        return Optional.ofNullable(model == null ? null : KNOWN.get(model));
    }

    public String maxResolution(GenerationMode mode) {
        return mode == GenerationMode.TEXT_TO_VIDEO ? textToVideoMaxResolution : imageModesMaxResolution;
    }
}
