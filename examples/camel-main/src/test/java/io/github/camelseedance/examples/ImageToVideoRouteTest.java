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
package io.github.camelseedance.examples;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camelseedance.examples.support.ExampleTestSupport;
import io.github.camelseedance.examples.support.SampleFiles;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** file → upload → generate → S3 in the Java DSL. */
class ImageToVideoRouteTest extends ExampleTestSupport {

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new ImageToVideoRoute(), new StoreVideoRoute()};
    }

    @Test
    void droppedImagesBecomeVideosInTheBucket() {
        SampleFiles.drop(inbox().resolve("images"), "lighthouse.png", SampleFiles.sample("images/lighthouse.png"));
        SampleFiles.drop(inbox().resolve("images"), "forest.png", SampleFiles.sample("images/forest.png"));

        await().atMost(Duration.ofSeconds(30)).until(() -> s3.keys(BUCKET, "videos/").size() == 2);
        for (String key : s3.keys(BUCKET, "videos/")) {
            ResponseBytes<GetObjectResponse> video = s3.get(BUCKET, key);
            assertTrue(SampleFiles.isMp4(video.asByteArray()), key + " is an MP4");
            assertEquals("video/mp4", video.response().contentType());
            Map<String, String> metadata = video.response().metadata();
            assertEquals(key, "videos/" + metadata.get("seedance-task-id") + ".mp4");
            assertEquals("The camera slowly pushes in", metadata.get("seedance-prompt"));
            assertNotNull(metadata.get("seedance-total-tokens"));
            assertTrue(List.of("lighthouse.png", "forest.png").contains(metadata.get("seedance-source")));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(inbox().resolve("images/.done/lighthouse.png"))
                                                            && Files.exists(inbox().resolve("images/.done/forest.png")));
        // each image was uploaded to the Asset Library, then one image-to-video task made of it
        assertEquals(2, emulator.emulator().journal().count("POST", "/v1/asset/upload"));
        assertEquals(2, createBodies().size());
        assertTrue(createBodies().stream().allMatch(b -> b.contains("\"first_frame\"") && b.contains("asset://")));
    }

    @Test
    void aFailedGenerationMovesTheImageToFailed() {
        emulator.emulator().scenario().whenPromptContains("pushes in").failWith("OutputVideoSensitiveContentDetected");

        SampleFiles.drop(inbox().resolve("images"), "city.png", SampleFiles.sample("images/city.png"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox().resolve("images/.failed/city.png")));
        assertEquals(List.of(), s3.keys(BUCKET, ""));
    }
}
