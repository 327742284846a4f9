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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;

/**
 * Result downloads standing in for the provider's signed object-store URLs: no auth, valid for a configured time on
 * the emulator clock, then 403 like an expired signature. The video is rendered on first download and cached on the
 * task; with a large-result size configured it is streamed with padding, never built in memory.
 */
final class ResultFiles {

    private record FileRef(EmuTask task, boolean video, Instant expiresAt) {
    }

    private final Map<String, FileRef> byToken = new ConcurrentHashMap<>();
    private final EmulatorClock clock;
    private final Supplier<String> baseUrl;
    private final Supplier<Duration> urlValidity;
    private final LongSupplier largeResultBytes;

    ResultFiles(EmulatorClock clock, Supplier<String> baseUrl, Supplier<Duration> urlValidity, LongSupplier largeResultBytes) {
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.urlValidity = urlValidity;
        this.largeResultBytes = largeResultBytes;
    }

    /** URLs for a task that just succeeded: [video, last frame or null]. */
    String[] issue(EmuTask task, Instant at) {
        Instant expires = at.plus(urlValidity.get());
        String video = Ids.fileToken();
        byToken.put(video, new FileRef(task, true, expires));
        String png = null;
        if (Boolean.TRUE.equals(task.spec.returnLastFrame)) {
            png = Ids.fileToken();
            byToken.put(png, new FileRef(task, false, expires));
        }
        String signature = "?X-Tos-Expires=" + expires.getEpochSecond();
        return new String[] {
            baseUrl.get() + Routes.FILES + video + ".mp4" + signature,
            png == null ? null : baseUrl.get() + Routes.FILES + png + ".png" + signature
        };
    }

    /** Whether a URL this issued has expired (unknown URLs count as expired). */
    boolean expired(String url, Instant now) {
        if (url == null) {
            return false;
        }
        int start = url.indexOf(Routes.FILES);
        int dot = url.indexOf('.', start < 0 ? 0 : start + Routes.FILES.length());
        FileRef ref = start < 0 || dot < 0 ? null : byToken.get(url.substring(start + Routes.FILES.length(), dot));
        return ref == null || now.isAfter(ref.expiresAt());
    }

    /** The answer for a result URL, or null when the (large) video was streamed straight to the exchange. */
    Exchange.Reply serve(Exchange.Req req) throws IOException {
        String name = req.path().substring(Routes.FILES.length());
        int dot = name.lastIndexOf('.');
        FileRef ref = dot < 0 ? null : byToken.get(name.substring(0, dot));
        if (!"GET".equals(req.method()) && !"HEAD".equals(req.method())) {
            return xml(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
        }
        if (ref == null || !name.endsWith(ref.video() ? ".mp4" : ".png")) {
            return xml(404, "NoSuchKey", "The specified key does not exist.");
        }
        if (clock.now().isAfter(ref.expiresAt())) {
            return xml(403, "AccessDenied", "Request has expired.");
        }
        VideoRenderer.Rendered r = render(ref.task());
        if (!ref.video()) {
            return new Exchange.Reply(200, "image/png", r.lastFramePng(), Map.of());
        }
        long length = VideoRenderer.paddedLength(r.mp4().length, largeResultBytes.getAsLong());
        if (length == r.mp4().length) {
            return new Exchange.Reply(200, "video/mp4", r.mp4(), Map.of());
        }
        HttpExchange ex = req.raw();
        ex.getResponseHeaders().set("Content-Type", "video/mp4");
        if ("HEAD".equals(req.method())) {
            ex.getResponseHeaders().set("Content-Length", String.valueOf(length));
            ex.sendResponseHeaders(200, -1);
            ex.close();
            return null;
        }
        ex.sendResponseHeaders(200, length);
        try (OutputStream out = ex.getResponseBody()) {
            VideoRenderer.writePadded(r.mp4(), length, out);
        } catch (IOException e) {
            ex.close(); // client went away mid-download
        }
        return null;
    }

    /** Renders once per task; concurrent first downloads wait for the same rendering. */
    static VideoRenderer.Rendered render(EmuTask t) {
        VideoRenderer.Rendered r = t.rendered;
        if (r == null) {
            synchronized (t) {
                r = t.rendered;
                if (r == null) {
                    r = VideoRenderer.render(t.ratio, t.firstImage, t.lastImage, t.seed);
                    t.rendered = r;
                }
            }
        }
        return r;
    }

    /** Object-store style error, as a signed URL answers. */
    private static Exchange.Reply xml(int status, String code, String message) {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
        return new Exchange.Reply(status, "application/xml", body, Map.of());
    }
}
