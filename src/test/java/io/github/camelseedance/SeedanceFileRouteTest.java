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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Files dropped in a folder become generations: the file consumer's GenericFile body is uploaded, and a GenericFile
 * given as the first frame is staged through the Asset Library.
 */
class SeedanceFileRouteTest extends CamelTestSupport {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.assetReadyAfter(Duration.ZERO));

    @TempDir
    static Path inbox;

    @EndpointInject("mock:created")
    MockEndpoint created;

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
                from("file:" + inbox.resolve("upload") + "?include=.*\\.png&move=.done&initialDelay=0&delay=10")
                        .to("seedance:upload")
                        .setHeader(SeedanceConstants.FIRST_FRAME, body())
                        .setBody(constant("Camera slowly pushes in"))
                        .to("seedance:create?model=dreamina-seedance-2-0-260128&ratio=adaptive")
                        .to("mock:created");
                from("file:" + inbox.resolve("direct") + "?include=.*\\.png&move=.done&initialDelay=0&delay=10")
                        .setHeader(SeedanceConstants.FIRST_FRAME, body())
                        .setBody(simple("A video of ${header.CamelFileName}"))
                        .to("seedance:create?model=dreamina-seedance-2-0-260128&ratio=adaptive")
                        .to("mock:created");
            }
        };
    }

    @Test
    void droppedImagesBecomeGenerations() throws Exception {
        created.expectedMessageCount(2);
        drop(inbox.resolve("upload"), "cat.png", TestImages.png(640, 480));
        drop(inbox.resolve("direct"), "dog.png", TestImages.png(480, 640));

        created.assertIsSatisfied(20_000);
        assertEquals(2, emulator.emulator().journal().creates());
        assertEquals(2, emulator.emulator().assetCount());
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(inbox.resolve("upload/.done/cat.png"))
                                                            && Files.exists(inbox.resolve("direct/.done/dog.png")));
    }

    /** Written elsewhere, then moved in, so the consumer never sees half a file. */
    private static void drop(Path folder, String name, byte[] bytes) throws Exception {
        Files.createDirectories(folder);
        Path staging = Files.createTempFile(inbox, "staging", ".tmp");
        Files.write(staging, bytes);
        Files.move(staging, folder.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
