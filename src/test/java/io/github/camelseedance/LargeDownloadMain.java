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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.emulator.EmulatorClock;
import io.github.camelseedance.emulator.SeedanceEmulator;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Run in a JVM of its own with a small heap (see {@code SeedanceLargeDownloadTest}): generates a task whose video is
 * {@code args[1]} bytes, downloads it with {@code output=file} into {@code args[0]}, and prints the file size and the
 * peak heap use, so that a test can prove the download is streamed, never held in memory.
 */
public final class LargeDownloadMain {

    private LargeDownloadMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        try (SeedanceEmulator emulator = SeedanceEmulator.builder().clock(EmulatorClock.realTime(100))
                .queueTime(java.time.Duration.ofSeconds(1)).runTime(java.time.Duration.ofSeconds(2))
                .largeResultBytes(size).build().start();
             DefaultCamelContext context = new DefaultCamelContext()) {
            SeedanceComponent component = new SeedanceComponent();
            SeedanceConfiguration config = component.getConfiguration();
            config.setBaseUrl(emulator.baseUrl());
            config.setApiKey(emulator.apiKey());
            config.setModel("dreamina-seedance-2-0-260128");
            config.setPollInterval(Duration.ofMillis(50));
            config.setMaxPollInterval(Duration.ofMillis(50));
            config.setAllowHttpDownloads(true);
            config.setAllowPrivateDownloadHosts(true);
            context.addComponent("seedance", component);
            context.start();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            ProducerTemplate template = context.createProducerTemplate();
            CompletableFuture<Exchange> done = template.asyncSend("seedance:generate?output=file&directory=" + dir,
                    e -> e.getMessage().setBody("A very long video"));
            Exchange exchange = done.get(5, TimeUnit.MINUTES);
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            Path video = Path.of(exchange.getMessage().getHeader(SeedanceConstants.VIDEO_FILE, String.class));
            System.out.println("FILE_BYTES=" + Files.size(video));
            System.out.println("PEAK_HEAP_BYTES=" + peak);
            System.out.println("MAX_HEAP_BYTES=" + Runtime.getRuntime().maxMemory());
        }
    }
}
