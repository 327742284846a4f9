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

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GenerationRequestReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Map<String, Object> json(String text) throws Exception {
        return MAPPER.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }

    private static void refused(Map<?, ?> map, String field) {
        SeedanceValidationException e = assertThrows(SeedanceValidationException.class,
                () -> GenerationRequestReader.fromMap(map));
        assertEquals(field, e.getField(), e.getMessage());
    }

    @Test
    void readsTheOfficialContentArrayAndEveryParameter() throws Exception {
        GenerationRequest r = GenerationRequestReader.fromMap(json("""
                {"model":"dreamina-seedance-2-0-260128",
                 "content":[
                   {"type":"text","text":"a cat"},
                   {"type":"text","text":"surfing"},
                   {"type":"image_url","image_url":{"url":"asset://img-1"},"role":"reference_image"},
                   {"type":"video_url","video_url":{"url":"https://media.example/v.mp4"},"role":"reference_video"},
                   {"type":"audio_url","audio_url":{"url":"asset://aud-1"},"role":"reference_audio"}
                 ],
                 "ratio":"16:9","duration":5,"resolution":"720p","frames":121,"seed":4294967295,
                 "camera_fixed":false,"watermark":true,"generate_audio":true,"return_last_frame":true,
                 "callback_url":"https://hooks.example/cb","service_tier":"default",
                 "execution_expires_after":3600,"priority":2,"safety_identifier":"u1","draft":false,
                 "tools":[{"type":"web_search"}]}
                """));
        GenerationRequest expected = GenerationRequest.builder().model("dreamina-seedance-2-0-260128")
                .prompt("a cat\nsurfing").referenceImage("asset://img-1").referenceVideo("https://media.example/v.mp4")
                .referenceAudio("asset://aud-1").set(GenerationParameter.RATIO, "16:9").set(GenerationParameter.DURATION, 5)
                .set(GenerationParameter.RESOLUTION, "720p").set(GenerationParameter.FRAMES, 121)
                .set(GenerationParameter.SEED, 4294967295L).set(GenerationParameter.CAMERA_FIXED, false)
                .set(GenerationParameter.WATERMARK, true).set(GenerationParameter.GENERATE_AUDIO, true)
                .set(GenerationParameter.RETURN_LAST_FRAME, true)
                .set(GenerationParameter.CALLBACK_URL, "https://hooks.example/cb").set(GenerationParameter.SERVICE_TIER,
                "default").set(GenerationParameter.EXECUTION_EXPIRES_AFTER, 3600L).set(GenerationParameter.PRIORITY, 2)
                .set(GenerationParameter.SAFETY_IDENTIFIER, "u1").set(GenerationParameter.DRAFT, false).tools(List.of(Map
                .of("type", "web_search"))).build();
        assertEquals(expected, r);
        assertEquals(GenerationMode.MULTIMODAL_REFERENCE, r.mode());
    }

    @Test
    void readsFramesAndAnImageWithoutRoleAsFirstFrame() throws Exception {
        GenerationRequest r = GenerationRequestReader.fromMap(json("""
                {"model":"m","content":[
                   {"type":"image_url","image_url":{"url":"asset://first"}},
                   {"type":"image_url","image_url":{"url":"asset://last"},"role":"last_frame"}]}
                """));
        assertEquals(List.of(new Media(MediaRole.FIRST_FRAME, "asset://first"), new Media(MediaRole.LAST_FRAME,
                "asset://last")),
                r.media());
        assertNull(r.prompt());
        assertEquals(GenerationMode.FIRST_LAST_FRAME, r.mode());
    }

    @Test
    void readsADraftTask() throws Exception {
        GenerationRequest r = GenerationRequestReader.fromMap(json(
                "{\"model\":\"m\",\"content\":[{\"type\":\"draft_task\",\"draft_task\":{\"id\":\"cgt-d\"}}]}"));
        assertEquals("cgt-d", r.draftTaskId());
        assertEquals(GenerationMode.DRAFT, r.mode());
    }

    @Test
    void promptShortcut() {
        GenerationRequest r = GenerationRequestReader.fromMap(Map.of("model", "m", "prompt", "a dog", "duration", "6",
                "watermark", "false"));
        assertEquals(GenerationRequest.builder().model("m").prompt("a dog").set(GenerationParameter.DURATION, 6)
                .set(GenerationParameter.WATERMARK, false).build(), r);
    }

    @Test
    void unknownKeyRefused() {
        refused(Map.of("model", "m", "prompt", "x", "durration", 5), "body.durration");
        refused(Map.of("model", "m", "prompt", "x", "media", List.of()), "body.media");
    }

    @Test
    void nonStringKeyRefused() {
        Map<Object, Object> map = new HashMap<>();
        map.put("model", "m");
        map.put(7, "x");
        refused(map, "body.7");
    }

    @Test
    void wrongTypesRefused() {
        refused(Map.of("model", 5), "body.model");
        refused(Map.of("model", "m", "duration", "five"), "body.duration");
        refused(Map.of("model", "m", "duration", 5.5), "body.duration");
        refused(Map.of("model", "m", "duration", 5_000_000_000L), "body.duration");
        refused(Map.of("model", "m", "seed", true), "body.seed");
        refused(Map.of("model", "m", "watermark", "yes"), "body.watermark");
        refused(Map.of("model", "m", "watermark", 1), "body.watermark");
        refused(Map.of("model", "m", "tools", "web_search"), "body.tools");
        refused(Map.of("model", "m", "tools", List.of("web_search")), "body.tools");
        refused(Map.of("model", "m", "content", "a cat"), "body.content");
    }

    @Test
    void badContentItemsRefused() throws Exception {
        refused(json("{\"model\":\"m\",\"content\":[\"a cat\"]}"), "body.content[0]");
        refused(json("{\"model\":\"m\",\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"gif\"}]}"),
                "body.content[1].type");
        refused(json("{\"model\":\"m\",\"content\":[{\"type\":\"text\",\"text\":\"  \"}]}"), "body.content[0].text");
        refused(json("{\"model\":\"m\",\"content\":[{\"type\":\"image_url\",\"image_url\":\"asset://x\"}]}"),
                "body.content[0].image_url");
        refused(json("{\"model\":\"m\",\"content\":[{\"type\":\"image_url\",\"image_url\":{}}]}"),
                "body.content[0].image_url.url");
        refused(json("{\"model\":\"m\",\"content\":[{\"type\":\"video_url\",\"video_url\":{\"url\":\"asset://v\"}}]}"),
                "body.content[0].role");
        refused(json("{\"model\":\"m\",\"content\":[{\"type\":\"video_url\",\"video_url\":{\"url\":\"asset://v\"},"
                     + "\"role\":\"reference_image\"}]}"), "body.content[0].role");
        refused(json("{\"model\":\"m\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"asset://v\"},"
                     + "\"role\":\"background\"}]}"), "body.content[0].role");
        refused(json("{\"model\":\"m\",\"content\":[{\"type\":\"draft_task\",\"draft_task\":{}}]}"),
                "body.content[0].id");
    }
}
