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

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.client.Provider;
import io.github.camelseedance.consumer.SeedanceConsumer;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code seedance:tasks} consumer whose key the provider refuses: it backs off for minutes instead of asking twice a
 * second, logs the refusal once per change of state (refused, working, refused again), and is DOWN even when it
 * watches no task yet (it asks the account's cached key probe).
 */
class SeedanceConsumerRefusedKeyTest extends CamelTestSupport {

    private static final String TASKS = Provider.POWERTOKENS.tasksPath();
    private static final String PROBE = TASKS + "/cgt-19700101000000-keyprobe";

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.apiKeys("sk-good", "sk-flaky"));

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setApiKey("sk-good");
        context.addComponent("seedance", component);
        return context;
    }

    @Override
    protected boolean useJmx() {
        return false;
    }

    private SeedanceConsumer start(String routeId, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).log("never");
            }
        });
        return (SeedanceConsumer) context.getRoute(routeId).getConsumer();
    }

    private static long answered(int status) {
        return emulator.emulator().journal().count(e -> e.status() == status);
    }

    private long refusalLines() {
        // what Camel's exception handler logs (WARN) for a failed poll; the repeats go to DEBUG under other words
        return logs.lines().stream().filter(l -> l.contains("Failed polling endpoint") && l.contains("API key")).count();
    }

    @Test
    void aRefusedKeyBacksOffForMinutes() throws Exception {
        SeedanceConsumer consumer = start("refused",
                "seedance:tasks?scope=account&apiKey=RAW(sk-not-known)&delay=20&initialDelay=0");
        assertTrue(consumer.getBackoffErrorThreshold() > 0, "backs off after a few failed polls by default");
        assertTrue(consumer.getBackoffMultiplier() * consumer.getDelay() >= TimeUnit.MINUTES.toMillis(1),
                "skips polls for minutes: " + consumer.getBackoffMultiplier() + " x " + consumer.getDelay() + " ms");
        // 100 polls skipped (2 s of 20 ms polls): without the backoff that would be 100 more requests
        await().atMost(30, TimeUnit.SECONDS).until(() -> consumer.getBackoffCounter() >= 100);
        long refused = answered(401);
        assertTrue(refused <= consumer.getBackoffErrorThreshold() + 1, refused + " requests before the backoff");
        assertEquals(1, refusalLines(), "the refusal is logged once");
    }

    @Test
    void theRefusalIsLoggedOncePerChangeOfState() throws Exception {
        SeedanceConsumer consumer = start("flaky", "seedance:tasks?scope=account&apiKey=RAW(sk-flaky)&delay=20"
                                                 + "&initialDelay=0&backoffErrorThreshold=2&backoffMultiplier=3");
        HealthCheck check = consumer.getHealthCheck();
        await().atMost(30, TimeUnit.SECONDS).until(() -> check.call(Map.of()).getState() == HealthCheck.State.UP);
        emulator.emulator().removeApiKey("sk-flaky");
        await().atMost(30, TimeUnit.SECONDS).until(() -> answered(401) >= 6); // refused, polls after polls
        assertEquals(HealthCheck.State.DOWN, check.call(Map.of()).getState());
        assertEquals(1, refusalLines(), "once, however many polls fail");

        emulator.emulator().addApiKey("sk-flaky");
        await().atMost(30, TimeUnit.SECONDS).until(() -> check.call(Map.of()).getState() == HealthCheck.State.UP);
        await().atMost(30, TimeUnit.SECONDS)
                .until(() -> logs.lines().stream().filter(l -> l.contains("accepts the API key of")).count() == 1);

        emulator.emulator().removeApiKey("sk-flaky");
        long before = answered(401);
        await().atMost(30, TimeUnit.SECONDS).until(() -> answered(401) >= before + 6);
        assertEquals(2, refusalLines(), "refused again: logged again, once");
        emulator.emulator().addApiKey("sk-flaky");
    }

    @Test
    void anIdleConsumerIsDownWhenTheKeyIsRefused() throws Exception {
        emulator.emulator().markOverdue("sk-flaky");
        SeedanceConsumer refused = start("idleRefused", "seedance:tasks?apiKey=RAW(sk-flaky)&delay=20&initialDelay=0");
        SeedanceConsumer working = start("idleWorking", "seedance:tasks?delay=20&initialDelay=0");
        await().atMost(30, TimeUnit.SECONDS).until(() -> refused.getHealthCheck().call(Map.of()).getState()
                                                       == HealthCheck.State.DOWN);
        HealthCheck.Result result = refused.getHealthCheck().call(Map.of());
        assertEquals(0, result.getDetails().get("watched.tasks"));
        assertEquals(403, result.getDetails().get(AbstractHealthCheck.SERVICE_STATUS_CODE));
        assertEquals("AccountOverdueError", result.getDetails().get(AbstractHealthCheck.SERVICE_ERROR_CODE));
        await().atMost(30, TimeUnit.SECONDS).until(() -> working.getHealthCheck().call(Map.of()).getState()
                                                       == HealthCheck.State.UP);
        // many polls of both (the refused one backs off), one probe each: kept for healthCheckInterval (60 s)
        await().atMost(30, TimeUnit.SECONDS).until(() -> working.getCounter() >= 20 && refused.getBackoffCounter() >= 20);
        assertEquals(1, emulator.emulator().journal().count(e -> e.is("GET", PROBE) && e.status() == 404));
        assertEquals(1, emulator.emulator().journal().count(e -> e.is("GET", PROBE) && e.status() == 403));
        emulator.emulator().settleAccount("sk-flaky");
    }
}
