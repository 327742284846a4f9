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

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.client.Provider;
import io.github.camelseedance.emulator.SeedanceEmulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Times create+get pairs, one at a time, through the component and with a bare HttpClient 5 + Jackson loop against
 * the same emulator in one run (issue 18). Not part of the test run: run its main from the test classpath.
 */
public final class CreateGetBenchmark {

    private static final int ROUNDS = 5;
    private static final int PAIRS = 50;

    private CreateGetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (SeedanceEmulator emulator = SeedanceEmulator.builder().build().start()) {
            emulator.queueTime(Duration.ZERO).runTime(Duration.ZERO);
            DefaultCamelContext context = new DefaultCamelContext();
            SeedanceComponent component = new SeedanceComponent();
            component.getConfiguration().setBaseUrl(emulator.baseUrl());
            component.getConfiguration().setApiKey(emulator.apiKey());
            component.getConfiguration().setModel("dreamina-seedance-2-0-260128");
            context.addComponent("seedance", component);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            ObjectMapper json = new ObjectMapper();
            try (CloseableHttpClient bare = HttpClients.createDefault()) {
                component(template, PAIRS);
                bare(bare, json, emulator, PAIRS);
                for (int r = 0; r < ROUNDS; r++) {
                    double viaComponent = component(template, PAIRS);
                    double viaBare = bare(bare, json, emulator, PAIRS);
                    System.out.printf("round %d: component %.2f ms/pair, bare %.3f ms/pair, ratio %.1f%n", r,
                            viaComponent, viaBare, viaComponent / viaBare);
                }
            } finally {
                context.close();
            }
        }
    }

    private static double component(ProducerTemplate template, int pairs) {
        long start = System.nanoTime();
        for (int i = 0; i < pairs; i++) {
            String id = template.requestBody("seedance:create", "A benchmark", String.class);
            template.requestBody("seedance:get", id, Object.class);
        }
        return (System.nanoTime() - start) / 1e6 / pairs;
    }

    private static double bare(CloseableHttpClient http, ObjectMapper json, SeedanceEmulator emulator, int pairs)
            throws Exception {
        String tasks = emulator.baseUrl() + Provider.POWERTOKENS.tasksPath();
        String body = "{\"model\":\"dreamina-seedance-2-0-260128\",\"content\":[{\"type\":\"text\",\"text\":\"A b\"}]}";
        long start = System.nanoTime();
        for (int i = 0; i < pairs; i++) {
            HttpPost post = new HttpPost(tasks);
            post.setHeader("Authorization", "Bearer " + emulator.apiKey());
            post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
            String id = http.execute(post, r -> json.readTree(EntityUtils.toString(r.getEntity())).get("id").asText());
            HttpGet get = new HttpGet(tasks + "/" + id);
            get.setHeader("Authorization", "Bearer " + emulator.apiKey());
            JsonNode task = http.execute(get, r -> json.readTree(EntityUtils.toString(r.getEntity())));
            if (task.get("id") == null) {
                throw new IllegalStateException(task.toString());
            }
        }
        return (System.nanoTime() - start) / 1e6 / pairs;
    }
}
