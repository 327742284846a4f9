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
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import io.github.camelseedance.client.ClientObserver;
import io.github.camelseedance.client.DownloadPolicy;
import io.github.camelseedance.client.ErrorClassifier;
import io.github.camelseedance.client.ErrorDetails;
import io.github.camelseedance.client.MediaUrlGuard;
import io.github.camelseedance.client.ResultStream;
import io.github.camelseedance.client.RetryPolicy;
import io.github.camelseedance.client.SeedanceClock;
import io.github.camelseedance.client.TransportException;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.Closer;
import org.apache.hc.core5.io.ModalCloseable;

/** A result file download: redirects followed by hand, each hop checked; connection failures and 5xx retried. */
final class ResultDownload {

    private final DownloadPolicy policy;
    private final RetryPolicy retryPolicy;
    private final SeedanceClock clock;
    private final CallTracker tracker;
    private final MediaFetchClients fetchers;
    private final ClientObserver observer;
    private final CompletableFuture<ResultStream> result = new CompletableFuture<>();
    private URI url;
    private int redirects;
    private int attempt;

    ResultDownload(URI url, DownloadPolicy policy, RetryPolicy retryPolicy, SeedanceClock clock, CallTracker tracker,
                   MediaFetchClients fetchers, ClientObserver observer) {
        this.url = url;
        this.observer = observer;
        this.policy = policy;
        this.retryPolicy = retryPolicy;
        this.clock = clock;
        this.tracker = tracker;
        this.fetchers = fetchers;
    }

    /** The first URL is checked on the I/O thread too: resolving its host must not hold the caller. */
    CompletableFuture<ResultStream> start() {
        tracker.submit(() -> {
            try {
                check(url);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            attempt();
        }, result);
        return result;
    }

    private void check(URI target) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        if (!(https || scheme.equals("http") && policy.allowHttp()) || target.getHost() == null
            || target.getRawUserInfo() != null) {
            throw new SeedanceValidationException("url", target, policy.allowHttp()
                    ? "an absolute http(s) URL without user-info" : "an absolute https URL (set allowHttpDownloads"
                            + " to fetch http URLs)");
        }
        if (!policy.admits(target.getHost())) {
            throw new SeedanceValidationException("url", target, "a host of the download allow-list "
                                                                + policy.allowedHosts());
        }
        if (!policy.allowPrivateHosts()) {
            InetAddress internal;
            try {
                internal = MediaUrlGuard.firstInternal(InetAddress.getAllByName(target.getHost()));
            } catch (UnknownHostException e) {
                throw new TransportException(new ErrorDetails(0, null, "cannot resolve the result host "
                                                                       + target.getHost(), null, null, null), e);
            }
            if (internal != null) {
                throw new SeedanceValidationException("url", target, "a public host (it resolves to "
                        + internal.getHostAddress() + "; set allowPrivateDownloadHosts=true to fetch from it)");
            }
        }
    }

    private void attempt() {
        if (result.isDone()) {
            return;
        }
        ClassicHttpResponse response = null;
        Instant start = clock.now();
        try {
            try {
                response = fetchers.get(policy.allowPrivateHosts()).executeOpen(null, new HttpGet(url), null);
            } finally {
                observer.requestDone("download", response == null ? ClientObserver.IO_ERROR : response.getCode(),
                        Duration.between(start, clock.now()));
            }
            int status = response.getCode();
            if (status >= 300 && status < 400 && response.getFirstHeader(HttpHeaders.LOCATION) != null) {
                URI next = url.resolve(response.getFirstHeader(HttpHeaders.LOCATION).getValue());
                EntityUtils.consumeQuietly(response.getEntity());
                response.close();
                if (++redirects > policy.maxRedirects()) {
                    throw new TransportException(new ErrorDetails(status, null, "more than " + policy.maxRedirects()
                            + " redirects from " + url.getHost(), null, null, null), null);
                }
                check(next);
                url = next;
                tracker.submit(this::attempt, result);
                return;
            }
            if (status != 200) {
                Duration retryAfter = Answer.retryAfter(response, clock);
                EntityUtils.consumeQuietly(response.getEntity());
                response.close();
                if ((status == 429 || status >= 500) && attempt < retryPolicy.maxRetries()) {
                    retry(retryPolicy.backoff(++attempt, retryAfter));
                    return;
                }
                throw ErrorClassifier.classify(new ErrorDetails(status, null, "the result host " + url.getHost()
                        + " answered HTTP " + status, null, null, null), retryAfter);
            }
            HttpEntity entity = response.getEntity();
            ClassicHttpResponse open = response;
            InputStream content = entity == null ? InputStream.nullInputStream() : entity.getContent();
            result.complete(new ResultStream(url, content, entity == null ? 0 : entity.getContentLength(),
                    entity == null ? null : entity.getContentType(), open::close, () -> abort(content, open)));
        } catch (IOException e) {
            Closer.closeQuietly(response);
            boolean tls = ErrorMapper.causedBy(e, TlsConnectException.class);
            // a GET changes nothing: any failure before the body may be retried, but a port that does not speak
            // TLS will not start to
            if (attempt < retryPolicy.maxRetries() && !tls) {
                retry(retryPolicy.backoff(++attempt, null));
                return;
            }
            result.completeExceptionally(new TransportException(new ErrorDetails(0, null, "could not download from "
                    + url.getHost() + (tls ? ": TLS failed while connecting; nothing was sent" : "") + " (" + e + ")",
                    null, null, null), e));
        } catch (Throwable e) {
            Closer.closeQuietly(response);
            result.completeExceptionally(e);
        }
    }

    /**
     * Ends a download whose body was not read to its end: the connection is closed and discarded, never drained
     * (closing the response gracefully would read the rest of the video first).
     */
    private static void abort(InputStream content, ClassicHttpResponse response) throws IOException {
        try {
            if (content instanceof EofSensorInputStream sensed) {
                sensed.abort();
            }
        } finally {
            if (response instanceof ModalCloseable modal) {
                modal.close(CloseMode.IMMEDIATE);
            } else {
                response.close();
            }
        }
    }

    private void retry(Duration backoff) {
        observer.retrying("download");
        try {
            clock.schedule(backoff, () -> tracker.submit(this::attempt, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(CallTracker.closedException());
        }
    }
}
