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
package io.github.camelseedance.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerationRequestValidatorTest {

    static final String STANDARD = "dreamina-seedance-2-0-260128";
    static final String FAST = "dreamina-seedance-2-0-fast-260128";
    static final String IMG = "asset://img-1";
    static final String IMG2 = "https://media.example/i2.png";
    static final String VIDEO = "asset://vid-1";
    static final String AUDIO = "asset://aud-1";

    private final GenerationRequestValidator strict = new GenerationRequestValidator(true);
    private final GenerationRequestValidator lenient = new GenerationRequestValidator(false);

    private static GenerationRequest.Builder text() {
        return GenerationRequest.builder().model(STANDARD).prompt("a cat surfing");
    }

    private GenerationRequest ok(GenerationRequest.Builder b) {
        GenerationRequest r = b.build();
        assertSame(r, assertDoesNotThrow(() -> strict.validate(r)));
        return r;
    }

    private SeedanceValidationException refused(GenerationRequest.Builder b, String field) {
        return refused(strict, b, field);
    }

    private static SeedanceValidationException refused(GenerationRequestValidator v, GenerationRequest.Builder b,
            String field) {
        GenerationRequest r = b.build();
        SeedanceValidationException e = assertThrows(SeedanceValidationException.class, () -> v.validate(r));
        assertEquals(field, e.getField(), e.getMessage());
        assertNotNull(e.getAllowed());
        assertTrue(e.getMessage().contains(field), e.getMessage());
        return e;
    }

    // ---- happy paths

    @Test
    void textToVideoWithEveryParameter() {
        GenerationRequest r = ok(text().set(GenerationParameter.RATIO, "16:9").set(GenerationParameter.DURATION, 5)
                .set(GenerationParameter.RESOLUTION, "720p").set(GenerationParameter.SEED, 42L)
                .set(GenerationParameter.CAMERA_FIXED, false)
                .set(GenerationParameter.WATERMARK, true).set(GenerationParameter.GENERATE_AUDIO, true)
                .set(GenerationParameter.RETURN_LAST_FRAME, true).set(GenerationParameter.CALLBACK_URL,
                "https://hooks.example/cb")
                .set(GenerationParameter.SERVICE_TIER, "default").set(GenerationParameter.EXECUTION_EXPIRES_AFTER, 172800L)
                .set(GenerationParameter.PRIORITY, 1).set(GenerationParameter.SAFETY_IDENTIFIER, "user-1")
                .set(GenerationParameter.FRAMES, 121).tools(List.of(Map.of("type", "web_search"))));
        assertEquals(GenerationMode.TEXT_TO_VIDEO, r.mode());
    }

    @Test
    void imageToVideo() {
        GenerationRequest r = ok(text().firstFrame(IMG).set(GenerationParameter.RESOLUTION, "1080p")
                .set(GenerationParameter.RATIO, "adaptive"));
        assertEquals(GenerationMode.IMAGE_TO_VIDEO, r.mode());
    }

    @Test
    void imageToVideoWithoutPrompt() {
        ok(GenerationRequest.builder().model(STANDARD).firstFrame("data:image/png;base64,iVBORw0KGgo="));
    }

    @Test
    void firstLastFrame() {
        GenerationRequest r = ok(text().firstFrame(IMG).lastFrame(IMG2).set(GenerationParameter.RESOLUTION, "1080p"));
        assertEquals(GenerationMode.FIRST_LAST_FRAME, r.mode());
    }

    @Test
    void multimodalReference() {
        GenerationRequest r = ok(text().referenceImage(IMG).referenceImage(IMG2).referenceVideo(VIDEO)
                .referenceVideo("https://media.example/v.mp4").referenceAudio(AUDIO)
                .referenceAudio("data:audio/wav;base64,UklGRgAAAABXQVZF").set(GenerationParameter.RESOLUTION, "1080p"));
        assertEquals(GenerationMode.MULTIMODAL_REFERENCE, r.mode());
    }

    @Test
    void draftTaskAloneIsEnough() {
        GenerationRequest r = ok(GenerationRequest.builder().model(STANDARD).draftTaskId("cgt-draft"));
        assertEquals(GenerationMode.DRAFT, r.mode());
    }

    @Test
    void everyDocumentedRatioAndResolution() {
        for (String ratio : Ratios.ALL) {
            ok(text().set(GenerationParameter.RATIO, ratio));
        }
        ok(text().set(GenerationParameter.RESOLUTION, "480p"));
        ok(text().set(GenerationParameter.RESOLUTION, "720p"));
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 4, 10, 15 })
    void durationsAccepted(int duration) {
        ok(text().set(GenerationParameter.DURATION, duration));
    }

    @Test
    void seedBounds() {
        ok(text().set(GenerationParameter.SEED, -1L));
        ok(text().set(GenerationParameter.SEED, 0L));
        ok(text().set(GenerationParameter.SEED, 4294967295L));
    }

    @Test
    void executionExpiresAfterBounds() {
        ok(text().set(GenerationParameter.EXECUTION_EXPIRES_AFTER, 3600L));
        ok(text().set(GenerationParameter.EXECUTION_EXPIRES_AFTER, 259200L));
    }

    @Test
    void safetyIdentifierOf64() {
        ok(text().set(GenerationParameter.SAFETY_IDENTIFIER, "s".repeat(64)));
    }

    @Test
    void httpCallbackAccepted() {
        ok(text().set(GenerationParameter.CALLBACK_URL, "http://hooks.example:8080/cb"));
    }

    @Test
    void mediaCountsAtTheLimits() {
        GenerationRequest.Builder b = text();
        for (int i = 0; i < 9; i++) {
            b.referenceImage("asset://img-" + i);
        }
        for (int i = 0; i < 3; i++) {
            b.referenceVideo("asset://vid-" + i);
        }
        ok(b); // 12 media
        GenerationRequest.Builder audios = text().referenceImage(IMG);
        for (int i = 0; i < 3; i++) {
            audios.referenceAudio("asset://aud-" + i);
        }
        ok(audios);
    }

    // ---- refusals

    @Test
    void modelMissing() {
        refused(GenerationRequest.builder().prompt("x"), "model");
        refused(GenerationRequest.builder().model("  ").prompt("x"), "model");
    }

    @Test
    void noPromptAndNoMedia() {
        refused(GenerationRequest.builder().model(STANDARD), "prompt");
        refused(GenerationRequest.builder().model(STANDARD).prompt("   "), "prompt");
    }

    @Test
    void badRatio() {
        refused(text().set(GenerationParameter.RATIO, "2:1"), "ratio");
    }

    @Test
    void badResolution() {
        refused(text().set(GenerationParameter.RESOLUTION, "4k"), "resolution");
        refused(text().set(GenerationParameter.RESOLUTION, "1080P"), "resolution");
    }

    @ParameterizedTest
    @ValueSource(ints = { 3, 16, 0, -2 })
    void durationsRefused(int duration) {
        SeedanceValidationException e = refused(text().set(GenerationParameter.DURATION, duration), "duration");
        assertEquals(String.valueOf(duration), e.getValue());
    }

    @Test
    void seedOutOfRange() {
        refused(text().set(GenerationParameter.SEED, -2L), "seed");
        refused(text().set(GenerationParameter.SEED, 4294967296L), "seed");
    }

    @Test
    void executionExpiresAfterOutOfRange() {
        refused(text().set(GenerationParameter.EXECUTION_EXPIRES_AFTER, 3599L), "executionExpiresAfter");
        refused(text().set(GenerationParameter.EXECUTION_EXPIRES_AFTER, 259201L), "executionExpiresAfter");
    }

    @Test
    void safetyIdentifierOf65() {
        refused(text().set(GenerationParameter.SAFETY_IDENTIFIER, "s".repeat(65)), "safetyIdentifier");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://hooks.example/cb", "hooks.example/cb", "https://", "not a url" })
    void callbackUrlRefused(String url) {
        refused(text().set(GenerationParameter.CALLBACK_URL, url), "callbackUrl");
    }

    @Test
    void framesMustBePositive() {
        refused(text().set(GenerationParameter.FRAMES, 0), "frames");
    }

    @Test
    void lastFrameWithoutFirst() {
        refused(text().lastFrame(IMG), "lastFrame");
    }

    @Test
    void twoFirstFrames() {
        refused(text().firstFrame(IMG).firstFrame(IMG2), "firstFrame");
    }

    @Test
    void twoLastFrames() {
        refused(text().firstFrame(IMG).lastFrame(IMG).lastFrame(IMG2), "lastFrame");
    }

    @Test
    void framesMixedWithReferences() {
        refused(text().firstFrame(IMG).referenceImage(IMG2), "media");
        refused(text().firstFrame(IMG).referenceVideo(VIDEO), "media");
    }

    @Test
    void audioAlone() {
        refused(text().referenceAudio(AUDIO), "referenceAudios");
    }

    @Test
    void tenReferenceImages() {
        GenerationRequest.Builder b = text();
        for (int i = 0; i < 10; i++) {
            b.referenceImage("asset://img-" + i);
        }
        refused(b, "referenceImages");
    }

    @Test
    void fourReferenceVideos() {
        GenerationRequest.Builder b = text();
        for (int i = 0; i < 4; i++) {
            b.referenceVideo("asset://vid-" + i);
        }
        refused(b, "referenceVideos");
    }

    @Test
    void fourReferenceAudios() {
        GenerationRequest.Builder b = text().referenceImage(IMG);
        for (int i = 0; i < 4; i++) {
            b.referenceAudio("asset://aud-" + i);
        }
        refused(b, "referenceAudios");
    }

    @Test
    void moreThanTwelveMedia() {
        GenerationRequest.Builder b = text();
        for (int i = 0; i < 9; i++) {
            b.referenceImage("asset://img-" + i);
        }
        for (int i = 0; i < 3; i++) {
            b.referenceVideo("asset://vid-" + i);
        }
        b.referenceAudio(AUDIO);
        refused(b, "media");
    }

    @Test
    void plainHttpMediaUrl() {
        refused(text().firstFrame("http://media.example/i.png"), "firstFrame");
        refused(text().referenceImage("http://media.example/i.png"), "referenceImages");
        refused(text().referenceImage(IMG).referenceVideo("http://media.example/v.mp4"), "referenceVideos");
        refused(text().referenceImage(IMG).referenceAudio("http://media.example/a.mp3"), "referenceAudios");
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:///tmp/i.png", "/tmp/i.png", "https://", "ftp://media.example/i.png" })
    void otherMediaUrlsRefused(String url) {
        refused(text().firstFrame(url), "firstFrame");
    }

    @Test
    void assetWithEmptyId() {
        refused(text().firstFrame("asset://"), "firstFrame");
        refused(text().referenceImage("asset://   "), "referenceImages");
    }

    @Test
    void dataUriOfTheWrongKind() {
        refused(text().firstFrame("data:video/mp4;base64,AAAA"), "firstFrame");
        refused(text().referenceImage(IMG).referenceVideo("data:image/png;base64,AAAA"), "referenceVideos");
        refused(text().referenceImage(IMG).referenceAudio("data:video/mp4;base64,AAAA"), "referenceAudios");
    }

    @Test
    void dataUriNotBase64() {
        refused(text().firstFrame("data:image/png,rawbytes"), "firstFrame");
        refused(text().firstFrame("data:image/png;base64"), "firstFrame");
        refused(text().firstFrame("data:;base64,AAAA"), "firstFrame");
    }

    @Test
    void dataUriWithAPayloadThatIsNotBase64() {
        refused(text().firstFrame("data:image/png;base64,this is not base64!"), "firstFrame");
    }

    @Test
    void dataUriOverSixtyFourMegabytes() {
        int payload = (int) GenerationRequestValidator.MAX_BODY_BYTES + 1024;
        String big = "data:image/png;base64,iVBORw0KGgoAAAAN" + "A".repeat(payload); // a png signature, then zeros
        SeedanceValidationException e = refused(text().firstFrame(big), "media");
        assertTrue(e.getMessage().length() < 1000, "the message is kept short");
    }

    @Test
    void textToVideo1080pOnTheStandardModel() {
        refused(text().set(GenerationParameter.RESOLUTION, "1080p"), "resolution");
        refused(text().model("doubao-seedance-2-0-260128").set(GenerationParameter.RESOLUTION, "1080p"), "resolution");
    }

    @Test
    void anything1080pOnTheFastModel() {
        refused(text().model(FAST).set(GenerationParameter.RESOLUTION, "1080p"), "resolution");
        refused(text().model(FAST).firstFrame(IMG).set(GenerationParameter.RESOLUTION, "1080p"), "resolution");
        refused(text().model(FAST).firstFrame(IMG).lastFrame(IMG2).set(GenerationParameter.RESOLUTION, "1080p"), "resolution");
        refused(text().model(FAST).referenceImage(IMG).set(GenerationParameter.RESOLUTION, "1080p"), "resolution");
        refused(text().model("doubao-seedance-2-0-fast-260128").firstFrame(IMG).set(GenerationParameter.RESOLUTION, "1080p"),
                "resolution");
        ok(text().model(FAST).firstFrame(IMG).set(GenerationParameter.RESOLUTION, "720p"));
    }

    @Test
    void unknownModelSkipsCapabilityChecks() {
        ok(text().model("ep-20250101-abcdef").set(GenerationParameter.RESOLUTION, "1080p"));
        ok(text().model("dreamina-seedance-3-0-999999").firstFrame(IMG).set(GenerationParameter.RESOLUTION, "1080p"));
    }

    @Test
    void capabilityChecksOffAcceptsWhatTheModelMayRefuse() {
        assertDoesNotThrow(() -> lenient.validate(text().model(FAST).set(GenerationParameter.RESOLUTION, "1080p").build()));
        assertDoesNotThrow(() -> lenient.validate(text().set(GenerationParameter.RESOLUTION, "1080p").build()));
        // the documented limits still apply in lenient mode
        refused(lenient, text().model(FAST).set(GenerationParameter.DURATION, 16), "duration");
        refused(lenient, text().set(GenerationParameter.RESOLUTION, "4k"), "resolution");
    }
}
