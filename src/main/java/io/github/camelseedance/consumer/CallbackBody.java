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
package io.github.camelseedance.consumer;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.model.Ids;

/**
 * What an untrusted callback says: the id of a task, and the status it claims, which is never believed (the task is
 * re-read by id). Anything else is refused with the reason, which never quotes the body.
 */
record CallbackBody(String taskId, String claimedStatus) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A callback refused before anything was done for it: the HTTP status to answer, and why. */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final int httpStatus;

        Refused(int httpStatus, String reason) {
            super(reason, null, false, false);
            this.httpStatus = httpStatus;
        }

        int httpStatus() {
            return httpStatus;
        }
    }

    /** Reads a body of at most the size limit: a JSON object with a safe string {@code id}, else 400. */
    static CallbackBody parse(byte[] body) throws Refused {
        JsonNode json;
        try {
            json = body.length == 0 ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Refused(400, "The body is not JSON: a Seedance callback posts the task's JSON");
        } catch (IOException e) {
            throw new Refused(400, "The body could not be read: a Seedance callback posts the task's JSON");
        }
        if (json == null || !json.isObject()) {
            throw new Refused(400, "The body is not a JSON object: a Seedance callback posts the task's JSON");
        }
        JsonNode id = json.get("id");
        if (id == null || !id.isTextual()) {
            throw new Refused(400, "The field id is missing or not a string: a Seedance callback names its task");
        }
        if (!Ids.isValid(id.textValue())) {
            throw new Refused(400, "The field id is not a task id (" + Ids.ALLOWED + ")");
        }
        JsonNode status = json.get("status");
        if (status != null && !status.isTextual() && !status.isNull()) {
            throw new Refused(400, "The field status is not a string");
        }
        return new CallbackBody(id.textValue(), status == null || status.isNull() ? null : status.textValue());
    }
}
