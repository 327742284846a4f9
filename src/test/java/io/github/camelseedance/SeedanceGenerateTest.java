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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.client.SensitiveContentException;
import io.github.camelseedance.client.TaskCancelledException;
import io.github.camelseedance.client.TaskExpiredException;
import io.github.camelseedance.client.TaskFailedException;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.watch.TaskDeadlineException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code generate} against the emulator: create, wait without a thread, deliver the result as a task, a URL, a stream
 * or a file; every way a task can end without a video raises its classified exception with the task id; the deadline
 * fails (and cancels a queued task when asked). The emulator's clock moves the tasks; the component re-checks every
 * 20 ms of real time.
 */
class SeedanceGenerateTest extends CamelTestSupport {

    private static final Duration QUEUE = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(30);

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(QUEUE).runTime(RUN));

    @TempDir
    Path dir;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("seedance", EmulatorComponents.generating(emulator));
        return context;
    }

    /** A component on the emulator that re-checks waiting tasks every 20 ms and may download from it. */
    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:task").to("seedance:generate");
                from("direct:url").to("seedance:generate?output=url&returnLastFrame=true");
                from("direct:stream").to("seedance:generate?output=stream").process(e -> {
                    try (InputStream in = e.getMessage().getBody(InputStream.class)) {
                        e.getMessage().setBody(in.readAllBytes());
                    }
                });
                from("direct:file").to("seedance:generate?output=file&returnLastFrame=true&downloadLastFrame=true"
                                       + "&directory=" + dir + "&fileName=clip-${header.CamelSeedanceTaskId}.mp4");
                from("direct:deadline").to("seedance:generate?deadline=2s");
                from("direct:deadlineCancel").to("seedance:generate?deadline=2s&cancelOnDeadline=true");
            }
        };
    }

    /** Moves the emulator's clock until the exchange is done: the tasks of the route finish one step at a time. */
    private Exchange runToCompletion(CompletableFuture<Exchange> exchange) {
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            emulator.clock().advance(Duration.ofSeconds(5));
            return exchange.isDone();
        });
        return exchange.join();
    }

    private CompletableFuture<Exchange> send(String route, String prompt) {
        return template.asyncSend("direct:" + route, e -> {
            e.getMessage().setBody(prompt);
            e.getMessage().setHeader("dir", dir.toString());
        });
    }

    @Test
    void generateAnswersTheSucceededTaskAfterOneCreate() {
        Exchange done = runToCompletion(send("task", "A kitten on a grassy field"));
        assertNull(done.getException());
        Task task = done.getMessage().getBody(Task.class);
        assertEquals("succeeded", task.status().value());
        assertEquals(task.id(), done.getMessage().getHeader(SeedanceConstants.TASK_ID));
        assertNotNull(done.getMessage().getHeader(SeedanceConstants.VIDEO_URL));
        assertTrue(done.getMessage().getHeader(SeedanceConstants.TOTAL_TOKENS, Long.class) > 0);
        assertEquals(1, emulator.emulator().journal().creates());
    }

    @Test
    void outputUrlAndTheLastFrameForChaining() {
        Exchange done = runToCompletion(send("url", "Segment one"));
        assertNull(done.getException());
        assertEquals(done.getMessage().getHeader(SeedanceConstants.VIDEO_URL), done.getMessage().getBody(String.class));
        String lastFrame = done.getMessage().getHeader(SeedanceConstants.LAST_FRAME_URL, String.class);
        assertNotNull(lastFrame);
        // the next segment starts where this one ended: the last frame URL is accepted as the first frame
        int assets = emulator.emulator().assetCount();
        Exchange next = runToCompletion(template.asyncSend("seedance:generate?allowPrivateMediaHosts=true", e -> {
            e.getMessage().setBody("Segment two");
            e.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, lastFrame);
        }));
        assertNull(next.getException());
        assertEquals(assets + 1, emulator.emulator().assetCount(), "the last frame was staged as the next first frame");
        assertEquals(2, emulator.emulator().journal().creates());
    }

    @Test
    void outputStreamIsTheVideoFromTheFileHost() {
        Exchange done = runToCompletion(send("stream", "A stream"));
        assertNull(done.getException());
        byte[] video = done.getMessage().getBody(byte[].class);
        assertArrayEquals("ftyp".getBytes(), java.util.Arrays.copyOfRange(video, 4, 8));
        assertEquals((long) video.length, done.getMessage().getHeader(SeedanceConstants.CONTENT_LENGTH, Long.class));
    }

    @Test
    void outputFileWritesTheVideoAndTheLastFrameUnderTheirNames() throws Exception {
        Exchange done = runToCompletion(send("file", "Into a file"));
        assertNull(done.getException());
        String taskId = done.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
        Path video = dir.resolve("clip-" + taskId + ".mp4");
        assertEquals(video.toFile(), done.getMessage().getBody());
        assertEquals(video.toString(), done.getMessage().getHeader(SeedanceConstants.VIDEO_FILE));
        byte[] bytes = Files.readAllBytes(video);
        assertArrayEquals("ftyp".getBytes(), java.util.Arrays.copyOfRange(bytes, 4, 8));
        assertEquals((long) bytes.length, done.getMessage().getHeader(SeedanceConstants.CONTENT_LENGTH, Long.class));
        Path frame = dir.resolve("clip-" + taskId + "-last.png");
        assertEquals(frame.toString(), done.getMessage().getHeader(SeedanceConstants.LAST_FRAME_FILE));
        assertEquals((byte) 0x89, Files.readAllBytes(frame)[0]);
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no partial files are left");
        }
    }

    @Test
    void aTaskFailingOnOutputModerationRaisesItsCodeWithTheTaskId() {
        emulator.emulator().scenario().whenPromptContains("forbidden").failWith("OutputVideoSensitiveContentDetected");
        Exchange done = runToCompletion(send("task", "Something forbidden"));
        TaskFailedException failed = assertInstanceOf(TaskFailedException.class, done.getException());
        assertEquals("OutputVideoSensitiveContentDetected", failed.getCode());
        assertEquals(failed.getTaskId(), done.getMessage().getHeader(SeedanceConstants.TASK_ID));
        assertEquals("OutputVideoSensitiveContentDetected", done.getMessage().getHeader(SeedanceConstants.ERROR_CODE));
        assertEquals("failed", done.getMessage().getHeader(SeedanceConstants.TASK_STATUS));
    }

    @Test
    void anInputRefusedByModerationIsTheProvidersRefusalAndCreatesNothing() {
        int tasks = emulator.emulator().taskCount();
        Exchange done = template.request("direct:task", e -> e.getMessage().setBody("A [[sensitive]] prompt"));
        assertInstanceOf(SensitiveContentException.class, done.getException());
        assertEquals(tasks, emulator.emulator().taskCount());
    }

    @Test
    void anExpiredTaskRaisesTaskExpired() {
        emulator.emulator().scenario().whenPromptContains("stuck").neverFinishes();
        CompletableFuture<Exchange> sent = template.asyncSend("seedance:generate?executionExpiresAfter=3600&deadline=1h",
                e -> e.getMessage().setBody("A stuck one"));
        Exchange done = await().atMost(30, TimeUnit.SECONDS).until(() -> {
            emulator.clock().advance(Duration.ofMinutes(10));
            return sent.isDone() ? sent.join() : null;
        }, e -> e != null);
        TaskExpiredException expired = assertInstanceOf(TaskExpiredException.class, done.getException());
        assertEquals(expired.getTaskId(), done.getMessage().getHeader(SeedanceConstants.TASK_ID));
    }

    @Test
    void aTaskCancelledElsewhereRaisesTaskCancelled() {
        int tasks = emulator.emulator().taskCount();
        CompletableFuture<Exchange> sent = send("task", "Cancelled by someone else");
        String taskId = await().atMost(10, TimeUnit.SECONDS)
                .until(() -> emulator.emulator().taskCount() == tasks + 1 ? newestTaskId() : null, id -> id != null);
        template.requestBody("seedance:cancel", taskId);
        Exchange done = runToCompletion(sent);
        assertInstanceOf(TaskCancelledException.class, done.getException());
        assertEquals(taskId, done.getMessage().getHeader(SeedanceConstants.TASK_ID));
    }

    private String newestTaskId() {
        return template.request("seedance:list?pageSize=1", e -> {
        }).getMessage().getBody(TaskPage.class).items().get(0).id();
    }

    @Test
    void theDeadlineFailsTheExchangeWithTheTaskIdAndLeavesTheTask() {
        Exchange done = template.request("direct:deadline", e -> e.getMessage().setBody("Too slow"));
        TaskDeadlineException late = assertInstanceOf(TaskDeadlineException.class, done.getException());
        assertEquals(late.getTaskId(), done.getMessage().getHeader(SeedanceConstants.TASK_ID));
        assertEquals("queued", emulator.emulator().taskStatus(late.getTaskId()));
    }

    @Test
    void cancelOnDeadlineCancelsAStillQueuedTask() {
        Exchange done = template.request("direct:deadlineCancel", e -> e.getMessage().setBody("Too slow, cancel it"));
        TaskDeadlineException late = assertInstanceOf(TaskDeadlineException.class, done.getException());
        assertEquals("cancelled", emulator.emulator().taskStatus(late.getTaskId()));
        assertEquals(1, emulator.emulator().journal().count("DELETE", io.github.camelseedance.client.Provider.POWERTOKENS
                .tasksPath() + "/" + late.getTaskId()));
    }

    @Test
    void badGenerateOptionsAreRefusedBeforeAnyRequest() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain.txt"), "x");
        List<String> uris = List.of("seedance:generate?deadline=-5s", "seedance:generate?output=gif",
                "seedance:generate?pollInterval=0", "seedance:generate?maxPollInterval=1&pollInterval=5",
                "seedance:generate?pollBackoffMultiplier=0.5", "seedance:generate?maxQueuedCreates=-1");
        for (String uri : uris) {
            Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> template.request(uri, e -> e.getMessage().setBody("x")), uri);
            assertNotNull(Refusals.causeOf(refused), uri);
        }
        Exchange unwritable = template.request("seedance:generate?output=file&directory=" + notADirectory.resolve("sub"),
                e -> e.getMessage().setBody("x"));
        assertEquals("directory", Refusals.causeOf(unwritable.getException()).getField());
        Exchange escaping = runToCompletion(template.asyncSend("seedance:generate?output=file&directory=" + dir
                                                               + "&fileName=../escape.mp4", e -> e.getMessage().setBody("x")));
        assertEquals("fileName", Refusals.causeOf(escaping.getException()).getField());
        assertEquals(1, emulator.emulator().journal().creates(), "only the escaping name got as far as a create");
    }

}
