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
package io.github.camelseedance.client;

import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.SeedanceValidationException;

/** The two request dialects of the task API. */
public enum ApiStyle {
    /** The official task API ({@code content[]}), served by every provider: create, get, list, cancel. */
    OFFICIAL,
    /** PowerTokens' OpenAI-style {@code /v1/videos} ({@code media[]}): create and get only. */
    OPENAI;

    /**
     * Refuses the parameters this dialect cannot carry, naming the first one, so that nothing is dropped silently and
     * nothing (not even an upload) is sent for a request that would be refused.
     */
    public GenerationRequest check(GenerationRequest r) {
        if (this == OPENAI) {
            r.parameters().forEach((parameter, value) -> {
                if (parameter.openAiName() == null) {
                    refuse(parameter.option(), value);
                }
            });
            refuse("draftTaskId", r.draftTaskId());
            refuse("tools", r.tools());
        }
        return r;
    }

    private static void refuse(String field, Object value) {
        if (value != null) {
            throw new SeedanceValidationException(field, value,
                    "no value with apiStyle=openai (the /v1/videos interface does not take it; use apiStyle=official)");
        }
    }
}
