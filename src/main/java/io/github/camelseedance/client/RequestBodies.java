package io.github.camelseedance.client;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Media;

/** Writes one {@link GenerationRequest} in either dialect's JSON shape. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The official body: {@code content[]} of text, media with roles, or a draft task; parameters in snake_case. */
    static ObjectNode official(ObjectMapper mapper, GenerationRequest r) {
        ObjectNode body = mapper.createObjectNode();
        body.put("model", r.model());
        ArrayNode content = body.putArray("content");
        if (r.prompt() != null) {
            content.addObject().put("type", "text").put("text", r.prompt());
        }
        for (Media m : r.media()) {
            String type = m.role().kind().wireType();
            ObjectNode item = content.addObject().put("type", type);
            item.putObject(type).put("url", m.url());
            item.put("role", m.role().wireName());
        }
        if (r.draftTaskId() != null) {
            content.addObject().put("type", "draft_task").putObject("draft_task").put("id", r.draftTaskId());
        }
        putIfSet(body, "ratio", r.ratio());
        putIfSet(body, "duration", r.duration());
        putIfSet(body, "resolution", r.resolution());
        putIfSet(body, "frames", r.frames());
        putIfSet(body, "seed", r.seed());
        putIfSet(body, "camera_fixed", r.cameraFixed());
        putIfSet(body, "watermark", r.watermark());
        putIfSet(body, "generate_audio", r.generateAudio());
        putIfSet(body, "return_last_frame", r.returnLastFrame());
        putIfSet(body, "callback_url", r.callbackUrl());
        putIfSet(body, "service_tier", r.serviceTier());
        putIfSet(body, "execution_expires_after", r.executionExpiresAfter());
        putIfSet(body, "priority", r.priority());
        putIfSet(body, "safety_identifier", r.safetyIdentifier());
        putIfSet(body, "draft", r.draft());
        if (r.tools() != null) {
            ArrayNode tools = body.putArray("tools");
            for (Map<String, Object> tool : r.tools()) {
                tools.add(mapper.valueToTree(tool));
            }
        }
        return body;
    }

    /**
     * The OpenAI-style body of {@code POST /v1/videos}: {@code media[]} typed by role, {@code seconds} as a string,
     * {@code size} for the resolution. Parameters that this interface does not take are refused, not dropped.
     */
    static ObjectNode openAi(ObjectMapper mapper, GenerationRequest r) {
        ApiStyle.OPENAI.check(r);
        ObjectNode body = mapper.createObjectNode();
        body.put("model", r.model());
        ArrayNode media = body.putArray("media");
        if (r.prompt() != null) {
            media.addObject().put("type", "text").put("text", r.prompt());
        }
        for (Media m : r.media()) {
            media.addObject().put("type", m.role().wireName()).put("url", m.url());
        }
        if (r.duration() != null) {
            body.put("seconds", String.valueOf(r.duration()));
        }
        putIfSet(body, "size", r.resolution());
        putIfSet(body, "ratio", r.ratio());
        putIfSet(body, "seed", r.seed());
        putIfSet(body, "watermark", r.watermark());
        putIfSet(body, "generate_audio", r.generateAudio());
        putIfSet(body, "return_last_frame", r.returnLastFrame());
        putIfSet(body, "safety_identifier", r.safetyIdentifier());
        return body;
    }

    private static void putIfSet(ObjectNode body, String name, Object value) {
        if (value instanceof String s) {
            body.put(name, s);
        } else if (value instanceof Integer i) {
            body.put(name, i);
        } else if (value instanceof Long l) {
            body.put(name, l);
        } else if (value instanceof Boolean b) {
            body.put(name, b);
        }
    }
}
