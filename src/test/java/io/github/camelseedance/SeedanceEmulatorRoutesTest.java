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
import java.util.List;

import io.github.camelseedance.client.InvalidParameterException;
import io.github.camelseedance.emulator.SeedanceEmulator;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Java DSL routes against the emulator: upload, create (with staged media), get, list, cancel, end to end. */
class SeedanceEmulatorRoutesTest extends CamelTestSupport {

    private static final Duration QUEUE = Duration.ofSeconds(10);
    private static final Duration RUN = Duration.ofSeconds(30);

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(
            b -> b.queueTime(QUEUE).runTime(RUN).assetReadyAfter(Duration.ZERO));

    @TempDir
    Path dir;

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
                from("direct:upload").to("seedance:upload");
                from("direct:create").to("seedance:create?model=dreamina-seedance-2-0-260128&duration=5&ratio=16:9");
                from("direct:get").to("seedance:get");
                from("direct:list").to("seedance:list?pageSize=100");
                from("direct:cancel").to("seedance:cancel");
                from("direct:openai-create").to("seedance:create?apiStyle=openai&model=dreamina-seedance-2-0-fast-260128"
                                                + "&duration=4&resolution=720p");
                from("direct:openai-get").to("seedance:get?apiStyle=openai");
            }
        };
    }

    @Test
    void uploadCreateWaitGetListCancel() throws Exception {
        SeedanceEmulator emu = emulator.emulator();
        String assetId = template.requestBody("direct:upload", TestImages.png(640, 360), String.class);
        assertNotNull(assetId);

        Exchange created = template.request("direct:create", e -> {
            e.getMessage().setBody("Camera slowly pushes in");
            e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, assetId);
            e.getMessage().setHeader(SeedanceConstants.RETURN_LAST_FRAME, true);
        });
        String taskId = created.getMessage().getBody(String.class);
        assertEquals("queued", template.request("direct:get", e -> e.getMessage().setBody(taskId))
                .getMessage().getHeader(SeedanceConstants.TASK_STATUS));

        emu.clock().advance(QUEUE.plus(RUN).plusSeconds(1));
        Exchange done = template.request("direct:get", e -> e.getMessage().setBody(taskId));
        Task task = done.getMessage().getBody(Task.class);
        assertEquals("succeeded", done.getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        assertNotNull(done.getMessage().getHeader(SeedanceConstants.VIDEO_URL));
        assertNotNull(done.getMessage().getHeader(SeedanceConstants.LAST_FRAME_URL));
        assertTrue(done.getMessage().getHeader(SeedanceConstants.TOTAL_TOKENS, Long.class) > 0);
        assertEquals(taskId, task.id());

        String second = template.requestBody("direct:create", "A second one, to cancel", String.class);
        template.sendBody("direct:cancel", second);
        assertEquals("cancelled", template.request("direct:get", e -> e.getMessage().setBody(second))
                .getMessage().getHeader(SeedanceConstants.TASK_STATUS));

        TaskPage page = template.request("direct:list",
                e -> e.getMessage().setHeader(SeedanceConstants.TASK_IDS, List.of(taskId, second)))
                .getMessage().getBody(TaskPage.class);
        assertEquals(2, page.total());
        assertEquals(2, emu.journal().creates());
    }

    @Test
    void aLocalFileIsStagedThroughTheAssetLibrary() throws Exception {
        Path image = dir.resolve("first.png");
        Files.write(image, TestImages.png(800, 600));
        int assetsBefore = emulator.emulator().assetCount();

        String taskId = template.request("direct:create", e -> {
            e.getMessage().setBody("From a local file");
            e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, image.toFile());
        }).getMessage().getBody(String.class);

        assertNotNull(taskId);
        assertEquals(assetsBefore + 1, emulator.emulator().assetCount());
        assertEquals(1, emulator.emulator().journal().creates());
    }

    @Test
    void theOpenAiStyleCreatesAndReadsThroughVideos() {
        SeedanceEmulator emu = emulator.emulator();
        String assetId = template.requestBody("direct:upload", TestImages.png(600, 400), String.class);
        Exchange created = template.request("direct:openai-create", e -> {
            e.getMessage().setBody("A fox in the snow");
            e.getMessage().setHeader(SeedanceConstants.REFERENCE_IMAGES, List.of(assetId));
        });
        assertEquals("queued", created.getMessage().getHeader(SeedanceConstants.TASK_STATUS), "pending reads as queued");
        String taskId = created.getMessage().getBody(String.class);

        emu.clock().advance(QUEUE.plus(RUN).plusSeconds(1));
        Exchange done = template.request("direct:openai-get", e -> e.getMessage().setBody(taskId));

        assertEquals("succeeded", done.getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        assertEquals(1, emu.journal().count("POST", "/v1/videos"));
    }

    @Test
    void cancellingARunningTaskIsRefusedByTheServer() {
        String taskId = template.requestBody("direct:create", "Running soon", String.class);
        emulator.emulator().clock().advance(QUEUE.plusSeconds(1));

        Exchange out = template.request("direct:cancel", e -> e.getMessage().setBody(taskId));

        assertInstanceOf(InvalidParameterException.class, out.getException());
    }
}
