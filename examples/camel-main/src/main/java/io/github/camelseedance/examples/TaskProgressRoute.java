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

import io.github.camelseedance.SeedanceConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Progress: one line each time a task of this application changes status ({@code seedance:tasks}, the default
 * {@code scope=context}: the tasks this CamelContext's producers created).
 */
public class TaskProgressRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("seedance:tasks?initialDelay=0&delay={{examples.tasks-delay}}").routeId("task-progress")
                .setBody(TaskProgressRoute::line)
                .log("${body}");
    }

    static String line(Exchange exchange) {
        String previous = exchange.getMessage().getHeader(SeedanceConstants.PREVIOUS_STATUS, String.class);
        String status = exchange.getMessage().getHeader(SeedanceConstants.TASK_STATUS, String.class);
        String code = exchange.getMessage().getHeader(SeedanceConstants.ERROR_CODE, String.class);
        return "Task " + exchange.getMessage().getHeader(SeedanceConstants.TASK_ID) + ": "
               + (previous == null ? "" : previous + " -> ") + status + (code == null ? "" : " (" + code + ")");
    }
}
