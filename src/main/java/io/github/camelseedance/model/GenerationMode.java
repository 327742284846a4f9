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

import java.util.List;

/** What the server generates from, told apart by the media a request carries. */
public enum GenerationMode {
    TEXT_TO_VIDEO,
    IMAGE_TO_VIDEO,
    FIRST_LAST_FRAME,
    MULTIMODAL_REFERENCE,
    /** A video made from an earlier draft task. */
    DRAFT;

    /** The mode a list of media implies; the validator rejects the combinations that imply none. */
    public static GenerationMode of(List<Media> media, String draftTaskId) {
        if (draftTaskId != null) {
            return DRAFT;
        }
        boolean first = media.stream().anyMatch(m -> m.role() == MediaRole.FIRST_FRAME);
        boolean last = media.stream().anyMatch(m -> m.role() == MediaRole.LAST_FRAME);
        boolean reference = media.stream().anyMatch(m -> !m.role().isFrame());
        if (reference) {
            return MULTIMODAL_REFERENCE;
        }
        if (first && last) {
            return FIRST_LAST_FRAME;
        }
        if (first || last) {
            return IMAGE_TO_VIDEO;
        }
        return TEXT_TO_VIDEO;
    }
}
