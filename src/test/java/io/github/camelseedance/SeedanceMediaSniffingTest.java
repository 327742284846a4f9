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

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelseedance.client.Provider;
import io.github.camelseedance.model.MediaSamples;
import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelseedance.model.MediaSamples.dataUri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Media whose bytes do not match their declared type or their role, empty media, and media values of other schemes
 * are refused naming the field, before anything is uploaded or created: WireMock receives no request at all.
 */
class SeedanceMediaSniffingTest extends SeedanceWireMockTestSupport {

    private static final String UPLOAD = "/v1/asset/upload";

    @TempDir
    static Path dir;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seedance:create");
                from("direct:byteplus").to("seedance:create?provider=byteplus");
                from("direct:remote").to("seedance:create?allowPrivateMediaHosts=true");
                from("direct:upload").to("seedance:upload");
            }
        };
    }

    static Stream<Arguments> badMedia() {
        return Stream.of(
                // staged through the Asset Library (PowerTokens): files, bytes and data: URIs
                bad("create", "firstFrame",
                        header(SeedanceConstants.FIRST_FRAME, () -> file("notes.png", MediaSamples.text()))),
                bad("create", "firstFrame",
                        header(SeedanceConstants.FIRST_FRAME, () -> file("clip.mp4", MediaSamples.mp4()))),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, MediaSamples::mp4)),
                bad("create", "firstFrame",
                        header(SeedanceConstants.FIRST_FRAME, () -> dataUri("image/png", MediaSamples.mp4()))),
                bad("create", "firstFrame",
                        header(SeedanceConstants.FIRST_FRAME, () -> dataUri("image/png", MediaSamples.jpeg()))),
                bad("create", "firstFrame",
                        header(SeedanceConstants.FIRST_FRAME, () -> dataUri("image/png", MediaSamples.text()))),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> new byte[0])),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> file("empty.png", new byte[0]))),
                bad("create", "lastFrame", m -> {
                    prompt(m).setHeader(SeedanceConstants.FIRST_FRAME, "asset://first");
                    m.setHeader(SeedanceConstants.LAST_FRAME, file("last.png", MediaSamples.jpeg()));
                }),
                bad("create", "referenceVideos", header(SeedanceConstants.REFERENCE_VIDEOS, MediaSamples::png)),
                bad("create", "referenceVideos",
                        header(SeedanceConstants.REFERENCE_VIDEOS, () -> file("ref.mp4", MediaSamples.png()))),
                bad("create", "referenceImages", header(SeedanceConstants.REFERENCE_IMAGES, MediaSamples::wav)),
                bad("create", "referenceImages",
                        header(SeedanceConstants.REFERENCE_IMAGES, () -> file("photo.heic", MediaSamples.mov()))),
                bad("create", "referenceAudios", m -> {
                    prompt(m).setHeader(SeedanceConstants.REFERENCE_IMAGES, "asset://img");
                    m.setHeader(SeedanceConstants.REFERENCE_AUDIOS, MediaSamples.png());
                }),
                // passed to the server as they are (BytePlus): the validator decodes the first bytes
                bad("byteplus", "firstFrame",
                        header(SeedanceConstants.FIRST_FRAME, () -> dataUri("image/png", MediaSamples.jpeg()))),
                bad("byteplus", "firstFrame",
                        header(SeedanceConstants.FIRST_FRAME, () -> dataUri("image/png", MediaSamples.text()))),
                bad("byteplus", "firstFrame",
                        header(SeedanceConstants.FIRST_FRAME, () -> dataUri("image/png", MediaSamples.mp4()))),
                bad("byteplus", "referenceVideos",
                        header(SeedanceConstants.REFERENCE_VIDEOS, () -> dataUri("video/mp4", MediaSamples.png()))),
                bad("byteplus", "referenceImages",
                        header(SeedanceConstants.REFERENCE_IMAGES, () -> dataUri("image/png", MediaSamples.wav()))),
                // a remote medium whose name shows the wrong kind is not even fetched
                bad("remote", "referenceVideos",
                        header(SeedanceConstants.REFERENCE_VIDEOS, () -> "https://127.0.0.1:9/media/cat.png")),
                // schemes other than asset://, https:// and data:, and ids outside the id rule
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "javascript:alert(1)")),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "ftp://x")),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "file:/etc/passwd")),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "mailto:someone@example.com")),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "asset://../x")),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "asset://a b")),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "a b")),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "..")),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "pending-upload-0")),
                bad("create", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "asset://pending-upload-0")),
                bad("byteplus", "firstFrame", header(SeedanceConstants.FIRST_FRAME, () -> "javascript:alert(1)")),
                bad("create", "referenceImages",
                        header(SeedanceConstants.REFERENCE_IMAGES, () -> List.of("asset://ok", "vbscript:msgbox"))),
                bad("create", "firstFrame", m -> m.setBody(Map.of("prompt", "x", "content", List.of(Map.of("type",
                        "image_url", "role", "first_frame", "image_url", Map.of("url", "javascript:alert(1)")))))),
                // the upload operation
                bad("upload", "file", m -> m.setBody(file("notes.png", MediaSamples.text()))),
                bad("upload", "file", m -> m.setBody(file("clip.png", MediaSamples.mp4()))),
                bad("upload", "file", m -> m.setBody(file("empty.png", new byte[0]))),
                bad("upload", "file", m -> named(m, "clip.mov").setBody(MediaSamples.mp4())),
                bad("upload", "file", m -> {
                    m.setHeader(SeedanceConstants.CONTENT_TYPE, "image/png");
                    m.setBody(MediaSamples.jpeg());
                }),
                bad("upload", "file", m -> named(m, "a.png").setBody(InputStream.nullInputStream())),
                bad("upload", "file", m -> named(m, "a.png").setBody(new ByteArrayInputStream(MediaSamples.text()))),
                bad("upload", "file", m -> named(m, "a.wav").setBody(new ByteArrayInputStream(MediaSamples.mp4()))));
    }

    private static Arguments bad(String route, String field, Consumer<Message> setup) {
        return Arguments.of(route, field, setup);
    }

    private static Consumer<Message> header(String name, Supplier<Object> value) {
        return m -> prompt(m).setHeader(name, value.get());
    }

    private static Message prompt(Message m) {
        m.setBody("A prompt");
        return m;
    }

    private static Message named(Message m, String fileName) {
        m.setHeader(SeedanceConstants.FILE_NAME, fileName);
        return m;
    }

    private static Path file(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("badMedia")
    void refusedBeforeAnyRequest(String route, String field, Consumer<Message> setup) {
        Exchange out = template.request("direct:" + route, e -> setup.accept(e.getMessage()));
        Exception failure = out.getException();
        SeedanceValidationException refusal = assertInstanceOf(SeedanceValidationException.class, failure,
                () -> "expected a validation error, got " + failure);
        assertEquals(field, refusal.getField(), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("allowed"), refusal.getMessage());
        assertTrue(refusal.getMessage().length() < 600, "no data in the message: " + refusal.getMessage());
        assertEquals(0, wm.getAllServeEvents().size(), "no HTTP request may be sent for bad media");
    }

    @Test
    void movAndHeicFilesAreUploadedAsWhatTheyAre() {
        stubUpload();
        byte[] mov = MediaSamples.mov();
        byte[] heic = MediaSamples.heic();

        assertEquals("up-1", template.request("direct:upload", e -> e.getMessage().setBody(file("clip.mov", mov)))
                .getMessage().getHeader(SeedanceConstants.UPLOAD_TASK_ID));
        assertEquals("up-1", template.request("direct:upload", e -> e.getMessage().setBody(file("photo.heic", heic)))
                .getMessage().getHeader(SeedanceConstants.UPLOAD_TASK_ID));

        List<LoggedRequest> uploads = wm.findAll(postRequestedFor(urlEqualTo(UPLOAD)));
        assertEquals(2, uploads.size());
        assertEquals("video/quicktime", uploads.get(0).getPart("file").getHeader("Content-Type").firstValue());
        assertArrayEquals(mov, uploads.get(0).getPart("file").getBody().asBytes());
        assertEquals("image/heic", uploads.get(1).getPart("file").getHeader("Content-Type").firstValue());
    }

    @Test
    void aStreamIsUploadedWholeAfterItsFirstBytesWereChecked() {
        stubUpload();
        byte[] wav = MediaSamples.wav();

        Exchange out = template.request("direct:upload", e -> {
            e.getMessage().setHeader(SeedanceConstants.FILE_NAME, "voice.wav");
            e.getMessage().setBody(new NoMark(new ByteArrayInputStream(wav)));
        });

        assertEquals("up-1", out.getMessage().getHeader(SeedanceConstants.UPLOAD_TASK_ID),
                () -> String.valueOf(out.getException()));
        assertArrayEquals(wav, wm.findAll(postRequestedFor(urlEqualTo(UPLOAD))).get(0).getPart("file").getBody().asBytes());
    }

    @Test
    void aDataUriWhoseBytesMatchIsPassedOn() {
        wm.stubFor(post(urlEqualTo(Provider.BYTEPLUS.tasksPath()))
                .willReturn(okJson("{\"id\":\"cgt-1\"}")));

        Exchange out = template.request("direct:byteplus", e -> prompt(e.getMessage())
                .setHeader(SeedanceConstants.FIRST_FRAME, dataUri("image/png", TestImages.png(640, 360))));

        assertEquals("cgt-1", out.getMessage().getBody(), () -> String.valueOf(out.getException()));
    }

    private static void stubUpload() {
        wm.stubFor(post(urlEqualTo(UPLOAD)).willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-1\"}}")));
        wm.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id"))
                .willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"asset-1\"}}")));
    }

    /** A stream without mark support, like most network streams. */
    private static final class NoMark extends FilterInputStream {
        NoMark(InputStream in) {
            super(in);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
