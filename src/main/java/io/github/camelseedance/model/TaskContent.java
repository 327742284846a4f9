package io.github.camelseedance.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the results of a succeeded task can be downloaded; the URLs expire. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskContent(
        @JsonProperty("video_url") String videoUrl,
        @JsonProperty("last_frame_url") String lastFrameUrl,
        @JsonProperty("file_url") String fileUrl) {
}
