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
package io.github.camelseedance.emulator;

import java.io.IOException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The generation task API in its two dialects: the official one (create/get/list/delete under both prefixes) and
 * the OpenAI-style {@code /v1/videos} (create/get only).
 */
final class TaskEndpoints {

    private final Auth auth;
    private final TaskValidator validator;
    private final TaskStore store;
    private final Function<TaskSpec, TaskPlan> planner;

    TaskEndpoints(Auth auth, TaskValidator validator, TaskStore store, Function<TaskSpec, TaskPlan> planner) {
        this.auth = auth;
        this.validator = validator;
        this.store = store;
        this.planner = planner;
    }

    /** {@code prefix} is {@link Routes#TASKS} or {@link Routes#PT_TASKS}; {@code rest} is what follows it. */
    Exchange.Reply official(Exchange.Req req, String rest, TaskSpec.Dialect dialect) {
        String key = auth.require(req);
        if (rest.isEmpty() || "/".equals(rest)) {
            switch (req.method()) {
                case "POST": {
                    TaskSpec spec = RequestParser.official(parse(req), dialect);
                    EmuTask t = create(key, spec);
                    ObjectNode out = HttpIo.JSON.createObjectNode().put("id", t.id);
                    return Exchange.Reply.json(200, out);
                }
                case "GET":
                    return Exchange.Reply.json(200, store.list(key, req.query()));
                default:
                    throw methodNotAllowed(req);
            }
        }
        String id = rest.substring(1);
        if (id.isEmpty() || id.contains("/")) {
            throw ApiException.notFound("The requested path " + req.path() + " does not exist.");
        }
        switch (req.method()) {
            case "GET":
                return Exchange.Reply.json(200, store.get(key, id, true).toJson());
            case "DELETE":
                store.delete(key, id);
                return Exchange.Reply.json(200, HttpIo.JSON.createObjectNode());
            default:
                throw methodNotAllowed(req);
        }
    }

    Exchange.Reply videos(Exchange.Req req, String rest) {
        if (rest.isEmpty() || "/".equals(rest)) {
            if ("GET".equals(req.method())) {
                throw ApiException.notFound("Listing tasks is not supported on /v1/videos; use the official task API.");
            }
            if (!"POST".equals(req.method())) {
                throw methodNotAllowed(req);
            }
            String key = auth.require(req);
            EmuTask t = create(key, RequestParser.openAi(parse(req)));
            ObjectNode out = HttpIo.JSON.createObjectNode();
            out.put("id", t.id);
            out.put("task_id", t.id);
            // PowerTokens answers its OpenAI-style create with the extra status "pending" (a queued task)
            out.put("status", "pending");
            return Exchange.Reply.json(200, out);
        }
        String id = rest.substring(1);
        if (!"GET".equals(req.method())) {
            throw methodNotAllowed(req); // no cancel on this interface
        }
        String key = auth.require(req);
        if (id.isEmpty() || id.contains("/")) {
            throw ApiException.notFound("The requested path " + req.path() + " does not exist.");
        }
        return Exchange.Reply.json(200, store.get(key, id, true).toJson());
    }

    private EmuTask create(String key, TaskSpec spec) {
        validator.validate(spec);
        return store.create(key, spec, planner.apply(spec));
    }

    private static JsonNode parse(Exchange.Req req) {
        if (req.body() == null || req.body().length == 0) {
            throw ApiException.invalid(null, "The request body is empty.");
        }
        try {
            return HttpIo.JSON.readTree(req.body());
        } catch (IOException e) {
            throw ApiException.invalid(null, "The request body is not valid JSON.");
        }
    }

    static ApiException methodNotAllowed(Exchange.Req req) {
        return new ApiException(405, "MethodNotAllowed", "The method " + req.method() + " is not allowed on " + req.path()
                + ".", null);
    }
}
