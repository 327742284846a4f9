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
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.examples.support.ExampleTestSupport;
import io.github.camelseedance.examples.support.SampleFiles;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first/last-frame aggregator: pairs in any order, and a frame without a partner to the dead letter folder. */
class FirstLastFrameRouteTest extends ExampleTestSupport {

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new FirstLastFrameRoute(), new StoreVideoRoute()};
    }

    @Test
    void framesArrivingInAnyOrderBecomeOneFirstLastFrameGeneration() {
        Path frames = inbox().resolve("frames");
        // the last frame first: the aggregator waits for its partner
        NotifyBuilder lastFrameWaiting = new NotifyBuilder(context).fromRoute("first-last-frames").whenDone(1).create();
        SampleFiles.drop(frames, "sunrise-last.png", SampleFiles.sample("frames/sunrise-last.png"));
        assertTrue(lastFrameWaiting.matches(10, TimeUnit.SECONDS));
        assertEquals(0, createBodies().size());
        SampleFiles.drop(frames, "sunrise-first.png", SampleFiles.sample("frames/sunrise-first.png"));

        await().atMost(Duration.ofSeconds(30)).until(() -> s3.keys(BUCKET, "videos/").size() == 1);
        String key = s3.keys(BUCKET, "videos/").get(0);
        assertTrue(SampleFiles.isMp4(s3.get(BUCKET, key).asByteArray()));
        assertEquals("sunrise-first.png, sunrise-last.png",
                String.join(", ", Arrays.stream(s3.get(BUCKET, key).response().metadata()
                        .get("seedance-source").split(", ")).sorted().toList()));
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(frames.resolve(".done/sunrise-first.png"))
                                                            && Files.exists(frames.resolve(".done/sunrise-last.png")));
        assertEquals(1, createBodies().size());
        String create = createBodies().get(0);
        assertTrue(create.contains("\"first_frame\"") && create.contains("\"last_frame\""), create);
    }

    @Test
    void aFrameWithoutItsPartnerGoesToTheDeadLetterFolder() {
        Path frames = inbox().resolve("frames");
        SampleFiles.drop(frames, "harbour-first.png", SampleFiles.sample("frames/harbour-first.png"));

        // examples.pair-timeout is 1.5 s in these tests
        await().atMost(Duration.ofSeconds(15)).until(() -> Files.exists(frames.resolve(".dead-letter/harbour-first.png")));
        assertEquals(0, createBodies().size());
        assertEquals(0, s3.keys(BUCKET, "").size());
    }
}
