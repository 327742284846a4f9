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
package io.github.camelseedance;

import java.time.Duration;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A YAML DSL route creates, reads and cancels a task through the component, against the emulator. */
class SeedanceYamlRouteTest extends CamelTestSupport {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofMinutes(1)));

    private static final String ROUTES = """
            - route:
                id: yaml-generate
                from:
                  uri: direct:yaml
                  steps:
                    - to:
                        uri: seedance:create
                        parameters:
                          model: dreamina-seedance-2-0-fast-260128
                          ratio: "9:16"
                          duration: 4
                          resolution: 720p
                    - to: seedance:get
                    - setProperty:
                        name: statusBeforeCancel
                        simple: "${header.CamelSeedanceTaskStatus}"
                    - to: seedance:cancel
                    - to: seedance:get
            """;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // configured once, as camel.component.seedance.* properties would in Camel Main or Spring Boot
        context.addComponent("seedance", EmulatorComponents.pointedAt(emulator));
        return context;
    }

    @Override
    protected void doPostSetup() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("seedance.yaml", ROUTES));
    }

    @Test
    void createGetCancelFromYaml() {
        Exchange out = template.request("direct:yaml", e -> e.getMessage().setBody("A paper boat on a river"));

        assertFalse(out.isFailed(), () -> String.valueOf(out.getException()));
        assertEquals("queued", out.getProperty("statusBeforeCancel"));
        assertEquals("cancelled", out.getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        assertEquals(1, emulator.emulator().journal().creates());
    }
}
