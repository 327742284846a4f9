package io.github.camelseedance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.camelseedance.client.MediaUrlGuard;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.GenerationRequestReader;
import io.github.camelseedance.model.Media;
import io.github.camelseedance.model.MediaRole;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.model.TaskStatus;
import org.apache.camel.Message;

/**
 * Reads a request from a message: the body (a prompt, a {@link GenerationRequest} or a map), the endpoint's options as
 * defaults, and headers overriding both for this exchange.
 */
final class ExchangeRequests {

    /** A create request with the media that still need uploading. */
    record Draft(GenerationRequest request, List<PendingMedia> pending) {
    }

    private static final Map<MediaRole, String> MEDIA_HEADERS = Map.of(
            MediaRole.FIRST_FRAME, SeedanceConstants.FIRST_FRAME,
            MediaRole.LAST_FRAME, SeedanceConstants.LAST_FRAME,
            MediaRole.REFERENCE_IMAGE, SeedanceConstants.REFERENCE_IMAGES,
            MediaRole.REFERENCE_VIDEO, SeedanceConstants.REFERENCE_VIDEOS,
            MediaRole.REFERENCE_AUDIO, SeedanceConstants.REFERENCE_AUDIOS);

    private final SeedanceConfiguration config;
    private final MediaResolver mediaResolver;

    ExchangeRequests(SeedanceConfiguration config) {
        this.config = config;
        this.mediaResolver = new MediaResolver(config.getProvider().assetsOnly(),
                new MediaUrlGuard(config.isAllowPrivateMediaHosts()));
    }

    Draft createRequest(Message message) {
        GenerationRequest.Builder b = fromBody(message);
        GenerationRequest r = b.build();
        b.model(HeaderValues.get(message, SeedanceConstants.MODEL, String.class, r.model()))
                .prompt(HeaderValues.get(message, SeedanceConstants.PROMPT, String.class, r.prompt()))
                .ratio(HeaderValues.get(message, SeedanceConstants.RATIO, String.class, r.ratio()))
                .duration(HeaderValues.get(message, SeedanceConstants.DURATION, Integer.class, r.duration()))
                .resolution(HeaderValues.get(message, SeedanceConstants.RESOLUTION, String.class, r.resolution()))
                .seed(HeaderValues.get(message, SeedanceConstants.SEED, Long.class, r.seed()))
                .frames(HeaderValues.get(message, SeedanceConstants.FRAMES, Integer.class, r.frames()))
                .cameraFixed(HeaderValues.get(message, SeedanceConstants.CAMERA_FIXED, Boolean.class, r.cameraFixed()))
                .watermark(HeaderValues.get(message, SeedanceConstants.WATERMARK, Boolean.class, r.watermark()))
                .generateAudio(HeaderValues.get(message, SeedanceConstants.GENERATE_AUDIO, Boolean.class, r.generateAudio()))
                .returnLastFrame(
                        HeaderValues.get(message, SeedanceConstants.RETURN_LAST_FRAME, Boolean.class, r.returnLastFrame()))
                .callbackUrl(HeaderValues.get(message, SeedanceConstants.CALLBACK_URL, String.class, r.callbackUrl()))
                .serviceTier(HeaderValues.get(message, SeedanceConstants.SERVICE_TIER, String.class, r.serviceTier()))
                .executionExpiresAfter(HeaderValues.get(message, SeedanceConstants.EXECUTION_EXPIRES_AFTER, Long.class,
                        r.executionExpiresAfter()))
                .priority(HeaderValues.get(message, SeedanceConstants.PRIORITY, Integer.class, r.priority()))
                .safetyIdentifier(
                        HeaderValues.get(message, SeedanceConstants.SAFETY_IDENTIFIER, String.class, r.safetyIdentifier()));

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

    private GenerationRequest.Builder fromBody(Message message) {
        Object body = message.getBody();
        GenerationRequest.Builder defaults = config.toRequestDefaults();
        if (body == null) {
            return defaults;
        }
        if (body instanceof GenerationRequest request) {
            return merge(defaults.build(), request);
        }
        if (body instanceof Map<?, ?> map) {
            return merge(defaults.build(), GenerationRequestReader.fromMap(map));
        }
        if (body instanceof String prompt) {
            return prompt.isBlank() ? defaults : defaults.prompt(prompt);
        }
        throw new SeedanceValidationException("body", body.getClass().getName(),
                "a String prompt, a GenerationRequest or a Map with the request's JSON fields");
    }

    /** The body's values win over the endpoint's defaults. */
    private static GenerationRequest.Builder merge(GenerationRequest defaults, GenerationRequest body) {
        GenerationRequest.Builder b = body.toBuilder();
        if (body.model() == null) {
            b.model(defaults.model());
        }
        if (body.ratio() == null) {
            b.ratio(defaults.ratio());
        }
        if (body.duration() == null) {
            b.duration(defaults.duration());
        }
        if (body.resolution() == null) {
            b.resolution(defaults.resolution());
        }
        if (body.seed() == null) {
            b.seed(defaults.seed());
        }
        if (body.frames() == null) {
            b.frames(defaults.frames());
        }
        if (body.cameraFixed() == null) {
            b.cameraFixed(defaults.cameraFixed());
        }
        if (body.watermark() == null) {
            b.watermark(defaults.watermark());
        }
        if (body.generateAudio() == null) {
            b.generateAudio(defaults.generateAudio());
        }
        if (body.returnLastFrame() == null) {
            b.returnLastFrame(defaults.returnLastFrame());
        }
        if (body.callbackUrl() == null) {
            b.callbackUrl(defaults.callbackUrl());
        }
        if (body.serviceTier() == null) {
            b.serviceTier(defaults.serviceTier());
        }
        if (body.executionExpiresAfter() == null) {
            b.executionExpiresAfter(defaults.executionExpiresAfter());
        }
        if (body.priority() == null) {
            b.priority(defaults.priority());
        }
        if (body.safetyIdentifier() == null) {
            b.safetyIdentifier(defaults.safetyIdentifier());
        }
        return b;
    }

    TaskQuery listQuery(Message message) {
        TaskQuery defaults = config.toTaskQuery();
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

    /** The task id of get and cancel: the header, else a String body. */
    static String taskId(Message message) {
        String id = HeaderValues.get(message, SeedanceConstants.TASK_ID, String.class, null);
        if (id == null && message.getBody() instanceof String body && !body.isBlank()) {
            id = body.trim();
        }
        if (id == null) {
            throw new SeedanceValidationException(SeedanceConstants.TASK_ID, null,
                    "a task id in the " + SeedanceConstants.TASK_ID + " header or as a String body");
        }
        return id;
    }
}
