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

import java.awt.Color;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mode combinations, media counts and URL schemes per interface. */
class MediaRulesTest {

    @RegisterExtension
    static SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension();

    static String image;
    static String video;
    static String audio;

    @BeforeAll
    static void assets() {
        EmuClient c = new EmuClient(ext.emulator());
        image = "asset://" + c.uploadReady(ext.emulator(), TestMedia.png(40, 30, Color.BLUE), "a.png", "image/png");
        video = "asset://" + c.uploadReady(ext.emulator(), TestMedia.fakeMp4(), "v.mp4", "video/mp4");
        audio = "asset://" + c.uploadReady(ext.emulator(), TestMedia.fakeWav(), "a.wav", "audio/wav");
    }

    private static String item(String type, String url, String role) {
        return "{\"type\":\"" + type + "\",\"" + type + "\":{\"url\":\"" + url + "\"}" + (role == null ? "" : ",\"role\":\""
                + role + "\"") + "}";
    }

    private static EmuClient.Res create(String prefix, String... items) {
        List<String> all = new ArrayList<>(List.of("{\"type\":\"text\",\"text\":\"p\"}"));
        all.addAll(List.of(items));
        return new EmuClient(ext.emulator()).post(prefix, "{\"model\":\"" + EmuClient.MODEL + "\",\"content\":[" + String
                .join(",", all) + "]}");
    }

    private static void invalid(EmuClient.Res r, String paramPart) {
        assertEquals(400, r.status(), r.body());
        assertEquals("InvalidParameter", r.errorCode());
        assertTrue(r.errorParam().contains(paramPart), r.errorParam());
    }

    @Test
    void validModes() {
        for (String p : new String[] {Routes.TASKS, Routes.PT_TASKS}) {
            assertEquals(200, create(p, item("image_url", image, null)).status(), "bare image = first frame");
            assertEquals(200, create(p, item("image_url", image, "first_frame"), item("image_url", image, "last_frame"))
                    .status());
            assertEquals(200, create(p, item("image_url", image, "reference_image"), item("video_url", video,
                    "reference_video"),
                    item("audio_url", audio, "reference_audio")).status());
            assertEquals(200, create(p, item("video_url", video, null), item("audio_url", audio, null)).status());
        }
    }

    @Test
    void invalidCombinations() {
        invalid(create(Routes.TASKS, item("image_url", image, "last_frame")), "content[1]");
        invalid(create(Routes.TASKS, item("image_url", image, "first_frame"), item("image_url", image, "reference_image")),
                "content");
        invalid(create(Routes.TASKS, item("audio_url", audio, "reference_audio")), "content[1]");
        invalid(create(Routes.TASKS, item("image_url", image, "first_frame"), item("image_url", image, "first_frame")),
                "content[2]");
        invalid(create(Routes.TASKS, item("video_url", video, "first_frame")), "content[1].role");
        invalid(create(Routes.TASKS, item("image_url", image, "sideways")), "content[1].role");
        invalid(create(Routes.TASKS, "{\"type\":\"hologram\"}"), "content[1].type");
    }

    @Test
    void mediaCounts() {
        String[] ten = new String[10];
        java.util.Arrays.fill(ten, item("image_url", image, "reference_image"));
        invalid(create(Routes.TASKS, ten), "content");
        assertEquals(200, create(Routes.TASKS, java.util.Arrays.copyOf(ten, 9)).status());
        String[] videos = {item("video_url", video, null), item("video_url", video, null), item("video_url", video, null),
                item("video_url", video, null)};
        invalid(create(Routes.TASKS, videos), "content");
        String[] audios = {item("image_url", image, "reference_image"), item("audio_url", audio, null), item("audio_url",
                audio, null),
            item("audio_url", audio, null), item("audio_url", audio, null)};
        invalid(create(Routes.TASKS, audios), "content");
    }

    @Test
    void assetKindMustFitTheRole() {
        invalid(create(Routes.TASKS, item("image_url", video, "first_frame")), "content[1].image_url.url");
    }

    @Test
    void urlSchemesPerInterface() {
        String https = "https://example.invalid/cat.png";
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestMedia.png(16, 16, Color.RED));
        assertEquals(200, create(Routes.TASKS, item("image_url", https, "first_frame")).status());
        assertEquals(200, create(Routes.TASKS, item("image_url", data, "first_frame")).status());
        invalid(create(Routes.PT_TASKS, item("image_url", https, "first_frame")), "content[1].image_url.url");
        invalid(create(Routes.PT_TASKS, item("image_url", data, "first_frame")), "content[1].image_url.url");
        invalid(create(Routes.TASKS, item("image_url", "ftp://x/y.png", "first_frame")), "content[1].image_url.url");
        invalid(create(Routes.TASKS, item("image_url", "data:image/png;base64,@@@", "first_frame")),
                "content[1].image_url.url");
        invalid(create(Routes.TASKS, item("image_url", image, "reference_image"), item("video_url",
                "data:video/mp4;base64,AAAA", null)),
                "content[2].video_url.url");
    }

    @Test
    void unknownAssetIsRefusedNamingTheParam() {
        for (String p : new String[] {Routes.TASKS, Routes.PT_TASKS}) {
            EmuClient.Res r = create(p, item("image_url", image, "reference_image"), item("image_url", "asset://asset-nope",
                    "reference_image"));
            invalid(r, "content[2].image_url.url");
            assertTrue(r.json().at("/error/message").asText().contains("asset-nope"));
        }
    }
}
