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
package io.github.camelseedance.emulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** callback_url: a POST of the Task JSON per status change, eagerly on clock advance; terminal ones retried. */
class CallbackTest {

    @RegisterExtension
    SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofSeconds(5))
            .runTime(Duration.ofSeconds(20)).callbackRetryDelay(Duration.ofMillis(10)));

    private HttpServer receiver;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            hits.incrementAndGet();
            byte[] body = ex.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            if (status == 200) {
                received.add(EmuClient.JSON.readTree(body));
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private String create(String prompt) {
        EmuClient c = new EmuClient(ext.emulator());
        EmuClient.Res r = c.post(Routes.TASKS, "{\"model\":\"" + EmuClient.MODEL
                + "\",\"content\":[{\"type\":\"text\",\"text\":\""
                + prompt + "\"}],\"callback_url\":\"" + hook() + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().get("id").asText();
    }

    private List<String> statuses() {
        return received.stream().map(n -> n.get("status").asText()).collect(Collectors.toList());
    }

    @Test
    void everyStatusChangeIsPostedWithoutAnyPolling() {
        String id = create("cb");
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses().equals(List.of("queued")));
        ext.clock().advance(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses().equals(List.of("queued", "running")));
        ext.clock().advance(Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses().equals(List.of("queued", "running", "succeeded")));
        JsonNode last = received.get(2);
        assertEquals(id, last.get("id").asText());
        assertEquals(last.at("/content/video_url").asText(),
                new EmuClient(ext.emulator()).get(Routes.TASKS + "/" + id).json().at("/content/video_url").asText());
    }

    @Test
    void severalTransitionsAtOnceArriveInOrder() {
        create("jump");
        ext.clock().advance(Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses().equals(List.of("queued", "running", "succeeded")));
    }

    @Test
    void terminalCallbacksAreRetriedThreeTimes() {
        ext.emulator().scenario().whenPromptContains("bad").failWith("OutputVideoSensitiveContentDetected");
        create("bad video");
        ext.clock().advance(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses().equals(List.of("queued", "running")));
        failuresLeft.set(3);
        hits.set(0);
        ext.clock().advance(Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses().size() == 3);
        assertEquals(4, hits.get(), "1 attempt + 3 retries");
        JsonNode failed = received.get(2);
        assertEquals("failed", failed.get("status").asText());
        assertEquals("OutputVideoSensitiveContentDetected", failed.at("/error/code").asText());
        assertNull(failed.get("content"));
    }

    @Test
    void nonTerminalCallbacksAreNotRetried() {
        failuresLeft.set(1);
        create("once");
        await().atMost(Duration.ofSeconds(10)).until(() -> hits.get() == 1);
        ext.clock().advance(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses().equals(List.of("running")));
        assertEquals(2, hits.get());
    }

    @Test
    void cancellationIsPosted() {
        String id = create("cancel me");
        assertEquals(200, new EmuClient(ext.emulator()).delete(Routes.TASKS + "/" + id).status());
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses().equals(List.of("queued", "cancelled")));
    }
}
