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

/** Keeps log lines and messages short when a value may be a multi-megabyte data URI. */
public final class RedactedText {

    private static final int MAX = 80;

    private RedactedText() {
    }

    public static String shorten(Object value) {
        return shorten(value, MAX);
    }

    /** The text of the value, cut after {@code max} characters with a note of its full length. */
    public static String shorten(Object value, int max) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "...(" + text.length() + " chars)";
    }
}
