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
package io.github.camelseedance;

import java.io.File;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input costs nothing: each case is refused with the field named, and WireMock shows that no request was sent.
 */
class SeedanceBadInputTest extends SeedanceWireMockTestSupport {

    private static final String FAST = "dreamina-seedance-2-0-fast-260128";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seedance:create");
                from("direct:get").to("seedance:get");
                from("direct:list").to("seedance:list");
                from("direct:cancel").to("seedance:cancel");
                from("direct:upload").to("seedance:upload");
                from("direct:openai").to("seedance:create?apiStyle=openai");
                from("direct:openaiDynamic").to("seedance:get?apiStyle=openai");
            }
        };
    }

    @AfterEach
    void noRequestWasSent() {
        assertEquals(0, wm.getAllServeEvents().size(), "no HTTP request may be sent for bad input");
    }

    static Stream<Arguments> badExchanges() {
        String bigData = "data:image/png;base64," + "A".repeat(65 * 1024 * 1024);
        return Stream.of(
                bad("create", "model", m -> m.setBody(Map.of("model", " ", "prompt", "x"))),
                bad("create", "prompt", m -> m.setBody("")),
                bad("create", "prompt", m -> m.setBody(null)),
                bad("create", "ratio", m -> body(m).setHeader(SeedanceConstants.RATIO, "5:4")),
                bad("create", "resolution", m -> body(m).setHeader(SeedanceConstants.RESOLUTION, "4k")),
                bad("create", "duration", m -> body(m).setHeader(SeedanceConstants.DURATION, 3)),
                bad("create", "duration", m -> body(m).setHeader(SeedanceConstants.DURATION, 16)),
                bad("create", "duration", m -> body(m).setHeader(SeedanceConstants.DURATION, 0)),
                bad("create", SeedanceConstants.DURATION, m -> body(m).setHeader(SeedanceConstants.DURATION, "five")),
                bad("create", "seed", m -> body(m).setHeader(SeedanceConstants.SEED, -2L)),
                bad("create", "seed", m -> body(m).setHeader(SeedanceConstants.SEED, 4294967296L)),
                bad("create", "executionExpiresAfter",
                        m -> body(m).setHeader(SeedanceConstants.EXECUTION_EXPIRES_AFTER, 3599L)),
                bad("create", "executionExpiresAfter",
                        m -> body(m).setHeader(SeedanceConstants.EXECUTION_EXPIRES_AFTER, 259201L)),
                bad("create", "safetyIdentifier",
                        m -> body(m).setHeader(SeedanceConstants.SAFETY_IDENTIFIER, "u".repeat(65))),
                bad("create", "callbackUrl", m -> body(m).setHeader(SeedanceConstants.CALLBACK_URL, "ftp://x/y")),
                bad("create", "callbackUrl", m -> body(m).setHeader(SeedanceConstants.CALLBACK_URL, "not a url")),
                bad("create", "frames", m -> body(m).setHeader(SeedanceConstants.FRAMES, -5)),
                bad("create", SeedanceConstants.WATERMARK, m -> body(m).setHeader(SeedanceConstants.WATERMARK, "maybe")),
                bad("create", "lastFrame", m -> body(m).setHeader(SeedanceConstants.LAST_FRAME, "asset://a")),
                bad("create", "firstFrame",
                        m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, List.of("asset://a", "asset://b"))),
                bad("create", "media", m -> {
                    body(m).setHeader(SeedanceConstants.FIRST_FRAME, "asset://a");
                    m.setHeader(SeedanceConstants.REFERENCE_IMAGES, "asset://b");
                }),
                bad("create", "referenceAudios", m -> body(m).setHeader(SeedanceConstants.REFERENCE_AUDIOS, "asset://a")),
                bad("create", "referenceImages",
                        m -> body(m).setHeader(SeedanceConstants.REFERENCE_IMAGES, Collections.nCopies(10, "asset://i"))),
                bad("create", "referenceVideos",
                        m -> body(m).setHeader(SeedanceConstants.REFERENCE_VIDEOS, Collections.nCopies(4, "asset://v"))),
                bad("create", "referenceAudios", m -> {
                    body(m).setHeader(SeedanceConstants.REFERENCE_IMAGES, "asset://i");
                    m.setHeader(SeedanceConstants.REFERENCE_AUDIOS, Collections.nCopies(4, "asset://a"));
                }),
                bad("create", "media", m -> {
                    body(m).setHeader(SeedanceConstants.REFERENCE_IMAGES, Collections.nCopies(9, "asset://i"));
                    m.setHeader(SeedanceConstants.REFERENCE_VIDEOS, Collections.nCopies(3, "asset://v"));
                    m.setHeader(SeedanceConstants.REFERENCE_AUDIOS, "asset://a");
                }),
                bad("create", "firstFrame", m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, "https://127.0.0.1/a.png")),
                bad("create", "referenceImages",
                        m -> body(m).setHeader(SeedanceConstants.REFERENCE_IMAGES, List.of("asset://a",
                                "https://10.0.0.8/b.png"))),
                bad("create", "firstFrame", m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, "http://img.example/a.png")),
                bad("create", "firstFrame", m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, "asset://")),
                bad("create", "firstFrame", m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, "/no/such/file.png")),
                bad("create", "firstFrame", m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, new File("/no/such.png"))),
                bad("create", "firstFrame", m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, 42)),
                bad("create", "firstFrame", m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, "data:image/png,abc")),
                bad("create", "firstFrame", m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, bigData)),
                bad("create", "resolution", m -> body(m).setHeader(SeedanceConstants.RESOLUTION, "1080p")),
                bad("create", "resolution", m -> {
                    body(m).setHeader(SeedanceConstants.MODEL, FAST);
                    m.setHeader(SeedanceConstants.RESOLUTION, "1080p");
                    m.setHeader(SeedanceConstants.FIRST_FRAME, "asset://a");
                }),
                bad("create", "body", m -> m.setBody(12345)),
                bad("create", "body.colour", m -> m.setBody(Map.of("prompt", "x", "colour", "red"))),
                bad("create", "body.duration", m -> m.setBody(Map.of("prompt", "x", "duration", List.of(5)))),
                bad("create", "body.content[0].type", m -> m.setBody(Map.of("content", List.of(Map.of("type", "gif"))))),
                bad("get", SeedanceConstants.TASK_ID, m -> m.setBody(null)),
                bad("cancel", SeedanceConstants.TASK_ID, m -> m.setBody(" ")),
                bad("list", "pageSize", m -> m.setHeader(SeedanceConstants.PAGE_SIZE, 501)),
                bad("list", "pageNum", m -> m.setHeader(SeedanceConstants.PAGE_NUM, 0)),
                bad("list", SeedanceConstants.STATUS_FILTER, m -> m.setHeader(SeedanceConstants.STATUS_FILTER, "done")),
                bad("upload", "body", m -> m.setBody("not a file")),
                bad("upload", "file", m -> m.setBody(new File("/no/such/image.png"))),
                bad("upload", "contentType", m -> {
                    m.setBody(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 });
                    m.setHeader(SeedanceConstants.FILE_NAME, "notes.txt");
                }),
                bad("upload", "file", m -> m.setBody(TestImages.png(200, 200))),
                bad("upload", "file", m -> m.setBody(TestImages.png(1000, 300))),
                bad("upload", "file", m -> m.setBody(new byte[0])),
                bad("openai", "callbackUrl", m -> body(m).setHeader(SeedanceConstants.CALLBACK_URL, "https://hooks.example/x")),
                bad("openai", "serviceTier", m -> body(m).setHeader(SeedanceConstants.SERVICE_TIER, "flex")),
                bad("openai", "callbackUrl", m -> {
                    body(m).setHeader(SeedanceConstants.CALLBACK_URL, "https://hooks.example/x");
                    m.setHeader(SeedanceConstants.FIRST_FRAME, TestImages.png(640, 360)); // nothing is uploaded either
                }),
                bad("create", "firstFrame", m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, "/etc/hostname")),
                bad("create", "firstFrame", m -> body(m).setHeader(SeedanceConstants.FIRST_FRAME, "file:/etc/hostname")),
                bad("create", "firstFrame", m -> m.setBody(Map.of("prompt", "x", "content", List.of(Map.of("type", "image_url",
                        "image_url", Map.of("url", "/srv/uploads/other-user.jpg")))))),
                bad("openaiDynamic", "operation", m -> m.setHeader(SeedanceConstants.OPERATION, "list")),
                bad("openaiDynamic", "operation", m -> m.setHeader(SeedanceConstants.OPERATION, "cancel")),
                bad("create", SeedanceConstants.OPERATION, m -> m.setHeader(SeedanceConstants.OPERATION, "explode")));
    }

    private static Arguments bad(String route, String field, Consumer<Message> setup) {
        return Arguments.of(route, field, setup);
    }

    private static Message body(Message m) {
        m.setBody("A prompt");
        return m;
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("badExchanges")
    void refusedBeforeAnyRequest(String route, String field, Consumer<Message> setup) {
        Exchange out = template.request("direct:" + route, e -> setup.accept(e.getMessage()));
        Exception failure = out.getException();
        SeedanceValidationException refusal = assertInstanceOf(SeedanceValidationException.class, failure,
                () -> "expected a validation error, got " + failure);
        assertEquals(field, refusal.getField(), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("allowed"), refusal.getMessage());
    }

    @Test
    void badUriOptionsFailWhenTheRouteStarts() throws Exception {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("seedance:create?duration=20", "duration"),
                Map.entry("seedance:create?ratio=2:1", "ratio"),
                Map.entry("seedance:create?seed=-7", "seed"),
                Map.entry("seedance:list?pageSize=0", "pageSize"),
                Map.entry("seedance:list?statusFilter=done", "statusFilter"),
                Map.entry("seedance:explode", "operation"),
                Map.entry("seedance:list?apiStyle=openai", "operation"),
                Map.entry("seedance:create?provider=custom&baseUrl=", "baseUrl"),
                Map.entry("seedance:create?apiStyle=openai&provider=byteplus", "apiStyle"),
                Map.entry("seedance:create?maxRetries=-1", "maxRetries"),
                Map.entry("seedance:create?assetTimeout=0", "assetTimeout"),
                Map.entry("seedance:create?baseUrl=ftp://x", "baseUrl"),
                Map.entry("seedance:create?proxyPort=70000", "proxyPort"),
                Map.entry("seedance:create?executionExpiresAfter=10", "executionExpiresAfter"),
                Map.entry("seedance:create?baseUrl=http://gateway.example", "baseUrl"),
                Map.entry("seedance:create?baseUrl=http://127.attacker.example", "baseUrl"),
                Map.entry("seedance:create?baseUrl=http://127.0.0.1.nip.io:8089", "baseUrl"),
                Map.entry("seedance:create?apiStyle=openai&callbackUrl=https://hooks.example/cb", "callbackUrl"));
        cases.forEach((uri, field) -> {
            Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:bad").routeId("bad").to(uri);
                }
            }), uri);
            SeedanceValidationException refusal = Refusals.causeOf(e);
            assertEquals(field, refusal.getField(), uri + ": " + refusal.getMessage());
            try {
                context.removeRoute("bad");
            } catch (Exception ignored) {
                // the route was never added
            }
        });
        Exception unknown = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad2").routeId("bad2").to("seedance:create?colour=red");
            }
        }));
        assertTrue(String.valueOf(unknown.getCause()).contains("colour"), String.valueOf(unknown));
    }

}
