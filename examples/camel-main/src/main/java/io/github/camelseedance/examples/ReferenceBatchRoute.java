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
 * Reference aggregator: a folder {@code inbox/references/<batch>/} with up to 9 images and an optional
 * {@code prompt.txt} becomes one multimodal-reference generation (the images as reference images, in name order),
 * whose video goes to S3; the folder then moves to {@code references/.done} (or {@code .failed}). A batch of no
 * image or of more than 9 is refused before anything is uploaded.
 *
 * <p>A batch is what one poll of the folder finds ({@code completionFromBatchConsumer}): move a batch folder into
 * {@code inbox/references} in one rename, so that a poll never sees half of it.
 */
public class ReferenceBatchRoute extends RouteBuilder {

    /** Exchange property: why a batch is refused. */
    static final String REFUSAL = "SeedanceExamplesRefusal";

    @Override
    public void configure() {
        from("file:{{examples.inbox}}/references?recursive=true&minDepth=2&maxDepth=2"
             + "&includeExt=png,jpg,jpeg,webp,txt&readLock=changed&readLockCheckInterval=250"
             + "&noop=true&idempotentKey=${file:absolute.path}-${file:modified}")
                .routeId("reference-batches")
                .aggregate(header(Exchange.FILE_PARENT), new ReferenceBatch())
                    .completionFromBatchConsumer()
                    .to("direct:reference-batch");

        from("direct:reference-batch").routeId("reference-batch")
                .setProperty(VideoObjects.SOURCE, method(ReferenceBatch.class, "describe"))
                .setProperty(REFUSAL, method(ReferenceBatch.class, "refusal"))
                .choice()
                    .when(exchangeProperty(REFUSAL).isNotNull())
                        .log(LoggingLevel.WARN, "Batch ${exchangeProperty." + ReferenceBatch.BATCH + "} moved to .failed:"
                             + " ${exchangeProperty." + REFUSAL + "}")
                        .process(ReferenceBatch.moveTo(".failed"))
                    .otherwise()
                        .process(e -> ReferenceBatch.toReferenceHeaders(e,
                                e.getContext().resolvePropertyPlaceholders("{{examples.reference-prompt}}")))
                        .log("Batch ${exchangeProperty." + VideoObjects.SOURCE + "}: generating")
                        .doTry()
                            .to("seedance:generate?output=file&directory={{examples.videos}}")
                            .to("direct:store-video")
                            .process(ReferenceBatch.moveTo(".done"))
                        .doCatch(Exception.class)
                            .log(LoggingLevel.WARN, "Batch ${exchangeProperty." + ReferenceBatch.BATCH + "} moved to"
                                 + " .failed: ${exception.message}")
                            .process(ReferenceBatch.moveTo(".failed"))
                        .end()
                .end();
    }
}
