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
import io.github.camelseedance.model.TaskStatus;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;

/**
 * Event-driven: prompts sent to {@code direct:submit} only create tasks; the {@code seedance:tasks} consumer reacts
 * when each one ends. A succeeded task's video is downloaded (as a stream) into S3 under {@code events/}; a failed,
 * expired or cancelled one goes to {@code direct:generation-failed}, which logs its error code and keeps the task as
 * JSON in {@code <examples.work>/failures/<task id>.json}.
 *
 * <p>The consumer's default scope is the tasks this CamelContext's producers created; {@code scope=account} watches
 * every task of the API key (for example those created by another application).
 */
public class TaskEventsRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:submit").routeId("submit")
                .to("seedance:create")
                .log("Submitted task ${body}");

        from("seedance:tasks?emit=terminal&initialDelay=0&delay={{examples.tasks-delay}}").routeId("task-events")
                .choice()
                    .when(header(SeedanceConstants.TASK_STATUS).isEqualTo(TaskStatus.SUCCEEDED.value()))
                        .setHeader(AWS2S3Constants.KEY, simple("events/${header.CamelSeedanceTaskId}.mp4"))
                        .to("seedance:download?output=stream")
                        .to("direct:store-video")
                    .otherwise()
                        .to("direct:generation-failed")
                .end();

        from("direct:generation-failed").routeId("generation-failed")
                .log(LoggingLevel.WARN, "Task ${header.CamelSeedanceTaskId} ${header.CamelSeedanceTaskStatus}:"
                     + " ${header.CamelSeedanceErrorCode} ${header.CamelSeedanceErrorMessage}")
                .marshal().json()
                .to("file:{{examples.work}}/failures?fileName=${header.CamelSeedanceTaskId}.json");
    }
}
