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
package io.github.camelseedance.client.http;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.model.GenerationParameter;
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
        r.parameters().forEach((parameter, value) -> put(body, parameter.officialName(), value));
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
        r.parameters().forEach((parameter, value) -> put(body, parameter.openAiName(), openAiValue(parameter, value)));
        return body;
    }

    private static <T> Object openAiValue(GenerationParameter<T> parameter, Object value) {
        return parameter.openAiValue(parameter.cast(value));
    }

    private static void put(ObjectNode body, String name, Object value) {
        if (value instanceof String s) {
            body.put(name, s);
        } else if (value instanceof Integer i) {
            body.put(name, i);
        } else if (value instanceof Long l) {
            body.put(name, l);
        } else if (value instanceof Boolean b) {
            body.put(name, b);
        } else {
            throw new IllegalArgumentException(name + " has a value of an unexpected type: " + value.getClass());
        }
    }
}
