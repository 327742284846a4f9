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
