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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import io.github.camelseedance.emulator.Routes;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;

/**
 * What the adoc promises a route whose consumer hands each exchange on (file, timer, seda): with the asynchronous
 * default, one consumer thread keeps many calls in flight. The emulator holds every answer for an hour, so that calls
 * in flight at once are the only way for several requests to arrive: a producer that held the consumer's thread for
 * its call would let one request in.
 */
class SeedanceHandOnTest extends CamelTestSupport {

    private static final int FILES = 5;

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.answerLatency(Duration.ofHours(1)));

    @TempDir
    static Path inbox;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("seedance", EmulatorComponents.pointedAt(emulator));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the file consumer's one thread; each file names a task to read
                from("file:" + inbox + "?moveFailed=.failed&initialDelay=0&delay=10")
                        .setHeader(SeedanceConstants.TASK_ID, bodyAs(String.class))
                        .to("seedance:get?maxRetries=0");
            }
        };
    }

    @Test
    void oneFileConsumerThreadKeepsEveryCallInFlight() throws Exception {
        for (int i = 0; i < FILES; i++) {
            Path staging = inbox.resolve(".staging-" + i); // hidden: the consumer skips it
            Files.writeString(staging, "cgt-20261207000000-hand" + i, StandardCharsets.UTF_8);
            Files.move(staging, inbox.resolve("task-" + i + ".txt"), StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            await().atMost(Duration.ofSeconds(30)).until(
                    () -> emulator.emulator().journal().countPrefix("GET", Routes.PT_TASKS + "/") == FILES);
        } finally {
            // the held answers are dropped with the server, so that the exchanges end before the context stops
            emulator.emulator().close();
        }
    }
}
