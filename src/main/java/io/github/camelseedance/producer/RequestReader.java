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
package io.github.camelseedance.producer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.client.MediaUrlGuard;
import io.github.camelseedance.model.GenerationParameter;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.GenerationRequestReader;
import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.Media;
import io.github.camelseedance.model.MediaRole;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.model.TaskStatus;
import io.github.camelseedance.runtime.ClientSettings;
import org.apache.camel.Message;

/**
 * Reads a request from a message: the body (a prompt, a {@link GenerationRequest} or a map), the endpoint's options as
 * defaults, and headers overriding both for this exchange.
 */
final class RequestReader {

    /** A create request with the media that still need uploading. */
    record Draft(GenerationRequest request, List<PendingMedia> pending) {
    }

    private static final Map<MediaRole, String> MEDIA_HEADERS = Map.of(
            MediaRole.FIRST_FRAME, SeedanceConstants.FIRST_FRAME,
            MediaRole.LAST_FRAME, SeedanceConstants.LAST_FRAME,
            MediaRole.REFERENCE_IMAGE, SeedanceConstants.REFERENCE_IMAGES,
            MediaRole.REFERENCE_VIDEO, SeedanceConstants.REFERENCE_VIDEOS,
            MediaRole.REFERENCE_AUDIO, SeedanceConstants.REFERENCE_AUDIOS);

    private final MediaResolver mediaResolver;
    /** The endpoint's list options, checked when the route started: what each list header overrides. */
    private final TaskQuery listDefaults;

    RequestReader(SeedanceConfiguration config) {
        this.listDefaults = ClientSettings.taskQuery(config);
        this.mediaResolver = new MediaResolver(config.getProvider().assetsOnly(),
                new MediaUrlGuard(config.isAllowPrivateMediaHosts(), config.isAllowHttpDownloads()));
    }

    /**
     * The request of a create: the body (a prompt, a request or a map) over the endpoint's defaults, then the headers
     * of this exchange over both, parameter by parameter as the table lists them.
     */
    Draft createRequest(Message message, GenerationRequest defaults) {
        GenerationRequest.Builder b = fromBody(message, defaults);
        GenerationRequest r = b.build();
        b.model(HeaderValues.get(message, SeedanceConstants.MODEL, String.class, r.model()))
                .prompt(HeaderValues.get(message, SeedanceConstants.PROMPT, String.class, r.prompt()));
        for (GenerationParameter<?> parameter : GenerationParameter.ALL) {
            override(b, parameter, message);
        }

        // media by role, in order: the body's, unless a header gives that role's media for this exchange
        Map<MediaRole, List<Object>> sources = new EnumMap<>(MediaRole.class);
        for (Media m : r.media()) {
            sources.computeIfAbsent(m.role(), role -> new ArrayList<>()).add(m.url());
        }
        for (MediaRole role : MediaRole.values()) {
            Object value = message.getHeader(MEDIA_HEADERS.get(role));
            if (value != null) {
                sources.put(role, List.of(value));
            }
        }
        List<Media> media = new ArrayList<>();
        List<PendingMedia> pending = new ArrayList<>();
        sources.forEach((role, values) -> values.forEach(value -> mediaResolver.resolve(role, value, media, pending)));
        b.clearMedia();
        media.forEach(b::media);
        return new Draft(b.build(), pending);
    }

    private static <T> void override(GenerationRequest.Builder b, GenerationParameter<T> parameter, Message message) {
        T value = HeaderValues.get(message, parameter.header(), parameter.type(), null);
        if (value != null) {
            b.set(parameter, value);
        }
    }

    private static GenerationRequest.Builder fromBody(Message message, GenerationRequest defaults) {
        Object body = message.getBody();
        if (body == null) {
            return defaults.toBuilder();
        }
        if (body instanceof GenerationRequest request) {
            return merge(defaults, request);
        }
        if (body instanceof Map<?, ?> map) {
            return merge(defaults, GenerationRequestReader.fromMap(map));
        }
        if (body instanceof String prompt) {
            return prompt.isBlank() ? defaults.toBuilder() : defaults.toBuilder().prompt(prompt);
        }
        throw new SeedanceValidationException("body", body.getClass().getName(),
                "a String prompt, a GenerationRequest or a Map with the request's JSON fields");
    }

    /** The body's values win over the endpoint's defaults. */
    private static GenerationRequest.Builder merge(GenerationRequest defaults, GenerationRequest body) {
        return body.toBuilder().withDefaults(defaults);
    }

    TaskQuery listQuery(Message message) {
        TaskQuery defaults = listDefaults;
        String status = HeaderValues.get(message, SeedanceConstants.STATUS_FILTER, String.class,
                defaults.status() == null ? null : defaults.status().value());
        TaskStatus parsed = TaskStatus.of(status);
        if (parsed != null && !parsed.isKnown()) {
            throw new SeedanceValidationException(SeedanceConstants.STATUS_FILTER, status,
                    "queued, running, succeeded, failed, cancelled, expired");
        }
        return TaskQuery.builder()
                .pageNum(HeaderValues.get(message, SeedanceConstants.PAGE_NUM, Integer.class, defaults.pageNum()))
                .pageSize(HeaderValues.get(message, SeedanceConstants.PAGE_SIZE, Integer.class, defaults.pageSize()))
                .status(parsed)
                .model(HeaderValues.get(message, SeedanceConstants.MODEL_FILTER, String.class, defaults.model()))
                .serviceTier(HeaderValues.get(message, SeedanceConstants.SERVICE_TIER_FILTER, String.class,
                        defaults.serviceTier()))
                .taskIds(HeaderValues.ids(message, SeedanceConstants.TASK_IDS, defaults.taskIds()))
                .build()
                .validate();
    }

    /** The task id of get and cancel: the header, else a String body; one safe path segment either way. */
    static String taskId(Message message) {
        String id = HeaderValues.get(message, SeedanceConstants.TASK_ID, String.class, null);
        if (id == null && message.getBody() instanceof String body && !body.isBlank()) {
            id = body.trim();
        }
        if (id == null) {
            throw new SeedanceValidationException(SeedanceConstants.TASK_ID, null,
                    "a task id in the " + SeedanceConstants.TASK_ID + " header or as a String body");
        }
        return Ids.check(SeedanceConstants.TASK_ID, id);
    }
}
