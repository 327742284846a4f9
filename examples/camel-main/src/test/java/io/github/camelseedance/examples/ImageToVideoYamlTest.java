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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.examples.support.SampleFiles;
import io.github.camelseedance.examples.support.Offline;
import io.github.camelseedance.examples.support.S3ProxyExtension;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same flow in the YAML DSL ({@code routes/image-to-video.camel.yaml}), run by Camel Main and configured only by
 * properties: {@code camel.component.seedance.*} and {@code camel.component.aws2-s3.*} point at the emulator and
 * S3Proxy.
 */
class ImageToVideoYamlTest {

    static final String BUCKET = "seedance-yaml-test";

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(Offline::fastEmulator);

    @RegisterExtension
    static S3ProxyExtension s3 = new S3ProxyExtension();

    @TempDir
    Path work;

    Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void yamlRouteStoresVideosWithMetadata() throws Exception {
        s3.freshBucket(BUCKET);
        main = new Main();
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:routes/image-to-video.camel.yaml");
        Offline.seedanceProperties(emulator.emulator()).forEach(main::addOverrideProperty);
        s3.componentProperties().forEach(main::addOverrideProperty);
        main.addOverrideProperty("examples.bucket", BUCKET);
        main.addOverrideProperty("examples.work", work.toString());
        main.start();

        Path images = work.resolve("inbox/yaml-images");
        SampleFiles.drop(images, "city.png", SampleFiles.sample("images/city.png"));

        await().atMost(Duration.ofSeconds(30)).until(() -> s3.keys(BUCKET, "videos/").size() == 1);
        String key = s3.keys(BUCKET, "videos/").get(0);
        byte[] video = s3.get(BUCKET, key).asByteArray();
        assertTrue(SampleFiles.isMp4(video));
        Map<String, String> metadata = s3.get(BUCKET, key).response().metadata();
        assertEquals(key, "videos/" + metadata.get("seedance-task-id") + ".mp4");
        assertEquals("city.png", metadata.get("seedance-source"));
        assertTrue(metadata.get("seedance-prompt").startsWith("The camera slowly pushes in"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(images.resolve(".done/city.png")));
    }
}
