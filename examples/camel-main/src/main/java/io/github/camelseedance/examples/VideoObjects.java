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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelseedance.SeedanceConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;

/**
 * How a generated video is stored in S3: under {@code videos/<task id>.mp4} unless the route chose a key, as
 * {@code video/mp4}, with the task id, the prompt, the source files and the usage as user metadata
 * ({@code x-amz-meta-seedance-*}).
 */
public final class VideoObjects {

    /** Exchange property: the prompt of the generation, stored as metadata. */
    public static final String PROMPT = "SeedanceExamplesPrompt";
    /** Exchange property: the files the generation was made from, stored as metadata. */
    public static final String SOURCE = "SeedanceExamplesSource";

    /** S3 user metadata must be printable US-ASCII and small. */
    private static final int MAX_VALUE = 512;

    private VideoObjects() {
    }

    /** Sets the S3 key (unless set), content type, length (when known) and metadata for the video in the body. */
    public static void metadata(Exchange exchange) {
        Message in = exchange.getMessage();
        String taskId = in.getHeader(SeedanceConstants.TASK_ID, String.class);
        if (in.getHeader(AWS2S3Constants.KEY) == null) {
            in.setHeader(AWS2S3Constants.KEY, "videos/" + taskId + ".mp4");
        }
        in.setHeader(AWS2S3Constants.CONTENT_TYPE, "video/mp4");
        Long length = in.getHeader(SeedanceConstants.CONTENT_LENGTH, Long.class);
        if (length != null && length >= 0) {
            in.setHeader(AWS2S3Constants.CONTENT_LENGTH, length);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, "seedance-task-id", taskId);
        put(metadata, "seedance-prompt", exchange.getProperty(PROMPT, String.class));
        put(metadata, "seedance-source", exchange.getProperty(SOURCE, String.class));
        put(metadata, "seedance-completion-tokens", in.getHeader(SeedanceConstants.COMPLETION_TOKENS, String.class));
        put(metadata, "seedance-total-tokens", in.getHeader(SeedanceConstants.TOTAL_TOKENS, String.class));
        in.setHeader(AWS2S3Constants.METADATA, metadata);
    }

    private static void put(Map<String, String> metadata, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        StringBuilder ascii = new StringBuilder(Math.min(value.length(), MAX_VALUE));
        for (int i = 0; i < value.length() && ascii.length() < MAX_VALUE; i++) {
            char c = value.charAt(i);
            ascii.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        metadata.put(key, ascii.toString());
    }
}
