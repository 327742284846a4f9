package io.github.camelseedance.model;

import java.util.List;

/** The aspect ratios the models accept; {@code adaptive} lets the model follow the input image. */
public final class Ratios {

    public static final List<String> ALL = List.of("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive");

    private Ratios() {
    }
}
