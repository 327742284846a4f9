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
 * Push instead of poll: the provider calls the application back when one of its tasks changes, on the HTTP server
 * Camel Main runs (camel-platform-http-main with {@code camel.server.enabled=true}). {@code webhook:seedance:tasks}
 * gives every {@code seedance:create} and {@code seedance:generate} of this application the callback URL
 * {@code examples.callbacks-url} + {@code examples.callbacks-path}, checks each call (its size, its JSON, a task id
 * the application created) and re-reads the task by id before anything happens, so a forged call changes nothing.
 * A succeeded task's video goes to S3 under {@code pushed/}; a failed, expired or cancelled one is logged.
 *
 * <p>The consumer still polls, rarely, as the safety net for a callback that never comes: its first look after
 * {@code examples.callbacks-first-look} ms, then every {@code examples.callbacks-safety-delay} ms.
 */
public class TaskCallbacksRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("webhook:seedance:tasks?webhookComponentName=platform-http&webhookPath={{examples.callbacks-path}}"
             + "&webhookExternalUrl={{examples.callbacks-url}}&emit=terminal"
             + "&initialDelay={{examples.callbacks-first-look}}&delay={{examples.callbacks-safety-delay}}")
                .routeId("task-callbacks")
                .choice()
                    .when(header(SeedanceConstants.TASK_STATUS).isEqualTo(TaskStatus.SUCCEEDED.value()))
                        .setHeader(AWS2S3Constants.KEY, simple("pushed/${header.CamelSeedanceTaskId}.mp4"))
                        .to("seedance:download?output=stream")
                        .to("direct:store-video")
                    .otherwise()
                        .log(LoggingLevel.WARN, "Task ${header.CamelSeedanceTaskId} ${header.CamelSeedanceTaskStatus}:"
                             + " ${header.CamelSeedanceErrorCode} ${header.CamelSeedanceErrorMessage}")
                .end();
    }
}
