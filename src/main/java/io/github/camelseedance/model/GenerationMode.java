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
