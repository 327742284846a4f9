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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code download}: from a Task, a task id or a URL, to a stream or a file; an expired result URL is refreshed with one
 * fresh read of the task; http and internal hosts are refused unless allowed, before anything is fetched. A stream is
 * closed when its exchange completes, read or not: one nobody read gives its connection back at once, unread.
 */
class SeedanceDownloadTest extends CamelTestSupport {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.queueTime(Duration.ofSeconds(1))
            .runTime(Duration.ofSeconds(2)).resultUrlValidity(Duration.ofMinutes(10)));

    @TempDir
    Path dir;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("seedance", EmulatorComponents.generating(emulator));
        return context;
    }

    private Task succeededTask() {
        CompletableFuture<Exchange> sent = template.asyncSend("seedance:generate?returnLastFrame=true",
                e -> e.getMessage().setBody("Something to download"));
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            emulator.clock().advance(Duration.ofSeconds(1));
            return sent.isDone();
        });
        assertNull(sent.join().getException());
        return sent.join().getMessage().getBody(Task.class);
    }

    @Test
    void aTaskIdDownloadsIntoAFile() throws Exception {
        Task task = succeededTask();
        Exchange done = template.request("seedance:download?output=file&directory=" + dir,
                e -> e.getMessage().setBody(task.id()));
        assertNull(done.getException());
        Path video = dir.resolve(task.id() + ".mp4");
        assertEquals(video.toFile(), done.getMessage().getBody());
        byte[] bytes = Files.readAllBytes(video);
        assertArrayEquals("ftyp".getBytes(), java.util.Arrays.copyOfRange(bytes, 4, 8));
    }

    @Test
    void aTaskBodyDownloadsAsAStreamReadInTheRoute() throws Exception {
        Task task = succeededTask();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:read").to("seedance:download").process(e -> {
                    try (InputStream in = e.getMessage().getBody(InputStream.class)) {
                        e.getMessage().setBody(in.readAllBytes());
                    }
                });
            }
        });
        Exchange done = template.request("direct:read", e -> e.getMessage().setBody(task));
        assertNull(done.getException());
        byte[] bytes = done.getMessage().getBody(byte[].class);
        assertArrayEquals("ftyp".getBytes(), java.util.Arrays.copyOfRange(bytes, 4, 8));
        assertEquals((long) bytes.length, done.getMessage().getHeader(SeedanceConstants.CONTENT_LENGTH, Long.class));
    }

    @Test
    void theStreamIsClosedWhenTheExchangeCompletes() {
        Task task = succeededTask();
        Exchange done = template.request("seedance:download", e -> e.getMessage().setBody(task));
        assertNull(done.getException());
        InputStream unread = done.getMessage().getBody(InputStream.class);
        assertThrows(IOException.class, unread::read, "closed with the exchange: read it in the route");
    }

    @Test
    void streamsNobodyReadsGiveTheirConnectionsBackWhenTheExchangeCompletes() throws Exception {
        Task task = succeededTask();
        // 64 GB each: draining what nobody read would never end, so an unread stream must be aborted
        emulator.emulator().largeResultBytes(64L * 1024 * 1024 * 1024);
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // no stream caching (it would read every video into the cache): nothing reads the stream
                    from("direct:unread").streamCache("false").to("seedance:download?output=stream&maxConnections=2")
                            .filter(header("fail").isEqualTo(true))
                                .throwException(new IllegalStateException("the route failed before reading"))
                            .end()
                            .filter(constant(false)) // filtered out: the stream is never read
                                .to("mock:never");
                }
            });
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                boolean fail = i % 2 == 1;
                sent.add(template.asyncSend("direct:unread", e -> {
                    e.getMessage().setBody(task);
                    e.getMessage().setHeader("fail", fail);
                }));
            }
            await().atMost(60, TimeUnit.SECONDS).until(() -> sent.stream().allMatch(CompletableFuture::isDone));
            for (int i = 0; i < sent.size(); i++) {
                Exception failure = sent.get(i).join().getException();
                if (i % 2 == 1) {
                    assertInstanceOf(IllegalStateException.class, failure);
                } else {
                    assertNull(failure);
                }
            }
            // the file host sees each download end (it records a streamed answer once the client went away)
            await().atMost(30, TimeUnit.SECONDS).until(() -> emulator.emulator().journal()
                    .count(e -> e.path().startsWith("/files/") && "GET".equals(e.method())) == 70);
        } finally {
            emulator.emulator().largeResultBytes(0);
        }
    }

    @Test
    void anExpiredUrlIsRefreshedOnceWithAFreshReadOfTheTask() throws Exception {
        Task stale = succeededTask();
        emulator.clock().advance(Duration.ofMinutes(11)); // the URL in our Task has expired (403)
        long gets = emulator.emulator().journal().countPrefix("GET", io.github.camelseedance.client.Provider.POWERTOKENS
                .tasksPath() + "/");
        Exchange done = template.request("seedance:download?output=file&directory=" + dir,
                e -> e.getMessage().setBody(stale));
        assertNull(done.getException());
        assertTrue(Files.size(dir.resolve(stale.id() + ".mp4")) > 0);
        assertEquals(gets + 1, emulator.emulator().journal().countPrefix("GET",
                io.github.camelseedance.client.Provider.POWERTOKENS.tasksPath() + "/"), "one fresh read of the task");
        assertEquals(2, emulator.emulator().journal().count(e -> e.path().startsWith("/files/") && "GET".equals(e.method())),
                "the expired URL, then the fresh one");
    }

    @Test
    void httpAndInternalHostsAreRefusedUnlessAllowedBeforeAnythingIsFetched() {
        Task task = succeededTask();
        String url = task.videoUrl(); // http://127.0.0.1:PORT/files/...
        emulator.emulator().journal().clear();
        Exchange http = template.request("seedance:download?allowHttpDownloads=false", e -> {
            e.getMessage().setHeader(SeedanceConstants.VIDEO_URL, url);
        });
        assertEquals("url", assertInstanceOf(SeedanceValidationException.class, http.getException()).getField());
        Exchange internal = template.request("seedance:download?allowPrivateDownloadHosts=false", e -> {
            e.getMessage().setHeader(SeedanceConstants.VIDEO_URL, url);
        });
        SeedanceValidationException refused = assertInstanceOf(SeedanceValidationException.class, internal.getException());
        assertTrue(refused.getMessage().contains("127.0.0.1"), refused.getMessage());
        Exchange notListed = template.request("seedance:download?downloadHosts=.files.example.com", e -> {
            e.getMessage().setHeader(SeedanceConstants.VIDEO_URL, url);
        });
        assertInstanceOf(SeedanceValidationException.class, notListed.getException());
        assertEquals(0, emulator.emulator().journal().size(), "nothing was fetched");
    }
}
