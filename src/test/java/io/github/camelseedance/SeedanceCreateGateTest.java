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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.runtime.SeedanceRuntime;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 18: a create's place in the account's queue (maxQueuedCreates) comes back as soon as the route's own get
 * sees its task leave the queue, not at the watcher's next poll (10 s by default), which throttled a create+get loop
 * to one pair per poll interval / maxQueuedCreates.
 */
class SeedanceCreateGateTest {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ZERO)
            .runTime(Duration.ofSeconds(30)));

    @Test
    void aGetThatSeesTheTaskRunningGivesItsQueuePlaceBackWithoutWaitingForAPoll() throws Exception {
        // our time stands still: a place given back by the watcher's poll would never come
        VirtualClock clock = new VirtualClock(emulator.emulator().clock().now());
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.setClock(clock);
        component.getConfiguration().setRequestsPerSecond(0);
        component.getConfiguration().setMaxQueuedCreates(1);
        DefaultCamelContext context = new DefaultCamelContext();
        context.addComponent("seedance", component);
        context.start();
        try {
            ProducerTemplate template = context.createProducerTemplate();
            for (int i = 0; i < 3; i++) {
                CompletableFuture<Exchange> create = template.asyncSend("seedance:create",
                        e -> e.getMessage().setBody("A pair"));
                await().atMost(20, TimeUnit.SECONDS).until(create::isDone);
                assertNull(create.join().getException());
                String taskId = create.join().getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
                Exchange get = template.send("seedance:get", e -> e.getMessage().setBody(taskId));
                assertNull(get.getException());
                assertEquals("running", get.getMessage().getHeader(SeedanceConstants.TASK_STATUS, String.class));
                // the follow ended with what the get saw: no place held, the task no longer watched
                SeedanceRuntime.AccountView account = component.getRuntime().accounts().get(0);
                assertEquals(0, account.gate().held());
                assertEquals(List.of(), account.generations());
            }
            assertEquals(3, emulator.emulator().journal().creates());
        } finally {
            context.close();
        }
    }
}
