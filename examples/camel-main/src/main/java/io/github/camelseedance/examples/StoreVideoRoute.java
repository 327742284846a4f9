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

/**
 * {@code direct:store-video}: the video in the body (a {@code File} from {@code output=file}, or the
 * {@code InputStream} of {@code output=stream}) goes to the bucket {@code examples.bucket} with its task's metadata.
 */
public class StoreVideoRoute extends org.apache.camel.builder.RouteBuilder {

    @Override
    public void configure() {
        from("direct:store-video").routeId("store-video")
                .process(VideoObjects::metadata)
                .to("aws2-s3:{{examples.bucket}}")
                .log("Stored s3://{{examples.bucket}}/${header.CamelAwsS3Key}"
                     + " (task ${header.CamelSeedanceTaskId}, ${header.CamelSeedanceTotalTokens} tokens)");
    }
}
