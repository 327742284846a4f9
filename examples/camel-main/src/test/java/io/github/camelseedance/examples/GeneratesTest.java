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

import java.time.Duration;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GeneratesTest extends CamelTestSupport {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofSeconds(10)));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setBaseUrl(emulator.baseUrl());
        seedance.getConfiguration().setApiKey(emulator.apiKey());
        context.addComponent("seedance", seedance);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("seedance:create?model=dreamina-seedance-2-0-260128");
                from("direct:status").to("seedance:get");
            }
        };
    }

    @Test
    void generates() {
        String taskId = template.requestBody("direct:generate", "A kitten", String.class);
        emulator.clock().advance(Duration.ofMinutes(1));                 // the task finishes
        assertEquals("succeeded", template.request("direct:status", e -> e.getMessage().setBody(taskId))
                .getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        assertEquals(1, emulator.emulator().journal().creates());        // exactly one paid create
    }
}
