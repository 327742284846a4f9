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

import io.github.camelseedance.SeedanceConstants;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * file → upload → generate → S3: each image dropped in {@code inbox/images} is uploaded to the Asset Library, becomes
 * the first frame of an image-to-video generation, and the MP4 goes to S3 ({@code direct:store-video}). The image is
 * moved to {@code .done}, or to {@code .failed} when the upload, the generation or the store fails.
 *
 * <p>Drop files atomically (write elsewhere, then move) or let {@code readLock=changed} wait until a file stops
 * growing, so that a half-written image is never uploaded.
 */
public class ImageToVideoRoute extends RouteBuilder {

    @Override
    public void configure() {
        // one clear line for a refused or failed generation; the file consumer moves the file to .failed
        onException(Exception.class)
                .logExhausted(false)
                .log(LoggingLevel.WARN, "${header.CamelFileName} moved to .failed: ${exception.message}");

        from("file:{{examples.inbox}}/images"
             + "?includeExt=png,jpg,jpeg,webp&readLock=changed&readLockCheckInterval=250"
             + "&move=.done&moveFailed=.failed")
                .routeId("image-to-video")
                .to("seedance:upload")
                .log("${header.CamelFileName}: uploaded as asset ${body}")
                .setHeader(SeedanceConstants.FIRST_FRAME, body())
                .setProperty(VideoObjects.PROMPT, simple("${properties:examples.image-prompt}"))
                .setProperty(VideoObjects.SOURCE, header("CamelFileName"))
                .setBody(exchangeProperty(VideoObjects.PROMPT))
                .to("seedance:generate?output=file&directory={{examples.videos}}")
                .log("${header.CamelFileName}: task ${header.CamelSeedanceTaskId} ${header.CamelSeedanceTaskStatus},"
                     + " video ${header.CamelSeedanceVideoFile}")
                .to("direct:store-video");
    }
}
