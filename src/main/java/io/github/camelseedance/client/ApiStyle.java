package io.github.camelseedance.client;

/** The two request dialects of the task API. */
public enum ApiStyle {
    /** The official task API ({@code content[]}), served by every provider: create, get, list, cancel. */
    OFFICIAL,
    /** PowerTokens' OpenAI-style {@code /v1/videos} ({@code media[]}): create and get only. */
    OPENAI
}
