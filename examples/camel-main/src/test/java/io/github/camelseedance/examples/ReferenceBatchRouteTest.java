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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.camelseedance.examples.support.ExampleTestSupport;
import io.github.camelseedance.examples.support.SampleFiles;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference aggregator: one folder of images and a prompt, one multimodal-reference generation. */
class ReferenceBatchRouteTest extends ExampleTestSupport {

    private static final String[] SAMPLES = {"images/lighthouse.png", "images/forest.png", "images/city.png"};

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new ReferenceBatchRoute(), new StoreVideoRoute()};
    }

    @Test
    void aBatchFolderBecomesOneReferenceGeneration() throws Exception {
        Path staged = stage("trip", 3, "The lighthouse, the forest and the city at dusk");
        SampleFiles.dropFolder(staged, inbox().resolve("references"));

        await().atMost(Duration.ofSeconds(30)).until(() -> s3.keys(BUCKET, "videos/").size() == 1);
        String key = s3.keys(BUCKET, "videos/").get(0);
        assertTrue(SampleFiles.isMp4(s3.get(BUCKET, key).asByteArray()));
        assertEquals("The lighthouse, the forest and the city at dusk",
                s3.get(BUCKET, key).response().metadata().get("seedance-prompt"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.isDirectory(inbox().resolve("references/.done/trip")));

        assertEquals(1, createBodies().size());
        String create = createBodies().get(0);
        assertEquals(3, count(create, "\"reference_image\""), create);
        assertTrue(create.contains("The lighthouse, the forest and the city at dusk"), create);
    }

    @Test
    void moreThanNineImagesAreRefusedBeforeAnythingIsSent() throws Exception {
        Path staged = stage("crowd", 10, null);
        SampleFiles.dropFolder(staged, inbox().resolve("references"));

        await().atMost(Duration.ofSeconds(15)).until(() -> Files.isDirectory(inbox().resolve("references/.failed/crowd")));
        assertEquals(0, emulator.emulator().journal().size());
        assertEquals(0, s3.keys(BUCKET, "").size());
    }

    private Path stage(String batch, int images, String prompt) throws Exception {
        Path staged = Files.createDirectories(work.resolve("staging").resolve(batch));
        for (int i = 0; i < images; i++) {
            Files.write(staged.resolve("ref-" + i + ".png"), SampleFiles.sample(SAMPLES[i % SAMPLES.length]));
        }
        if (prompt != null) {
            Files.writeString(staged.resolve("prompt.txt"), prompt, StandardCharsets.UTF_8);
        }
        return staged;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
