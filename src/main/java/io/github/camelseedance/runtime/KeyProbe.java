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
package io.github.camelseedance.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import io.github.camelseedance.client.AuthenticationException;
import io.github.camelseedance.client.NotFoundException;
import io.github.camelseedance.client.PermissionDeniedException;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.client.SeedanceException;

/**
 * Whether the provider accepts one account's API key, found out with one cheap authenticated call (a GET of a made-up
 * task id: a good key gets 404, a refused one 401 or 403) and kept for the component's {@code healthCheckInterval},
 * so that however many health checks and idle consumers of the account ask, the provider sees at most one probe per
 * interval. Calls made while a probe is under way share it.
 */
public final class KeyProbe {

    /** A valid task id that no task has: its GET costs nothing and tells only whether the key is accepted. */
    static final String PROBE_TASK_ID = "cgt-19700101000000-keyprobe";

    /** What the probe found. */
    public enum Verdict {
        /** The provider accepted the key (it answered 404 for the made-up task, or anything else that is not refusal). */
        ACCEPTED,
        /** The provider refused the key (401, 403): nothing works until someone changes it or pays the bill. */
        REFUSED,
        /** The provider did not say (429, 5xx, no answer): the key is not in question. */
        UNANSWERED
    }

    /**
     * A probe's answer: its verdict, the HTTP status and the provider's error code (0 and null when it answered
     * 404 as expected), the failure behind a refusal or an unanswered probe, and when it was asked.
     */
    public record Answer(Verdict verdict, int httpStatus, String errorCode, SeedanceException failure, Instant at) {
    }

    private final SeedanceClock clock;
    private final Duration interval;
    private CompletableFuture<Answer> current;
    private Instant askedAt;

    KeyProbe(SeedanceClock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    /**
     * The answer of the last probe while it is younger than the interval (or still under way), else of a new one sent
     * with {@code client} (a client of this account: endpoints of one account may use different clients).
     */
    public synchronized CompletableFuture<Answer> check(SeedanceClient client) {
        Instant now = clock.now();
        if (current == null || current.isDone() && !now.isBefore(askedAt.plus(interval))) {
            askedAt = now;
            current = probe(client, now);
        }
        return current;
    }

    private static CompletableFuture<Answer> probe(SeedanceClient client, Instant at) {
        CompletableFuture<Answer> answer;
        try {
            answer = client.get(PROBE_TASK_ID).handle((found, failure) -> answer(failure, at));
        } catch (RuntimeException e) {
            answer = CompletableFuture.completedFuture(answer(e, at));
        }
        return answer;
    }

    private static Answer answer(Throwable failure, Instant at) {
        if (failure == null) {
            return new Answer(Verdict.ACCEPTED, 200, null, null, at);
        }
        Throwable cause = SeedanceClient.causeOf(failure);
        SeedanceException error = cause instanceof SeedanceException e ? e
                : new SeedanceException("the key probe failed: " + cause, cause);
        if (error instanceof NotFoundException) {
            return new Answer(Verdict.ACCEPTED, error.getHttpStatus(), null, null, at);
        }
        Verdict verdict = error instanceof AuthenticationException || error instanceof PermissionDeniedException
                ? Verdict.REFUSED : Verdict.UNANSWERED;
        return new Answer(verdict, error.getHttpStatus(), error.getCode(), error, at);
    }
}
