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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.SeedanceComponent;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Run by {@link StreamingMemoryBench} in a JVM with a small heap: uploads a file to the Asset Library, a warm-up and
 * then {@code rounds} times, with {@code seedance:upload} ({@code component}: the upload and the wait for its asset
 * id) or with a bare HttpClient 5 multipart POST of the file ({@code plain}); prints the speed of each round and the
 * peak heap. Arguments: mode, base URL, API key, file, rounds.
 */
public final class UploadChildMain {

    private static final String UPLOAD_PATH = "/v1/asset/upload";
    private static final String ASSET_ID_PATH = "/v1/asset/jobs/get-asset-id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private UploadChildMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String baseUrl = args[1];
        String apiKey = args[2];
        Path file = Path.of(args[3]);
        int rounds = Integer.parseInt(args[4]);
        try (DefaultCamelContext context = new DefaultCamelContext();
             CloseableHttpClient http = HttpClients.createDefault()) {
            SeedanceComponent component = BenchComponents.pointedAt(baseUrl, apiKey);
            // the emulator reveals the asset id at once
            component.getConfiguration().setAssetPollInterval(Duration.ofMillis(10));
            context.addComponent("seedance", component);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            try (ProcessSampler sampler = new ProcessSampler(List.of())) {
                for (int round = 0; round <= rounds; round++) {
                    long start = System.nanoTime();
                    String answer = "component".equals(mode) ? template.requestBody("seedance:upload", file, String.class)
                            : plain(http, baseUrl + UPLOAD_PATH, apiKey, file);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (answer == null || answer.isEmpty()) {
                        throw new IllegalStateException("no answer to the upload");
                    }
                    if (round > 0) { // round 0 warms up
                        ChildJvm.report("ROUND_MIB_PER_S", Files.size(file) / seconds / (1024 * 1024));
                    }
                }
                ChildJvm.reportHeap(sampler);
            }
        }
    }

    private static String plain(CloseableHttpClient http, String url, String apiKey, Path file) throws Exception {
        HttpPost post = new HttpPost(url);
        post.setHeader("Authorization", "Bearer " + apiKey);
        post.setEntity(MultipartEntityBuilder.create().addBinaryBody("file", file.toFile(),
                ContentType.create("video/mp4"), file.getFileName().toString()).build());
        String job = http.execute(post, r -> JSON.readTree(EntityUtils.toString(r.getEntity())))
                .path("data").path("task_id").asText();
        // the asset id, as the component waits for it too
        HttpGet assetId = new HttpGet(url.replace(UPLOAD_PATH, ASSET_ID_PATH) + "?task_id=" + job);
        assetId.setHeader("Authorization", "Bearer " + apiKey);
        return http.execute(assetId, r -> EntityUtils.toString(r.getEntity()));
    }
}
