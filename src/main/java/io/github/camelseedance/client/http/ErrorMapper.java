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
package io.github.camelseedance.client.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.client.ErrorClassifier;
import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.OutcomeUnknownException;
import io.github.camelseedance.client.SeedanceException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

import static io.github.camelseedance.client.http.Answer.text;

/**
 * Reads what went wrong: an error answer's details (with the API key redacted), whether it may be retried, and the
 * {@link SeedanceException} it ends in; a transport failure's details and whether it happened while connecting.
 */
final class ErrorMapper {

    /**
     * An error answer: whether it is the task API's own {@code {"error":{...}}} refusal, or the Asset Library's
     * {@code {"code","msg"}} envelope (which a gateway could also produce, so it does not count for creates).
     */
    record Refusal(ErrorDetails details, boolean byProvider, boolean envelope) {
    }

    private final ObjectMapper mapper;
    private final String apiKey;

    ErrorMapper(ObjectMapper mapper, String apiKey) {
        this.mapper = mapper;
        this.apiKey = apiKey;
    }

    Refusal refusal(Answer answer) {
        try {
            JsonNode node = mapper.readTree(answer.body());
            JsonNode error = node == null ? null : node.get("error");
            if (error != null && error.isObject() && text(error, "code") != null) {
                return new Refusal(new ErrorDetails(answer.status(), redact(text(error, "code")),
                        redact(text(error, "message")), redact(text(error, "param")), redact(text(error, "type")),
                        answer.requestId()), true, false);
            }
            if (node != null && node.has("code") && (node.has("msg") || node.has("message"))) {
                // the Asset Library's own envelope, or a gateway's
                String message = node.has("msg") ? text(node, "msg") : text(node, "message");
                return new Refusal(new ErrorDetails(answer.status(), redact(text(node, "code")), redact(message), null,
                        null, answer.requestId()), false, true);
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: keep the status and a snippet
        }
        String snippet = new String(answer.body(), 0, Math.min(200, answer.body().length), StandardCharsets.UTF_8);
        return new Refusal(new ErrorDetails(answer.status(), null, snippet.isBlank() ? "no error body" : redact(snippet),
                null, null, answer.requestId()), false, false);
    }

    /** A server may echo the credentials it refused: the key never reaches an exception or a log. */
    String redact(String text) {
        return text == null ? null : text.replace(apiKey, "***");
    }

    /**
     * Reads are retried on 429 and 5xx. Creates, uploads and cancels only on 429 and 503 carrying the provider's own
     * error body: those were refused before anything was done. A quota does not clear in seconds: never retried.
     */
    static boolean retryable(CallKind kind, int status, boolean providerRefusal, String code) {
        if (ErrorClassifier.isQuota(code)) {
            return false;
        }
        if (kind != CallKind.READ) {
            return (status == 429 || status == 503) && providerRefusal;
        }
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /** The failure an error answer that is not retried ends the call with. */
    static SeedanceException failure(CallKind kind, Answer answer, Refusal refusal) {
        if (kind == CallKind.CREATE && answer.status() >= 500 && !(answer.status() == 503 && refusal.byProvider())) {
            // a gateway's 500/502/504 may follow a task the service behind it already created
            return new OutcomeUnknownException(refusal.details(), null, null, null, null);
        }
        return ErrorClassifier.classify(refusal.details(), answer.retryAfter());
    }

    static ErrorDetails transportDetails(HttpUriRequestBase request, String what, Exception e) {
        return new ErrorDetails(0, null, request.getMethod() + " " + request.getPath() + ": " + what + " (" + e + ")", null,
                null, null);
    }

    static boolean isConnectFailure(IOException e) {
        return e instanceof UnknownHostException || e instanceof ConnectTimeoutException
                || e instanceof NoRouteToHostException || causedBy(e, ConnectException.class);
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
