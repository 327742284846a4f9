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
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.client.Provider;
import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The producers' readiness checks against the emulator: UP for a good key, DOWN for a wrong key and for an overdue
 * account (with the provider's status and code), UP but degraded when the provider answers 503; one probe per account
 * and interval however many producers and health probes ask; gone from Camel's producers repository when their routes
 * stop.
 */
class SeedanceProducerHealthCheckTest extends CamelTestSupport {

    private static final String PROBE = Provider.POWERTOKENS.tasksPath() + "/cgt-19700101000000-keyprobe";

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(
            b -> b.apiKeys("sk-good", "sk-overdue", "sk-busy"));

    private final VirtualClock clock = new VirtualClock();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent component = EmulatorComponents.pointedAt(emulator);
        component.setClock(clock);
        component.getConfiguration().setApiKey("sk-good");
        component.getConfiguration().setMaxRetries(0);
        context.addComponent("seedance", component);
        producers(context).setEnabled(true); // camel.health.producersEnabled=true
        return context;
    }

    private static WritableHealthCheckRepository producers(CamelContext context) {
        return HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // one operation per account, so that the checks' ids (producer:seedance-<operation>-<n>) tell them apart
                from("direct:get").routeId("good").to("seedance:get");
                from("direct:generate").routeId("sameAccount").to("seedance:generate?model=dreamina-seedance-2-0-260128");
                from("direct:list").routeId("wrongKey").to("seedance:list?apiKey=RAW(sk-wrong)");
                from("direct:cancel").routeId("overdue").to("seedance:cancel?apiKey=RAW(sk-overdue)");
                from("direct:upload").routeId("busy").to("seedance:upload?apiKey=RAW(sk-busy)");
            }
        };
    }

    private HealthCheck check(String operation) {
        List<HealthCheck> found = producers(context).stream()
                .filter(c -> c.getId().startsWith("producer:seedance-" + operation + "-")).toList();
        assertEquals(1, found.size(), "one check for the " + operation + " producer: " + found);
        return found.get(0);
    }

    private static long probes(int status) {
        return emulator.emulator().journal().count(e -> e.is("GET", PROBE) && e.status() == status);
    }

    @Test
    void aGoodKeyIsUpAndItsProducersShareOneCachedProbe() {
        HealthCheck get = check("get");
        HealthCheck generate = check("generate");
        assertTrue(get.isEnabled());
        HealthCheck.Result result = get.call(Map.of());
        assertEquals(HealthCheck.State.UP, result.getState(), result.getMessage().orElse(""));
        assertEquals(HealthCheck.State.UP, get.call(Map.of()).getState());
        assertEquals(HealthCheck.State.UP, generate.call(Map.of()).getState());
        assertEquals(1, probes(404), "two producers of one account, three calls within the interval: one probe");
        assertNull(result.getDetails().get("degraded"));

        clock.advance(Duration.ofSeconds(59));
        generate.call(Map.of());
        assertEquals(1, probes(404), "still within healthCheckInterval (60 s by default)");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(HealthCheck.State.UP, get.call(Map.of()).getState());
        assertEquals(2, probes(404), "the interval has passed: probed again");
    }

    @Test
    void aWrongKeyIsDown() {
        HealthCheck.Result result = check("list").call(Map.of());
        assertEquals(HealthCheck.State.DOWN, result.getState());
        assertEquals(401, result.getDetails().get(AbstractHealthCheck.SERVICE_STATUS_CODE));
        assertEquals("AuthenticationError", result.getDetails().get(AbstractHealthCheck.SERVICE_ERROR_CODE));
        assertTrue(result.getMessage().orElse("").contains("refused the API key"), result.getMessage().orElse(""));
        assertFalse(result.getMessage().orElse("").contains("sk-wrong"), "never the key");
        assertEquals(1, probes(401));
    }

    @Test
    void anOverdueAccountIsDown() {
        emulator.emulator().markOverdue("sk-overdue");
        HealthCheck.Result result = check("cancel").call(Map.of());
        assertEquals(HealthCheck.State.DOWN, result.getState());
        assertEquals(403, result.getDetails().get(AbstractHealthCheck.SERVICE_STATUS_CODE));
        assertEquals("AccountOverdueError", result.getDetails().get(AbstractHealthCheck.SERVICE_ERROR_CODE));

        emulator.emulator().settleAccount("sk-overdue");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(HealthCheck.State.UP, check("cancel").call(Map.of()).getState(), "paid: up after the interval");
    }

    @Test
    void aProviderThatAnswers503IsUpButDegraded() {
        emulator.emulator().scenario().nextRequest("GET", PROBE).times(10).respond(503);
        HealthCheck.Result result = check("upload").call(Map.of());
        assertEquals(HealthCheck.State.UP, result.getState());
        assertEquals(true, result.getDetails().get("degraded"));
        assertEquals(503, result.getDetails().get(AbstractHealthCheck.SERVICE_STATUS_CODE));
        assertEquals("ServerOverloaded", result.getDetails().get(AbstractHealthCheck.SERVICE_ERROR_CODE));
        assertEquals(1, probes(503));
    }

    @Test
    void theChecksOfAStoppedRouteLeaveTheRepository() throws Exception {
        String id = check("get").getId();
        int before = (int) producers(context).stream().count();
        context.getRouteController().stopRoute("good");
        await().atMost(10, TimeUnit.SECONDS).until(() -> producers(context).stream().noneMatch(c -> c.getId().equals(id)));
        assertEquals(before - 1, producers(context).stream().count());
        context.getRouteController().startRoute("good");
        assertEquals(before, producers(context).stream().count(), "a restarted route registers its check again");
    }
}
