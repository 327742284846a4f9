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

import java.util.concurrent.TimeUnit;

import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.examples.support.Offline;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.PredicateBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.apache.camel.builder.Builder.body;
import static org.apache.camel.builder.Builder.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Camel K integration {@code src/main/camel-k/seedance-videos.camel.yaml} loaded by the YAML DSL in Camel Main, with
 * the kamelets {@code seedance-generate-action} and {@code seedance-task-source} from {@code classpath:kamelets}.
 * The emulator's URL and key reach the kamelets as their own properties ({@code camel.kamelet.NAME.PROPERTY}), as a
 * Camel K secret would give them.
 */
class CamelKIntegrationTest {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(Offline::fastEmulator);

    Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void integrationGeneratesThroughTheActionAndHearsTheTaskEndFromTheSource() throws Exception {
        main = new Main();
        main.addOverrideProperty("camel.main.routes-include-pattern", "file:src/main/camel-k/seedance-videos.camel.yaml");
        for (String kamelet : new String[] {"seedance-generate-action", "seedance-task-source"}) {
            main.addOverrideProperty("camel.kamelet." + kamelet + ".baseUrl", emulator.baseUrl());
            main.addOverrideProperty("camel.kamelet." + kamelet + ".apiKey", emulator.apiKey());
        }
        main.addOverrideProperty("camel.kamelet.seedance-generate-action.pollInterval", "100");
        main.addOverrideProperty("camel.kamelet.seedance-task-source.delay", "100");
        main.addOverrideProperty("camel.component.seedance.list-requests-per-second", "0");
        main.addOverrideProperty("video.count", "1");
        main.addOverrideProperty("video.prompt", "A lighthouse at night");
        main.start();

        NotifyBuilder generated = new NotifyBuilder(main.getCamelContext()).fromRoute("daily-video")
                .whenAnyDoneMatches(body().startsWith(emulator.baseUrl())).create();
        NotifyBuilder heard = new NotifyBuilder(main.getCamelContext()).fromRoute("video-events")
                .whenAnyDoneMatches(PredicateBuilder.and(
                        header(SeedanceConstants.TASK_STATUS).isEqualTo("succeeded"),
                        body().convertToString().contains("\"video_url\""))).create();

        assertTrue(generated.matches(30, TimeUnit.SECONDS), "the action kamelet answered the video URL");
        assertTrue(heard.matches(30, TimeUnit.SECONDS), "the source kamelet emitted the succeeded task as JSON");
        assertEquals(1, emulator.emulator().journal().creates());
    }
}
