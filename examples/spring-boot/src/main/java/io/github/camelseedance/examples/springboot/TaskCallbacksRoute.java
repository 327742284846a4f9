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
package io.github.camelseedance.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The provider's callbacks on the application's own web server (camel-platform-http-starter), when
 * {@code examples.callbacks.external-url} says where the provider reaches it (behind an ingress, its public address):
 * every {@code generate} of the application then carries the callback URL, and wakes when its task's callback has
 * been checked and the task re-read by id, rather than at its next poll. The route logs each task's end; polling
 * stays, every 5 minutes, as the safety net.
 */
@Component
@ConditionalOnProperty("examples.callbacks.external-url")
public class TaskCallbacksRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("webhook:seedance:tasks?webhookComponentName=platform-http&webhookPath=/seedance/callbacks"
             + "&webhookExternalUrl={{examples.callbacks.external-url}}&emit=terminal&initialDelay=10000&delay=300000")
                .routeId("spring-task-callbacks")
                .log("Task ${header.CamelSeedanceTaskId} ended ${header.CamelSeedanceTaskStatus}");
    }
}
