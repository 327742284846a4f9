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
package io.github.camelseedance.examples.springboot;

import java.util.Map;

import io.github.camelseedance.SeedanceConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.springframework.stereotype.Component;

/**
 * Each image dropped in {@code examples.inbox} becomes the first frame of a generation (the component uploads the
 * file to the Asset Library itself), the MP4 is downloaded to {@code examples.videos} and stored in S3 with the task
 * id, prompt and usage as metadata ({@code examples.s3.options}: the S3 endpoint's options); the image moves to
 * {@code .done} or {@code .failed}.
 */
@Component
public class ImageToVideoRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{examples.inbox}}?includeExt=png,jpg,jpeg,webp&readLock=changed&readLockCheckInterval=250"
             + "&move=.done&moveFailed=.failed")
                .routeId("spring-image-to-video")
                .setHeader(SeedanceConstants.FIRST_FRAME, body())
                .setBody(simple("{{examples.prompt}}"))
                .setProperty("prompt", body())
                .to("seedance:generate?output=file&directory={{examples.videos}}")
                .setHeader(AWS2S3Constants.KEY, simple("videos/${header.CamelSeedanceTaskId}.mp4"))
                .setHeader(AWS2S3Constants.CONTENT_TYPE, constant("video/mp4"))
                .process(ImageToVideoRoute::metadata)
                .to("aws2-s3:{{examples.bucket}}?{{examples.s3.options}}")
                .log("${header.CamelFileName}: stored s3://{{examples.bucket}}/${header.CamelAwsS3Key}");
    }

    static void metadata(Exchange exchange) {
        exchange.getMessage().setHeader(AWS2S3Constants.METADATA, Map.of(
                "seedance-task-id", exchange.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class),
                "seedance-prompt", exchange.getProperty("prompt", String.class),
                "seedance-total-tokens", String.valueOf(exchange.getMessage().getHeader(SeedanceConstants.TOTAL_TOKENS)),
                "seedance-source", exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class)));
    }
}
