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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The consumer's memory survives what production does to it: a restart with a file state repository neither loses
 * nor repeats a transition (tasks that finished while the route was down are emitted once after the restart), and two
 * instances under camel-master with one shared JDBC repository emit each transition once across both, the second
 * taking over when the leader stops.
 */
class SeedanceConsumerDurabilityTest {

    private static final Duration QUEUE = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(30);

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(QUEUE).runTime(RUN)
            .maxQueuedTasksPerKey(5000));

    @TempDir
    Path dir;

    /** Every exchange emitted, by any context: "task:status". */
    private final List<String> emitted = new CopyOnWriteArrayList<>();

    private DefaultCamelContext context(String name, RouteBuilder routes, FileStateRepository state) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        context.getRegistry().bind("state", state);
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setMaxQueuedCreates(0);
        context.addComponent("seedance", component);
        context.addRoutes(routes);
        context.start();
        return context;
    }

    private RouteBuilder consumer(String uri, String instance) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("tasks-" + instance).process(e -> emitted.add(e.getMessage()
                        .getHeader(SeedanceConstants.TASK_ID) + ":" + e.getMessage().getHeader(SeedanceConstants.TASK_STATUS)));
            }
        };
    }

    private long count(List<String> ids, String status) {
        return emitted.stream().filter(t -> ids.stream().anyMatch(id -> t.equals(id + ":" + status))).count();
    }

    @Test
    void aRestartWithAFileStateNeitherLosesNorRepeatsATransition() throws Exception {
        FileStateRepository state = FileStateRepository.fileStateRepository(dir.resolve("consumer.state").toFile());
        List<String> ids = new ArrayList<>();
        String uri = "seedance:tasks?delay=30&initialDelay=0&stateRepository=#state";
        try (DefaultCamelContext first = context("first", consumer(uri, "a"), state)) {
            for (int i = 0; i < 20; i++) {
                ids.add(first.createProducerTemplate().requestBody("seedance:create", "Durable " + i, String.class));
            }
            await().atMost(30, TimeUnit.SECONDS).until(() -> count(ids, "queued") == 20);
            emulator.clock().advance(QUEUE.plusSeconds(1));
            await().atMost(30, TimeUnit.SECONDS).until(() -> count(ids, "running") == 20);
        }
        // down: the tasks finish while nothing watches them
        emulator.clock().advance(RUN.plusSeconds(1));
        FileStateRepository reopened = FileStateRepository.fileStateRepository(dir.resolve("consumer.state").toFile());
        try (DefaultCamelContext second = context("second", consumer(uri, "b"), reopened)) {
            await().atMost(30, TimeUnit.SECONDS).until(() -> count(ids, "succeeded") == 20);
        }
        for (String id : ids) {
            for (String status : List.of("queued", "running", "succeeded")) {
                assertEquals(1, emitted.stream().filter(t -> t.equals(id + ":" + status)).count(), id + ":" + status);
            }
        }
    }

    @Test
    void twoInstancesUnderCamelMasterEmitEachTransitionOnce() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("emitted") + ";DB_CLOSE_DELAY=-1");
        String uri = "master:seedance-tasks:seedance:tasks?scope=account&delay=30&initialDelay=0"
                     + "&idempotentRepository=#emitted&createdWithin=1h";
        DefaultCamelContext leader = clustered("leader", dataSource, uri);
        DefaultCamelContext follower = clustered("follower", dataSource, uri);
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ids.add(leader.createProducerTemplate().requestBody("seedance:create", "Clustered " + i, String.class));
            }
            await().atMost(30, TimeUnit.SECONDS).until(() -> count(ids, "queued") == 10);
            emulator.clock().advance(QUEUE.plusSeconds(1));
            await().atMost(30, TimeUnit.SECONDS).until(() -> count(ids, "running") == 10);
            leader.stop(); // the follower takes over, with the emitted transitions in the shared repository
            emulator.clock().advance(RUN.plusSeconds(1));
            await().atMost(60, TimeUnit.SECONDS).until(() -> count(ids, "succeeded") == 10);
            Set<String> distinct = new HashSet<>(emitted);
            assertEquals(distinct.size(), emitted.size(), "no transition was emitted twice: " + emitted);
            assertEquals(30, emitted.stream().filter(t -> ids.stream().anyMatch(t::startsWith)).count());
        } finally {
            leader.close();
            follower.close();
        }
    }

    private DefaultCamelContext clustered(String name, JdbcDataSource dataSource, String uri) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(dir.resolve("cluster").toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "seedance-tasks");
        context.getRegistry().bind("emitted", repository);
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.getConfiguration().setMaxQueuedCreates(0);
        context.addComponent("seedance", component);
        context.addRoutes(consumer(uri, name));
        context.start();
        return context;
    }
}
