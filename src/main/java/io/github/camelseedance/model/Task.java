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
