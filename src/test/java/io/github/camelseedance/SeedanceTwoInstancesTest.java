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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Two instances of an application (two CamelContexts, each with its own component and its own JDBC connection pool)
 * claim correlation keys in one H2 file database through camel-sql's JdbcMessageIdRepository, and keep the keys'
 * records in one shared task repository: the exchanges of one key, sent at once to both, pay for one task.
 */
class SeedanceTwoInstancesTest {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofSeconds(5))
            .runTime(Duration.ofSeconds(5)));

    @TempDir
    Path dir;

    private DefaultCamelContext instance(String name, MemoryStateRepository tasks) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + dir.resolve("claims") + ";DB_CLOSE_DELAY=-1");
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setTaskRepository(tasks);
        component.getConfiguration().setCorrelationRepository(new JdbcMessageIdRepository(database, "seedance"));
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        context.addComponent("seedance", component);
        context.start();
        return context;
    }

    @Test
    void exchangesOfOneKeyAcrossTwoInstancesPayForOneTask() throws Exception {
        // stands in for a store both instances reach; Camel has no shared StateRepository of its own
        MemoryStateRepository tasks = new MemoryStateRepository();
        try (DefaultCamelContext first = instance("first", tasks); DefaultCamelContext second = instance("second", tasks)) {
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                for (DefaultCamelContext context : List.of(first, second)) {
                    ProducerTemplate template = context.createProducerTemplate();
                    sent.add(template.asyncSend("seedance:generate?correlationKey=order-42", e -> e.getMessage()
                            .setBody("One order, two instances")));
                }
            }
            await().atMost(60, TimeUnit.SECONDS).until(() -> {
                emulator.emulator().clock().advance(Duration.ofSeconds(1));
                return sent.stream().allMatch(CompletableFuture::isDone);
            });
            sent.forEach(f -> assertNull(f.join().getException()));
            assertEquals(1, emulator.emulator().journal().creates(), "twenty exchanges, one create");
            assertEquals(1, sent.stream().map(f -> f.join().getMessage().getHeader(SeedanceConstants.TASK_ID)).distinct()
                    .count());
        }
    }
}
