package io.github.camelseedance.client;

/** The parts of an error answer: {@code {"error":{"code","message","param","type"}}}, status and request id. */
public record ErrorDetails(int httpStatus, String code, String message, String param, String type, String requestId) {
}
