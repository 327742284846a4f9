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

import java.util.List;

import io.github.camelseedance.SeedanceConstants;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;

/**
 * A long video by chaining: {@code direct:long-video} takes a list of prompts, one per segment, and generates them one
 * after the other, each with {@code returnLastFrame=true}; a segment's last frame ({@code CamelSeedanceLastFrameUrl})
 * is the next segment's first frame, so the segments join without a cut. The segments go to S3 as
 * {@code long-videos/<story>/segment-<n>.mp4} ({@code <story>}: header {@code story}, else the exchange id); the
 * answer is that prefix. A {@code CamelSeedanceFirstFrame} header on the request starts the first segment from an
 * image.
 */
public class LongVideoRoute extends RouteBuilder {

    /** Exchange property: the prompts, one per segment. */
    public static final String PROMPTS = "SeedanceExamplesPrompts";
    /** Exchange property: the story's name, the S3 folder of its segments. */
    public static final String STORY = "SeedanceExamplesStory";
    /** Exchange property: the number of the segment being made, from 1. */
    public static final String SEGMENT = "SeedanceExamplesSegment";
    /** Exchange property: the last frame URL of the previous segment. */
    public static final String LAST_FRAME = "SeedanceExamplesLastFrame";

    @Override
    public void configure() {
        from("direct:long-video").routeId("long-video")
                .process(LongVideoRoute::start)
                .loop(simple("${exchangeProperty." + PROMPTS + ".size()}"))
                    .process(LongVideoRoute::nextSegment)
                    .to("seedance:generate?returnLastFrame=true&ratio=16:9&output=stream")
                    .setProperty(LAST_FRAME, header(SeedanceConstants.LAST_FRAME_URL))
                    .log("Segment ${exchangeProperty." + SEGMENT + "} of ${exchangeProperty." + STORY + "}:"
                         + " task ${header.CamelSeedanceTaskId}")
                    .setHeader(AWS2S3Constants.KEY, simple("long-videos/${exchangeProperty." + STORY + "}/segment-"
                                                           + "${exchangeProperty." + SEGMENT + "}.mp4"))
                    .to("direct:store-video")
                .end()
                .setBody(simple("long-videos/${exchangeProperty." + STORY + "}/"));
    }

    static void start(Exchange exchange) throws InvalidPayloadException {
        List<?> prompts = exchange.getMessage().getMandatoryBody(List.class);
        if (prompts.isEmpty()) {
            throw new IllegalArgumentException("a long video needs one prompt per segment, got none");
        }
        exchange.setProperty(PROMPTS, prompts);
        String story = exchange.getMessage().getHeader("story", String.class);
        exchange.setProperty(STORY, story == null || story.isBlank() ? exchange.getExchangeId() : story);
    }

    static void nextSegment(Exchange exchange) {
        int index = exchange.getProperty(Exchange.LOOP_INDEX, Integer.class);
        String prompt = String.valueOf(exchange.getProperty(PROMPTS, List.class).get(index));
        exchange.setProperty(SEGMENT, index + 1);
        exchange.setProperty(VideoObjects.PROMPT, prompt);
        exchange.getMessage().setBody(prompt);
        exchange.getMessage().removeHeader(AWS2S3Constants.KEY);
        String lastFrame = exchange.getProperty(LAST_FRAME, String.class);
        if (lastFrame != null) {
            exchange.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, lastFrame);
        }
    }
}
