package io.github.camelseedance.model;

/** The three kinds of media a generation takes, each with its own wire type in the official dialect. */
public enum MediaKind {
    IMAGE("image_url"),
    VIDEO("video_url"),
    AUDIO("audio_url");

    private final String wireType;

    MediaKind(String wireType) {
        this.wireType = wireType;
    }

    /** The {@code type} of a {@code content[]} item, also the name of the object that holds its url. */
    public String wireType() {
        return wireType;
    }
}
