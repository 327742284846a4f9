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
