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

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.camelseedance.emulator.Journal;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.examples.support.Offline;
import io.github.camelseedance.examples.support.S3ProxyExtension;
import io.github.camelseedance.examples.support.SampleFiles;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callbacks through Camel Main's HTTP server (camel.server.*), in Java (TaskCallbacksRoute) and in YAML
 * ({@code routes/task-callbacks.camel.yaml}): the creates carry the callback URL, the emulator calls it back, and the
 * video reaches the bucket without a poll of the consumer (the safety net's first look is an hour away).
 */
class TaskCallbacksTest {

    static final String BUCKET = "seedance-callbacks-test";

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(Offline::fastEmulator);

    @RegisterExtension
    static S3ProxyExtension s3 = new S3ProxyExtension();

    @TempDir
    Path work;

    Main main;
    String hookUrl;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    private Main start(String routesPattern) throws IOException {
        s3.freshBucket(BUCKET);
        int port = freePort();
        main = new Main();
        if (routesPattern == null) {
            main.configure().addRoutesBuilder(new TaskCallbacksRoute());
            main.configure().addRoutesBuilder(new StoreVideoRoute());
        } else {
            main.addOverrideProperty("camel.main.routes-include-pattern", routesPattern);
        }
        main.addOverrideProperty("camel.server.enabled", "true");
        main.addOverrideProperty("camel.server.host", "127.0.0.1");
        main.addOverrideProperty("camel.server.port", String.valueOf(port));
        main.addOverrideProperty("examples.callbacks-url", "http://127.0.0.1:" + port);
        hookUrl = "http://127.0.0.1:" + port + "/seedance/callbacks";
        main.addOverrideProperty("examples.callbacks-first-look", "3600000");
        main.addOverrideProperty("examples.callbacks-safety-delay", "3600000");
        Offline.seedanceProperties(emulator.emulator()).forEach(main::addOverrideProperty);
        s3.componentProperties().forEach(main::addOverrideProperty);
        main.addOverrideProperty("examples.bucket", BUCKET);
        main.addOverrideProperty("examples.work", work.toString());
        main.start();
        return main;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void videoArrivesByCallback(String prefix) {
        ProducerTemplate template = main.getCamelContext().createProducerTemplate();
        String id = template.requestBody("seedance:create", "A lighthouse beam sweeping over a night sea", String.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> s3.keys(BUCKET, prefix).size() == 1);
        assertEquals(prefix + id + ".mp4", s3.keys(BUCKET, prefix).get(0));
        assertTrue(SampleFiles.isMp4(s3.get(BUCKET, prefix + id + ".mp4").asByteArray()));
        Journal journal = emulator.emulator().journal();
        List<Journal.Entry> creates = journal.entries(e -> e.method().equals("POST") && e.path().endsWith("/tasks"));
        assertTrue(creates.get(creates.size() - 1).body().contains("\"callback_url\":\"" + hookUrl + "\""),
                "the create carries the callback URL");
        // the consumer's first look is an hour away: only the callback (and its re-read by id) can have emitted it
        assertTrue(emulator.emulator().callbacksDelivered() >= 1);
        assertTrue(journal.count(e -> e.method().equals("GET") && e.path().endsWith("/" + id)) >= 1, "re-read by id");
    }

    @Test
    void javaRouteStoresTheVideoOnItsCallback() throws Exception {
        start(null);
        videoArrivesByCallback("pushed/");
    }

    @Test
    void yamlRouteStoresTheVideoOnItsCallback() throws Exception {
        start("classpath:routes/task-callbacks.camel.yaml");
        videoArrivesByCallback("pushed-yaml/");
    }
}
