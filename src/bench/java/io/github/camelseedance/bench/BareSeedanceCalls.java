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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.client.Provider;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The baseline's side of the API: create a task and read it by id with a bare Apache HttpClient 5 (a pool of 64
 * connections, like the component's) and Jackson, as a hand-written loop would.
 */
final class BareSeedanceCalls implements AutoCloseable {

    static final String MODEL = "dreamina-seedance-2-0-260128";

    private final CloseableHttpClient http = HttpClients.custom().setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(64).setMaxConnPerRoute(64).build()).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String tasks;
    private final String apiKey;

    BareSeedanceCalls(String baseUrl, String apiKey) {
        this.tasks = baseUrl + Provider.POWERTOKENS.tasksPath();
        this.apiKey = apiKey;
    }

    /** Creates a text-to-video task; answers its id. */
    String create(String prompt) throws IOException {
        HttpPost post = new HttpPost(tasks);
        post.setHeader("Authorization", "Bearer " + apiKey);
        String body = json.createObjectNode().put("model", MODEL).set("content", json.createArrayNode()
                .add(json.createObjectNode().put("type", "text").put("text", prompt))).toString();
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return http.execute(post, r -> json.readTree(EntityUtils.toString(r.getEntity())).get("id").asText());
    }

    /** Reads a task by id. */
    JsonNode get(String taskId) throws IOException {
        HttpGet get = new HttpGet(tasks + "/" + taskId);
        get.setHeader("Authorization", "Bearer " + apiKey);
        return http.execute(get, r -> json.readTree(EntityUtils.toString(r.getEntity())));
    }

    /** Creates {@code n} tasks on a few threads, so that seeding 10,000 tasks takes seconds. */
    List<String> createMany(int n, String prompt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String text = prompt + " " + i;
                ids.add(threads.submit(() -> create(text)));
            }
            List<String> created = new ArrayList<>();
            for (Future<String> id : ids) {
                created.add(id.get());
            }
            return created;
        } finally {
            threads.shutdown();
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
