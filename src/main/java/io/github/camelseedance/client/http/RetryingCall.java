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
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import io.github.camelseedance.client.AuthScheme;
import io.github.camelseedance.client.ClientObserver;
import io.github.camelseedance.client.CreateNotSentException;
import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.OutcomeUnknownException;
import io.github.camelseedance.client.RetryPolicy;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.client.TransportException;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelseedance.client.http.ErrorMapper.causedBy;
import static io.github.camelseedance.client.http.ErrorMapper.isConnectFailure;
import static io.github.camelseedance.client.http.ErrorMapper.transportDetails;

/**
 * One API call across its attempts: one attempt at a time on the I/O executor, and every wait (the account's rate
 * limit, a retry's backoff, a server's Retry-After) a task scheduled on the clock, so no thread sleeps. Its
 * {@link CallKind} decides what may be retried and what a lost answer means.
 */
final class RetryingCall {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingCall.class);

    /** What the calls of one client share. */
    record Context(SeedanceClientConfig config, ApiAddress address, SeedanceClock clock, CallTracker tracker,
            CloseableHttpClient http, ErrorMapper errors, ClientObserver observer) {

        /** Starts a call whose attempts run on the I/O executor; {@code operation} names it to the observer. */
        CompletableFuture<Answer> call(String operation, CallKind kind, boolean list, Supplier<HttpUriRequestBase> request,
                boolean authenticated, boolean repeatable) {
            return new RetryingCall(this, operation, kind, list, request, authenticated, repeatable, tracker.io(), null)
                    .start();
        }
    }

    private final Context context;
    private final String operation;
    private final CallKind kind;
    private final boolean list;
    private final Supplier<HttpUriRequestBase> request;
    private final boolean authenticated;
    private final boolean repeatable;
    private final Executor executor;
    /** A create not sent by then fails with {@link CreateNotSentException}; null for no limit. */
    private final Instant notAfter;
    private final CompletableFuture<Answer> result = new CompletableFuture<>();
    private int attempt;
    /** Whether the one retry at once after a kept-alive connection closed under a read was spent. */
    private boolean retriedAtOnce;
    /** Set by an attempt whose retry goes at once, once the attempt has ended. */
    private boolean retryAtOnce;

    /**
     * @param list     whether it is a list, which the list endpoint's own rate limit paces too
     * @param executor where the attempts run: the I/O executor, or another I/O task's thread for a call it runs inline
     *                 (that task was paced before it started)
     */
    RetryingCall(Context context, String operation, CallKind kind, boolean list, Supplier<HttpUriRequestBase> request,
                 boolean authenticated, boolean repeatable, Executor executor, Instant notAfter) {
        this.context = context;
        this.operation = operation;
        this.kind = kind;
        this.list = list;
        this.request = request;
        this.authenticated = authenticated;
        this.repeatable = repeatable;
        this.executor = executor;
        this.notAfter = notAfter;
    }

    CompletableFuture<Answer> start() {
        context.tracker().track(result);
        if (context.tracker().isClosed()) {
            fail(CallTracker.closedException());
        } else {
            pace();
        }
        return result;
    }

    private void fail(Throwable failure) {
        result.completeExceptionally(failure);
    }

    private boolean inline() {
        return executor != context.tracker().io();
    }

    /**
     * Waits for the account's next free slot (and the list endpoint's), then runs the attempt. A call run inline
     * by another I/O task (the upload of a fetched medium) was paced by that task, before it started.
     */
    private void pace() {
        if (result.isDone()) {
            return;
        }
        if (inline()) {
            dispatch();
            return;
        }
        SeedanceClientConfig config = context.config();
        Instant now = context.clock().now();
        Duration wait = config.accountLimits().requests().reserve(now);
        if (list) {
            Duration listWait = config.accountLimits().lists().reserve(now);
            wait = listWait.compareTo(wait) > 0 ? listWait : wait;
        }
        if (wait.isZero()) {
            dispatch();
        } else {
            context.observer().rateLimitWaited(wait);
            later(wait, this::dispatch);
        }
    }

    private void later(Duration wait, Runnable task) {
        try {
            context.clock().schedule(wait, task);
        } catch (RejectedExecutionException e) {
            fail(context.tracker().isClosed() ? CallTracker.closedException() : new TransportException(
                    new ErrorDetails(0, null, "the scheduler refused a wait: " + e, null, null, null), e));
        }
    }

    private void dispatch() {
        if (result.isDone()) {
            return;
        }
        if (inline()) {
            executor.execute(this::attempt);
        } else {
            context.tracker().submit(this::attempt, result);
        }
    }

    private void attempt() {
        if (result.isDone()) {
            return;
        }
        if (notAfter != null && !context.clock().now().isBefore(notAfter)) {
            fail(new CreateNotSentException(notAfter));
            return;
        }
        if (!context.tracker().beginAttempt(result)) {
            fail(CallTracker.closedException());
            return;
        }
        try {
            Answer answer = exchange();
            if (answer != null) {
                result.complete(answer);
            }
        } catch (Throwable e) {
            // an Error too: the call ends with it, never leaves its caller waiting
            fail(e);
        } finally {
            context.tracker().endAttempt(result);
        }
        if (retryAtOnce) {
            retryAtOnce = false;
            pace();
        }
    }

    /** One attempt: the answer, or null when a retry was scheduled. */
    private Answer exchange() {
        RetryPolicy policy = context.config().retryPolicy();
        boolean mayRetry = repeatable && attempt < policy.maxRetries();
        HttpUriRequestBase message = request.get();
        if (authenticated) {
            message.setHeader(HttpHeaders.AUTHORIZATION, authorization(context.config()));
        }
        HttpClientContext httpContext = HttpClientContext.create();
        Answer answer;
        try {
            answer = send(message, httpContext);
        } catch (MediumTooLargeException e) {
            // a remote medium streamed into the upload passed the Asset Library's limit: refused, not sent whole
            throw new SeedanceValidationException("file", "a remote medium of more than " + e.limit() + " bytes",
                    "media within the Asset Library's limits (images 30 MB, videos 50 MB, audio 15 MB)");
        } catch (IOException e) {
            boolean sent = HttpClientFactory.wasSent(httpContext);
            if (!sent && causedBy(e, TlsConnectException.class)) {
                // TLS failed before the request was written: nothing was sent, and trying again will not help
                throw new TransportException(transportDetails(message,
                        "TLS failed while connecting; nothing was sent", e), e);
            }
            if (!sent && !isConnectFailure(e)) {
                // refused by the HTTP client itself (for example a URI it will not send): nothing was sent
                throw new TransportException(transportDetails(message, "refused before sending; nothing was sent", e),
                        e);
            }
            if (!sent) {
                // the request never left: safe to send again, even a create
                if (mayRetry) {
                    return retry(policy.backoff(attempt + 1, null), message, e.toString());
                }
                throw new TransportException(transportDetails(message, "could not connect; nothing was sent", e), e);
            }
            // the request may have been received (a reset mid-answer on TLS is an SSLException too)
            if (kind == CallKind.CREATE) {
                throw new OutcomeUnknownException(transportDetails(message, "the answer was lost", e), null, null,
                        null, e);
            }
            if (kind == CallKind.CHANGE) {
                throw new TransportException(transportDetails(message,
                        "the answer was lost after the request was sent; it may have been applied", e), e);
            }
            if (mayRetry && !retriedAtOnce && HttpClientFactory.closedBeforeAnswer(httpContext, e)) {
                // the server closed a kept-alive connection under the read before answering: HttpClient dropped
                // it, and the read goes again at once on another, as HttpClient's own strategy does; only once
                retriedAtOnce = true;
                return retry(Duration.ZERO, message, e.toString());
            }
            if (mayRetry) {
                return retry(policy.backoff(attempt + 1, null), message, e.toString());
            }
            throw new TransportException(transportDetails(message, e instanceof InterruptedIOException
                    ? "timed out waiting for the answer" : "the connection failed", e), e);
        }
        if (answer.status() >= 200 && answer.status() < 300) {
            return answer;
        }
        ErrorMapper.Refusal refusal = context.errors().refusal(answer);
        if (list && answer.status() == 429 && answer.retryAfter() != null) {
            // the list endpoint's own, tighter limit: every later list of the account waits too
            context.config().accountLimits().lists()
                    .holdUntil(context.clock().now().plus(policy.cap(answer.retryAfter())));
        }
        boolean refusedBeforeActing = refusal.byProvider() || (kind == CallKind.CHANGE && refusal.envelope());
        if (mayRetry && ErrorMapper.retryable(kind, answer.status(), refusedBeforeActing, refusal.details().code())) {
            return retry(policy.backoff(attempt + 1, answer.retryAfter()), message, "HTTP " + answer.status());
        }
        throw ErrorMapper.failure(kind, answer, refusal);
    }

    /** The exchange, told to the observer with its status and duration. */
    private Answer send(HttpUriRequestBase message, HttpClientContext httpContext) throws IOException {
        Instant start = context.clock().now();
        int status = ClientObserver.IO_ERROR;
        try {
            Answer answer = context.http().execute(message, httpContext, response -> Answer.read(response, context.clock()));
            status = answer.status();
            return answer;
        } finally {
            context.observer().requestDone(operation, status, Duration.between(start, context.clock().now()));
        }
    }

    private Answer retry(Duration backoff, HttpUriRequestBase message, String reason) {
        attempt++;
        context.observer().retrying(operation);
        LOG.debug("Retrying {} {} in {} ms after {}", message.getMethod(), message.getPath(), backoff.toMillis(),
                reason);
        if (backoff.isZero()) {
            retryAtOnce = true; // paced (no slot is skipped) once this attempt has ended
        } else {
            later(backoff, this::pace);
        }
        return null;
    }

    private static String authorization(SeedanceClientConfig config) {
        return config.authScheme() == AuthScheme.BEARER ? "Bearer " + config.apiKey() : config.apiKey();
    }
}
