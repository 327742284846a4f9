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

import io.github.camelseedance.examples.support.ExampleTestSupport;
import io.github.camelseedance.examples.support.SampleFiles;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event-driven: the seedance:tasks consumer stores succeeded videos and hands failed tasks to the failure route. */
class TaskEventsRouteTest extends ExampleTestSupport {

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new TaskEventsRoute(), new StoreVideoRoute()};
    }

    @Test
    void succeededTasksGoToTheBucketAndFailedOnesToTheFailureRoute() throws Exception {
        emulator.emulator().scenario().whenPromptContains("storm").failWith("OutputVideoSensitiveContentDetected");

        String good = template.requestBody("direct:submit", "A paper boat drifting on a calm pond", String.class);
        String bad = template.requestBody("direct:submit", "A storm over the harbour", String.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> s3.keys(BUCKET, "events/").size() == 1);
        String key = s3.keys(BUCKET, "events/").get(0);
        assertEquals("events/" + good + ".mp4", key);
        assertTrue(SampleFiles.isMp4(s3.get(BUCKET, key).asByteArray()));
        assertEquals(good, s3.get(BUCKET, key).response().metadata().get("seedance-task-id"));

        Path failure = work.resolve("failures").resolve(bad + ".json");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(failure));
        String json = Files.readString(failure);
        assertTrue(json.contains("OutputVideoSensitiveContentDetected"), json);
        assertTrue(json.contains("\"failed\""), json);
    }
}
