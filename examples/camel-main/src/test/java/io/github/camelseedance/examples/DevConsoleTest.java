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

import io.github.camelseedance.examples.support.ExampleTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seedance dev console of the examples application (camel.main.dev-console-enabled), while tasks run. */
class DevConsoleTest extends ExampleTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        return context;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new TaskEventsRoute(), new StoreVideoRoute()};
    }

    @Test
    void showsTheAccountAndTheConsumer() {
        template.requestBody("direct:submit", "A paper boat drifting on a calm pond", String.class);
        DevConsole console = DevConsoleRegistry.get(context).resolveById("seedance");
        assertNotNull(console, "the seedance dev console is found");
        await().atMost(Duration.ofSeconds(30)).until(() -> s3.keys(BUCKET, "events/").size() == 1);
        String page = (String) console.call(DevConsole.MediaType.TEXT);
        System.out.println(page);
        assertTrue(page.contains("Account "), page);
        assertTrue(page.contains("(powertokens, " + emulator.baseUrl() + ")"), page);
        assertTrue(page.contains("Consumer "), page);
        assertFalse(page.contains(emulator.apiKey()), page);
    }
}
