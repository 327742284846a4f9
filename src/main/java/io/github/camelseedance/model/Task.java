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

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A generation task as the server reports it (get, and each item of a list). Fields the provider adds later are
 * ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Task(
        String id,
        String model,
        TaskStatus status,
        TaskError error,
        TaskContent content,
        Usage usage,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("updated_at") Long updatedAt,
        Long seed,
        String resolution,
        String ratio,
        Integer duration,
        Integer frames,
        @JsonProperty("framespersecond") Integer framesPerSecond,
        @JsonProperty("generate_audio") Boolean generateAudio,
        @JsonProperty("service_tier") String serviceTier,
        @JsonProperty("execution_expires_after") Long executionExpiresAfter,
        Integer priority,
        @JsonProperty("revised_prompt") String revisedPrompt,
        @JsonProperty("safety_identifier") String safetyIdentifier,
        Boolean draft,
        @JsonProperty("draft_task_id") String draftTaskId,
        JsonNode tools) {

    /** The video URL of a succeeded task, or null. */
    public String videoUrl() {
        return content == null ? null : content.videoUrl();
    }

    /** The last frame URL when the task was created with {@code return_last_frame}, or null. */
    public String lastFrameUrl() {
        return content == null ? null : content.lastFrameUrl();
    }

    @JsonIgnore
    public boolean isTerminal() {
        return status != null && status.isTerminal();
    }
}
