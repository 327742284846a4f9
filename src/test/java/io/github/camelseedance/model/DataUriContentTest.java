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

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelseedance.model.MediaSamples.dataUri;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Media passed to the server as they are (data: URIs, asset ids): the validator decodes the first bytes of a data:
 * URI and checks them against its header and its role, and asset ids follow the id rule.
 */
class DataUriContentTest {

    private final GenerationRequestValidator validator = new GenerationRequestValidator(true);

    private static GenerationRequest.Builder text() {
        return GenerationRequest.builder().model("dreamina-seedance-2-0-260128").prompt("a cat surfing");
    }

    private SeedanceValidationException refused(GenerationRequest.Builder b, String field) {
        GenerationRequest request = b.build();
        SeedanceValidationException e = assertThrows(SeedanceValidationException.class, () -> validator.validate(request));
        assertEquals(field, e.getField(), e.getMessage());
        assertTrue(e.getMessage().length() < 400, "the message names the medium, not its data: " + e.getMessage());
        return e;
    }

    private void ok(GenerationRequest.Builder b) {
        GenerationRequest request = b.build();
        assertDoesNotThrow(() -> validator.validate(request));
    }

    @Test
    void mediaWhoseBytesMatchTheirHeaderAndRole() {
        ok(text().firstFrame(dataUri("image/png", MediaSamples.png())));
        ok(text().firstFrame(dataUri("image/jpg", MediaSamples.jpeg())));
        ok(text().referenceImage(dataUri("image/heic", MediaSamples.heic()))
                .referenceVideo(dataUri("video/quicktime", MediaSamples.mov()))
                .referenceAudio(dataUri("audio/mpeg", MediaSamples.mp3Frame())));
    }

    @Test
    void aPngHeaderWithOtherBytes() {
        refused(text().firstFrame(dataUri("image/png", MediaSamples.jpeg())), "firstFrame");
        SeedanceValidationException e = refused(text().firstFrame(dataUri("image/png", MediaSamples.text())), "firstFrame");
        assertEquals("not a recognised image: a data:image/png URI", e.getValue());
    }

    @Test
    void bytesOfTheWrongKindUnderAnImageHeader() {
        refused(text().firstFrame(dataUri("image/png", MediaSamples.mp4())), "firstFrame");
        refused(text().firstFrame(dataUri("image/png", MediaSamples.wav())), "firstFrame");
        refused(text().firstFrame(dataUri("image/png", MediaSamples.png())).lastFrame(dataUri("image/gif", MediaSamples.mov())),
                "lastFrame");
    }

    @Test
    void referenceMediaOfTheWrongKind() {
        refused(text().referenceImage("asset://img-1").referenceVideo(dataUri("video/mp4", MediaSamples.png())),
                "referenceVideos");
        refused(text().referenceImage("asset://img-1").referenceAudio(dataUri("audio/wav", MediaSamples.mp4())),
                "referenceAudios");
        refused(text().referenceImage(dataUri("image/webp", MediaSamples.wav())), "referenceImages");
    }

    @Test
    void onlyAPrefixOfALargePayloadIsDecoded() {
        // 4 MB of payload after the first bytes, which alone decide
        String tail = "A".repeat(4 * 1024 * 1024);
        ok(text().firstFrame(dataUri("image/png", whole(MediaSamples.png())) + tail));
        refused(text().firstFrame(dataUri("image/png", whole(MediaSamples.text())) + tail), "firstFrame");
    }

    /** Cut to whole base64 groups, so that more payload can follow without padding in between. */
    private static byte[] whole(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length - bytes.length % 3);
    }

    @ParameterizedTest
    @ValueSource(strings = { "asset://../x", "asset://a b", "asset://..", "asset://a/b", "asset://javascript:alert(1)",
            "asset://" })
    void assetIdsFollowTheIdRule(String url) {
        SeedanceValidationException e = refused(text().firstFrame(url), "firstFrame");
        assertTrue(e.getAllowed().contains(Ids.ALLOWED), e.getAllowed());
    }

    @Test
    void validAssetIds() {
        ok(text().firstFrame("asset://asset-2024_05.v1"));
        ok(text().firstFrame("asset://" + "a".repeat(Ids.MAX_LENGTH)));
        refused(text().firstFrame("asset://" + "a".repeat(Ids.MAX_LENGTH + 1)), "firstFrame");
    }
}
