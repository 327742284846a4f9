package io.github.camelseedance.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Tokens a succeeded task was billed for. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Usage(
        @JsonProperty("completion_tokens") Long completionTokens,
        @JsonProperty("total_tokens") Long totalTokens) {
}
