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

import java.time.Duration;
import java.util.List;

import io.github.camelseedance.examples.support.ExampleTestSupport;
import io.github.camelseedance.examples.support.SampleFiles;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long video by chaining: three segments, each starting from the previous segment's last frame. */
class LongVideoRouteTest extends ExampleTestSupport {

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new LongVideoRoute(), new StoreVideoRoute()};
    }

    @Test
    void threeSegmentsChainedByTheirLastFrames() {
        List<String> prompts = List.of("A fox wakes up in its den", "The fox trots through the snowy forest",
                "The fox reaches a frozen lake at sunset");

        String prefix = template.requestBodyAndHeader("direct:long-video", prompts, "story", "fox", String.class);

        assertEquals("long-videos/fox/", prefix);
        List<String> keys = s3.keys(BUCKET, prefix);
        assertEquals(List.of("long-videos/fox/segment-1.mp4", "long-videos/fox/segment-2.mp4",
                "long-videos/fox/segment-3.mp4"), keys);
        keys.forEach(k -> assertTrue(SampleFiles.isMp4(s3.get(BUCKET, k).asByteArray()), k));

        List<String> creates = createBodies();
        assertEquals(3, creates.size());
        // every segment asks for its last frame; the first one is text-to-video, the next ones start from an image
        creates.forEach(c -> assertTrue(c.contains("\"return_last_frame\":true"), c));
        assertFalse(creates.get(0).contains("\"first_frame\""), creates.get(0));
        assertTrue(creates.get(1).contains("\"first_frame\""), creates.get(1));
        assertTrue(creates.get(2).contains("\"first_frame\""), creates.get(2));
    }
}
