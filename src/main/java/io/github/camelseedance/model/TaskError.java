package io.github.camelseedance.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Why a task failed, for example {@code OutputVideoSensitiveContentDetected}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskError(String code, String message) {
}
