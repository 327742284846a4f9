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
package io.github.camelseedance.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.SeedanceConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Run by {@link StreamingMemoryBench} in a JVM with a small heap: downloads a task's video into a directory, a
 * warm-up and then {@code rounds} times, either with {@code seedance:download?output=file} ({@code component}) or by
 * copying the result URL's stream into a file with {@code InputStream.transferTo} ({@code plain}); prints the speed
 * of each round, the file size and the peak heap.
 * Arguments: mode, base URL, API key, task id, directory, rounds.
 */
public final class DownloadChildMain {

    private DownloadChildMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String baseUrl = args[1];
        String apiKey = args[2];
        String taskId = args[3];
        Path dir = Path.of(args[4]);
        int rounds = Integer.parseInt(args[5]);
        try (DefaultCamelContext context = new DefaultCamelContext();
             BareSeedanceCalls bare = new BareSeedanceCalls(baseUrl, apiKey)) {
            SeedanceComponent component = BenchComponents.pointedAt(baseUrl, apiKey);
            SeedanceConfiguration config = component.getConfiguration();
            config.setAllowHttpDownloads(true);
            config.setAllowPrivateDownloadHosts(true);
            context.addComponent("seedance", component);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            try (ProcessSampler sampler = new ProcessSampler(List.of())) {
                for (int round = 0; round <= rounds; round++) {
                    long start = System.nanoTime();
                    Path file = "component".equals(mode) ? viaComponent(template, taskId, dir)
                            : plain(bare, taskId, dir.resolve("plain.mp4"));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long size = Files.size(file);
                    Files.delete(file);
                    if (round > 0) { // round 0 warms up
                        ChildJvm.report("ROUND_MIB_PER_S", size / seconds / (1024 * 1024));
                    }
                    ChildJvm.report("FILE_BYTES", size);
                }
                ChildJvm.reportHeap(sampler);
            }
        }
    }

    private static Path viaComponent(ProducerTemplate template, String taskId, Path dir) throws Exception {
        Exchange done = template.request("seedance:download?output=file&directory=" + dir,
                e -> e.getMessage().setBody(taskId));
        if (done.getException() != null) {
            throw done.getException();
        }
        return Path.of(done.getMessage().getHeader(SeedanceConstants.VIDEO_FILE, String.class));
    }

    /** The hand-written way: read the task for its URL, then copy the URL's stream into the file. */
    private static Path plain(BareSeedanceCalls bare, String taskId, Path file) throws Exception {
        String url = bare.get(taskId).path("content").path("video_url").asText();
        try (InputStream in = URI.create(url).toURL().openStream(); OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
        return file;
    }
}
