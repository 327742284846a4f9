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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.model.Task;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seedance dev console, found through Camel's DevConsoleRegistry, against the emulator. */
class SeedanceDevConsoleTest extends CamelTestSupport {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ZERO)
            .runTime(Duration.ZERO));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setMaxQueuedCreates(10);
        context.addComponent("seedance", component);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("seedance:generate?deadline=20s");
                from("direct:create").to("seedance:create");
                from("seedance:tasks?delay=50").routeId("watch-tasks").to("mock:tasks");
            }
        };
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsAccountsGenerationsInFlightConsumersAndRecentErrors() {
        emulator.emulator().scenario().whenPromptContains("slowly").neverFinishes();
        Task done = template.requestBody("direct:generate", "A finished fox", Task.class);
        CompletableFuture<Exchange> held = template.asyncSend("direct:generate", e -> e.getMessage().setBody("A slowly"
                                                                                                        + " turning wheel"));
        // the held generation's create first: the next one is refused
        await().atMost(10, TimeUnit.SECONDS).until(() -> emulator.emulator().journal().creates() == 2);
        emulator.emulator().scenario().nextCreate().respond(400, "InvalidParameter", "the ratio is not supported");
        Exchange refused = template.request("direct:create", e -> e.getMessage().setBody("A refused request"));
        assertNotNull(refused.getException());

        DevConsole console = DevConsoleRegistry.get(context).resolveById("seedance");
        assertNotNull(console, "the seedance console is registered");
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
            List<Map<String, Object>> accounts = (List<Map<String, Object>>) json.get("accounts");
            return accounts.size() == 1 && ((List<?>) accounts.get(0).get("generations")).size() == 1
                   && ((List<Map<String, Object>>) accounts.get(0).get("generations")).get(0).get("status") != "unchecked"
                   && ((List<?>) json.get("recentErrors")).size() == 1;
        });
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        Map<String, Object> account = ((List<Map<String, Object>>) json.get("accounts")).get(0);
        assertEquals("powertokens", account.get("provider"));
        assertEquals(emulator.baseUrl(), account.get("baseUrl"));
        // the held generation's task left the provider's queue (it runs): its place is given back
        assertEquals(0, account.get("createsHeld"));
        assertEquals(0, account.get("createsWaiting"));
        assertEquals(10, account.get("maxQueuedCreates"));
        assertEquals(done.usage().totalTokens().longValue(), account.get("tokensUsed"));
        Map<String, Object> generation = ((List<Map<String, Object>>) account.get("generations")).get(0);
        assertNotNull(generation.get("taskId"));
        assertTrue(List.of("queued", "running").contains(generation.get("status")), String.valueOf(generation));

        Map<String, Object> consumer = ((List<Map<String, Object>>) json.get("consumers")).get(0);
        assertEquals("watch-tasks", consumer.get("routeId"));

        Map<String, Object> error = ((List<Map<String, Object>>) json.get("recentErrors")).get(0);
        assertEquals("create", error.get("operation"));
        assertEquals("InvalidParameter", error.get("code"));
        assertEquals(400, error.get("httpStatus"));
        assertNotNull(error.get("requestId"));

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains("Generations in flight: 1"), text);
        assertTrue(text.contains((String) generation.get("taskId")), text);
        assertTrue(text.contains("create InvalidParameter HTTP 400"), text);
        assertTrue(text.contains("Consumer watch-tasks"), text);
        for (String shown : List.of(text, json.toString())) {
            assertFalse(shown.contains(emulator.apiKey()), "the key is never shown");
        }
        assertNull(held.getNow(null), "the held generation is still in flight");
    }
}
