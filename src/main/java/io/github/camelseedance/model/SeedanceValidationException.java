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

/**
 * A request refused before anything was sent: it names the field, the value given and what is allowed.
 */
public class SeedanceValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String allowed;

    public SeedanceValidationException(String field, Object value, String allowed) {
        super("Invalid " + field + ": " + RedactedText.shorten(value) + " (allowed: " + allowed + ")");
        this.field = field;
        this.value = value == null ? null : RedactedText.shorten(value);
        this.allowed = allowed;
    }

    /** The name of the option, header or JSON field that was refused. */
    public String getField() {
        return field;
    }

    /** The value given, shortened when long. */
    public String getValue() {
        return value;
    }

    /** What would have been accepted. */
    public String getAllowed() {
        return allowed;
    }
}
