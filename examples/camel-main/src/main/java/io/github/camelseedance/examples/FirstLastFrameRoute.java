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

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * First/last-frame aggregator: {@code <name>-first.png} and {@code <name>-last.png} dropped in {@code inbox/frames}, in
 * any order, are paired by the Aggregate EIP (correlation on {@code <name>}, completion size 2) into one
 * first-last-frame generation whose video goes to S3; the pair then moves to {@code .done} (or {@code .failed}).
 * A frame left without its partner for {@code examples.pair-timeout} ms moves to {@code .dead-letter} with a warning.
 *
 * <p>The files stay in place until their group completes ({@code noop=true}, remembered by name and modification
 * time), so that a pair in flight is never half moved; the route moves them itself once the generation ends.
 */
public class FirstLastFrameRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{examples.inbox}}/frames"
             + "?include=.*-(first|last)\\..*&includeExt=png,jpg,jpeg,webp&readLock=changed&readLockCheckInterval=250"
             + "&noop=true&idempotentKey=${file:name}-${file:modified}")
                .routeId("first-last-frames")
                .log("${header.CamelFileName}: waiting for its partner")
                .aggregate(FramePairs.pairName(), new FramePairs())
                    .completionSize(2)
                    .completionTimeout("{{examples.pair-timeout}}")
                    .to("direct:frame-pair");

        from("direct:frame-pair").routeId("frame-pair")
                .setProperty(VideoObjects.SOURCE, method(FramePairs.class, "describe"))
                .choice()
                    .when(exchangeProperty(Exchange.AGGREGATED_COMPLETED_BY).isEqualTo("timeout"))
                        .log(LoggingLevel.WARN, "No partner for ${exchangeProperty." + VideoObjects.SOURCE + "}"
                             + " within {{examples.pair-timeout}} ms: moved to .dead-letter")
                        .process(FramePairs.moveTo(".dead-letter"))
                    .when(method(FramePairs.class, "isPair").isEqualTo(false))
                        .log(LoggingLevel.WARN, "${exchangeProperty." + FramePairs.PAIR + "} is not one first and one"
                             + " last frame (${exchangeProperty." + VideoObjects.SOURCE + "}): moved to .dead-letter")
                        .process(FramePairs.moveTo(".dead-letter"))
                    .otherwise()
                        .process(FramePairs::toFrameHeaders)
                        .setProperty(VideoObjects.PROMPT, simple("${properties:examples.frames-prompt}"))
                        .setBody(exchangeProperty(VideoObjects.PROMPT))
                        .log("${exchangeProperty." + FramePairs.PAIR + "}: generating from"
                             + " ${exchangeProperty." + VideoObjects.SOURCE + "}")
                        .doTry()
                            .to("seedance:generate?output=file&directory={{examples.videos}}")
                            .to("direct:store-video")
                            .process(FramePairs.moveTo(".done"))
                        .doCatch(Exception.class)
                            .log(LoggingLevel.WARN, "${exchangeProperty." + FramePairs.PAIR + "} moved to .failed:"
                                 + " ${exception.message}")
                            .process(FramePairs.moveTo(".failed"))
                        .end()
                .end();
    }
}
