package io.github.camelseedance.model;

import java.util.List;

/** The output resolutions, in increasing order. */
public final class Resolutions {

    public static final String P480 = "480p";
    public static final String P720 = "720p";
    public static final String P1080 = "1080p";

    public static final List<String> ALL = List.of(P480, P720, P1080);

    private Resolutions() {
    }

    /** Position in increasing order, or -1 for an unknown resolution. */
    public static int rank(String resolution) {
        return ALL.indexOf(resolution);
    }
}
