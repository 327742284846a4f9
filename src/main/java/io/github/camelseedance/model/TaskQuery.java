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
package io.github.camelseedance.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A query of the task list: a page and the filters. Null fields are not sent.
 */
public record TaskQuery(Integer pageNum, Integer pageSize, TaskStatus status, String model, String serviceTier,
        List<String> taskIds) {

    public static final int MAX_PAGE_SIZE = 500;
    public static final int MAX_PAGE_NUM = 500;

    public TaskQuery {
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }

    /** Refuses a page or filter the server would refuse, naming the field. */
    public TaskQuery validate() {
        if (pageNum != null && (pageNum < 1 || pageNum > MAX_PAGE_NUM)) {
            throw new SeedanceValidationException("pageNum", pageNum, "1.." + MAX_PAGE_NUM);
        }
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
            throw new SeedanceValidationException("pageSize", pageSize, "1.." + MAX_PAGE_SIZE);
        }
        if (status != null && !status.isKnown()) {
            throw new SeedanceValidationException("statusFilter", status,
                    "queued, running, succeeded, failed, cancelled, expired");
        }
        if (taskIds.size() > MAX_PAGE_SIZE) {
            throw new SeedanceValidationException("taskIds", taskIds.size() + " ids",
                    "at most " + MAX_PAGE_SIZE + " ids in one list request (a page holds no more)");
        }
        taskIds.forEach(id -> Ids.check("taskIds", id));
        return this;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Integer pageNum;
        private Integer pageSize;
        private TaskStatus status;
        private String model;
        private String serviceTier;
        private final List<String> taskIds = new ArrayList<>();

        public Builder pageNum(Integer pageNum) {
            this.pageNum = pageNum;
            return this;
        }

        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder status(TaskStatus status) {
            this.status = status;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder serviceTier(String serviceTier) {
            this.serviceTier = serviceTier;
            return this;
        }

        public Builder taskIds(List<String> ids) {
            this.taskIds.addAll(ids);
            return this;
        }

        public Builder taskId(String id) {
            this.taskIds.add(id);
            return this;
        }

        public TaskQuery build() {
            return new TaskQuery(pageNum, pageSize, status, model, serviceTier, taskIds);
        }
    }
}
