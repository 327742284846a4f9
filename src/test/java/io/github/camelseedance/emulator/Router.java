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
package io.github.camelseedance.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The one HTTP handler: stamps every answer with {@code X-Request-Id}, applies scripted faults, dispatches to the
 * endpoints, writes their {@link Exchange.Reply} and records the request in the {@link Journal}.
 */
final class Router implements HttpHandler {

    static final long MAX_BODY = 64L * 1024 * 1024;
    /** Most of one request read to keep its connection: the body cap plus room for multipart framing. */
    static final long DRAIN_LIMIT = MAX_BODY + 1024 * 1024;
    private static final int JOURNAL_BODY_LIMIT = 64 * 1024;

    private final TaskEndpoints tasks;
    private final AssetEndpoints assetEndpoints;
    private final ResultFiles files;
    private final Scenario scenario;
    private final Journal journal;
    private final EmulatorClock clock;
    private final ScheduledExecutorService scheduler;
    /** Held before each API answer (not a streamed file): the network's round trip a benchmark imitates. */
    private final Duration latency;

    Router(TaskEndpoints tasks, AssetEndpoints assetEndpoints, ResultFiles files, Scenario scenario, Journal journal,
           EmulatorClock clock, ScheduledExecutorService scheduler, Duration latency) {
        this.tasks = tasks;
        this.assetEndpoints = assetEndpoints;
        this.files = files;
        this.scenario = scenario;
        this.journal = journal;
        this.clock = clock;
        this.scheduler = scheduler;
        this.latency = latency;
    }

    @Override
    public void handle(HttpExchange raw) {
        GuardedExchange ex = new GuardedExchange(raw, DRAIN_LIMIT);
        String requestId = Ids.requestId();
        ex.getResponseHeaders().set("X-Request-Id", requestId);
        ex.getResponseHeaders().set("x-tt-logid", requestId);
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = ex.getRequestURI().getPath();
        Instant emulatorTime = clock.now();
        byte[] body = null;
        boolean recorded = false;
        try {
            Scenario.Fault fault = scenario.take(method, path);
            Exchange.Reply reply;
            if (fault != null && fault.kind == Scenario.FaultKind.DROP) {
                recorded = record(ex, requestId, method, path, null, 0, emulatorTime);
                ex.close(); // no headers sent: the JDK server closes the connection
                return;
            }
            if (fault != null && fault.kind == Scenario.FaultKind.RESPOND) {
                reply = Exchange.Reply.error(new ApiException(fault.status, fault.code, fault.message, null, fault.retryAfter));
            } else {
                String ct = ex.getRequestHeaders().getFirst("Content-Type");
                boolean multipart = ct != null && ct.toLowerCase(Locale.ROOT).startsWith("multipart/");
                try {
                    if (fault != null && fault.kind == Scenario.FaultKind.THROW) {
                        raise(fault.throwable);
                    }
                    body = multipart ? null : HttpIo.readBody(ex, MAX_BODY);
                    reply = dispatch(new Exchange.Req(ex, method, path, HttpIo.query(ex.getRequestURI().getRawQuery()), body));
                } catch (ApiException e) {
                    reply = errorReply(path, e);
                }
                if (reply == null) {
                    recorded = record(ex, requestId, method, path, body, ex.getResponseCode(), emulatorTime);
                    return; // streamed by the handler itself
                }
                if (fault != null && fault.kind == Scenario.FaultKind.DROP_AFTER) {
                    recorded = record(ex, requestId, method, path, body, 0, emulatorTime);
                    ex.close();
                    return;
                }
            }
            int status = fault != null && fault.kind == Scenario.FaultKind.MALFORMED ? 200 : reply.status();
            // journal first: a test that saw the answer must also see the entry
            recorded = record(ex, requestId, method, path, body, status, emulatorTime);
            if (latency.isZero()) {
                write(ex, method, reply, fault);
            } else {
                answerLater(ex, method, reply, fault);
            }
        } catch (Throwable e) { // an Error too: uncaught, it would leave the client waiting for ever
            fail(ex, requestId, method, path, body, emulatorTime, recorded, e);
        }
    }

    /** The answer after the latency, from the scheduler: no server thread is held while it waits. */
    private void answerLater(GuardedExchange ex, String method, Exchange.Reply reply, Scenario.Fault fault) {
        scheduler.schedule(() -> {
            try {
                write(ex, method, reply, fault);
            } catch (Throwable e) { // the client went away meanwhile: nothing to answer to
                ex.abort();
            }
        }, latency.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** A 500 in the service's envelope if nothing was sent yet; otherwise the cut answer's connection is closed. */
    private void fail(GuardedExchange ex, String requestId, String method, String path, byte[] body,
                      Instant emulatorTime, boolean recorded, Throwable e) {
        try {
            boolean started = ex.headersSent();
            if (!(started && e instanceof IOException)) { // an IOException while answering: the client went away
                e.printStackTrace();
            }
            if (!recorded) {
                record(ex, requestId, method, path, body, started ? ex.getResponseCode() : 500, emulatorTime);
            }
            if (started) {
                ex.abort();
                return;
            }
            write(ex, method, errorReply(path, new ApiException(500, "InternalServiceError",
                    "The service encountered an unexpected internal error: " + e, null)), null);
        } catch (Throwable again) {
            ex.abort();
        }
    }

    private static Exchange.Reply errorReply(String path, ApiException e) {
        return path.startsWith("/v1/asset/") ? AssetEndpoints.error(e) : Exchange.Reply.error(e);
    }

    /** Throws a scripted failure as it is, checked or not. */
    private static void raise(Throwable t) throws IOException {
        if (t instanceof IOException) {
            throw (IOException) t;
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        throw new IllegalStateException(t);
    }

    private boolean record(HttpExchange ex, String requestId, String method, String path, byte[] body, int status,
                           Instant emulatorTime) {
        journal.add(entry(ex, requestId, method, path, body, status, emulatorTime));
        return true;
    }

    private Exchange.Reply dispatch(Exchange.Req req) throws IOException {
        String p = req.path();
        if (under(p, Routes.PT_TASKS)) {
            return tasks.official(req, p.substring(Routes.PT_TASKS.length()), TaskSpec.Dialect.POWERTOKENS);
        }
        if (under(p, Routes.TASKS)) {
            return tasks.official(req, p.substring(Routes.TASKS.length()), TaskSpec.Dialect.OFFICIAL);
        }
        if (under(p, Routes.VIDEOS)) {
            return tasks.videos(req, p.substring(Routes.VIDEOS.length()));
        }
        if (p.equals(Routes.ASSET_UPLOAD)) {
            return assetEndpoints.upload(req);
        }
        if (p.equals(Routes.ASSET_ID)) {
            return assetEndpoints.assetId(req);
        }
        if (p.startsWith(Routes.FILES)) {
            return files.serve(req);
        }
        throw new ApiException(404, "NotFound", "The requested path " + p + " does not exist.", null);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private void write(HttpExchange ex, String method, Exchange.Reply reply, Scenario.Fault fault) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", reply.contentType());
        reply.headers().forEach(h::set);
        byte[] bytes = reply.body();
        if (fault != null && fault.kind == Scenario.FaultKind.MALFORMED) {
            bytes = Arrays.copyOf(bytes, Math.max(1, bytes.length / 2));
            h.set("Content-Type", "application/json; charset=utf-8");
            reply = new Exchange.Reply(200, reply.contentType(), bytes, reply.headers());
        }
        if ("HEAD".equals(method)) {
            h.set("Content-Length", String.valueOf(bytes.length));
            ex.sendResponseHeaders(reply.status(), -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        OutputStream out = ex.getResponseBody();
        int half = bytes.length / 2;
        if (fault != null && fault.kind == Scenario.FaultKind.THROW_MID_BODY) {
            try (OutputStream o = out) { // closed short before the failure propagates, as a streaming handler does
                o.write(bytes, 0, half);
                o.flush();
                raise(fault.throwable);
            }
        }
        if (fault != null && fault.kind == Scenario.FaultKind.TRUNCATE) {
            out.write(bytes, 0, half);
            out.flush();
            ex.close(); // fewer bytes than Content-Length: the server drops the connection
            return;
        }
        if (fault != null && fault.kind == Scenario.FaultKind.SLOW_BODY) {
            out.write(bytes, 0, half);
            out.flush();
            byte[] all = bytes;
            // the rest goes out later from the scheduler, without holding a server thread
            scheduler.schedule(() -> {
                try (OutputStream o = out) {
                    o.write(all, half, all.length - half);
                } catch (IOException e) {
                    ex.close();
                }
            }, fault.delay.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        try (OutputStream o = out) {
            o.write(bytes);
        }
    }

    private static Journal.Entry entry(HttpExchange ex, String requestId, String method, String path, byte[] body,
                                       int status, Instant emulatorTime) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> {
            if (!"authorization".equalsIgnoreCase(k)) {
                headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(new ArrayList<>(v)));
            }
        });
        String ct = ex.getRequestHeaders().getFirst("Content-Type");
        String text = body != null && body.length > 0 && body.length <= JOURNAL_BODY_LIMIT
                && (ct == null || ct.toLowerCase(Locale.ROOT).contains("json"))
                ? new String(body, StandardCharsets.UTF_8) : null;
        InetSocketAddress client = ex.getRemoteAddress();
        return new Journal.Entry(requestId, method, path, ex.getRequestURI().getRawQuery(), Map.copyOf(headers),
                Auth.scheme(ex.getRequestHeaders().getFirst("Authorization")), text, status, emulatorTime, Instant.now(),
                client.getAddress().getHostAddress() + ":" + client.getPort());
    }
}
