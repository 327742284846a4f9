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
package io.github.camelseedance.examples.springboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelseedance.emulator.EmulatorClock;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Health and metrics through Spring Boot Actuator, over HTTP on the application's web server (a random port on
 * 127.0.0.1), configured by {@code application.properties} alone: readiness ({@code /actuator/health/readiness})
 * holds Camel's health checks with the seedance producer's, and goes DOWN when the provider refuses the key;
 * {@code /actuator/prometheus} shows the component's meters, recorded in Spring's {@code MeterRegistry}, which the
 * component finds in the Camel registry (the Spring context). Test slices turn metrics export off:
 * {@code @AutoConfigureObservability} keeps the Prometheus registry the application has.
 */
@CamelSpringBootTest
@SpringBootTest(classes = SeedanceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"camel.main.run-controller = false", "server.address = 127.0.0.1"})
@AutoConfigureObservability(tracing = false)
class ActuatorHealthAndMetricsTest {

    static final Pattern PRODUCER_CHECK = Pattern.compile("producer:seedance-generate-\\d+");

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.clock(EmulatorClock.realTime())
            .queueTime(Duration.ofMillis(100)).runTime(Duration.ofMillis(200)));

    @TempDir
    static Path work;

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final Logger LOG = LoggerFactory.getLogger(ActuatorHealthAndMetricsTest.class);

    static BlobStoreContext blobs;
    static S3Proxy s3proxy;

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate template;

    @Autowired
    MeterRegistry meterRegistry;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        registry.add("camel.component.seedance.base-url", emulator::baseUrl);
        registry.add("camel.component.seedance.api-key", emulator::apiKey);
        registry.add("camel.component.seedance.poll-interval", () -> "100ms");
        // a key probe's answer is kept this long: the refused key shows within a second
        registry.add("camel.component.seedance.health-check-interval", () -> "500ms");
        // an in-process S3 (the route's S3 endpoint checks its bucket when it starts); these tests store nothing
        blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential").build(BlobStoreContext.class);
        s3proxy = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret").build();
        s3proxy.start();
        registry.add("examples.s3.options", () -> "overrideEndpoint=true&uriEndpointOverride=http://127.0.0.1:"
                + s3proxy.getPort() + "&forcePathStyle=true&useDefaultCredentialsProvider=false&region=us-east-1"
                + "&accessKey=access&secretKey=secret");
        registry.add("examples.inbox", () -> work.resolve("inbox").toString());
        registry.add("examples.videos", () -> work.resolve("videos").toString());
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3proxy.stop();
        blobs.close();
    }

    @Test
    void theComponentRecordsInSpringsMeterRegistry() {
        // camel-spring-boot's registry is the Spring context: the component's lookup by type finds Spring's registry
        assertSame(meterRegistry, camelContext.getRegistry().findSingleByType(MeterRegistry.class));
    }

    @Test
    void readinessHoldsTheSeedanceProducerCheck() {
        await().atMost(Duration.ofSeconds(15)).until(() -> get("/actuator/health/readiness").statusCode() == 200);
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        JsonNode health = json(readiness.body());
        assertEquals("UP", health.path("status").asText(), readiness.body());
        JsonNode camel = health.path("components").path("camelHealth");
        String check = producerCheck(camel);
        assertEquals("UP", camel.path("details").path(check).asText(), readiness.body());
        assertEquals("READINESS", camel.path("details").path(check + ".data").path("check.kind").asText());
        assertFalse(readiness.body().contains(emulator.apiKey()), readiness.body());
    }

    @Test
    void readinessGoesDownWhenTheProviderRefusesTheKey() {
        emulator.emulator().markOverdue(emulator.apiKey());

        await().atMost(Duration.ofSeconds(15)).until(() -> get("/actuator/health/readiness").statusCode() == 503);
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        JsonNode health = json(readiness.body());
        assertEquals("DOWN", health.path("status").asText(), readiness.body());
        JsonNode camel = health.path("components").path("camelHealth");
        assertEquals("DOWN", camel.path("status").asText(), readiness.body());
        String check = producerCheck(camel);
        assertEquals("DOWN", camel.path("details").path(check).asText(), readiness.body());
        JsonNode data = camel.path("details").path(check + ".data");
        assertEquals("403", data.path("service.status.code").asText(), readiness.body());
        assertEquals("AccountOverdueError", data.path("service.error.code").asText(), readiness.body());
        assertFalse(readiness.body().contains(emulator.apiKey()), readiness.body());
        LOG.info("readiness with a refused key: {}", readiness.body());
        // liveness stays UP: a refused key takes the application out of service, it does not restart it
        assertEquals(200, get("/actuator/health/liveness").statusCode());
    }

    @Test
    void prometheusScrapesTheSeedanceMetersWithoutTheKey() {
        template.requestBody("seedance:generate?output=url", "A kitten running on a grassy field", String.class);

        HttpResponse<String> scrape = get("/actuator/prometheus");
        assertEquals(200, scrape.statusCode());
        String text = scrape.body();
        // seedance.tasks.created: the Prometheus client 1.x (micrometer-registry-prometheus since Micrometer 1.13)
        // strips the reserved suffix _created before adding _total, so it is seedance_tasks_total here
        assertTrue(Pattern.compile("(?m)^seedance_tasks_total\\{[^}]*model=\"dreamina-seedance-2-0-fast-260128\""
                + "[^}]*provider=\"powertokens\"[^}]*} [1-9]").matcher(text).find(), text);
        assertFalse(text.contains("seedance_tasks_created_total"), text);
        assertTrue(Pattern.compile("(?m)^seedance_http_requests_seconds_count\\{[^}]*operation=\"create\""
                + "[^}]*provider=\"powertokens\"[^}]*status=\"200\"[^}]*} [1-9]").matcher(text).find(), text);
        assertTrue(text.contains("seedance_tasks_finished_total{"), text);
        assertFalse(text.contains(emulator.apiKey()), "the key is in no tag");
        text.lines().filter(l -> l.startsWith("seedance_tasks_") || l.startsWith("seedance_http_requests_seconds_count"))
                .forEach(l -> LOG.info("scrape: {}", l));
    }

    private static String producerCheck(JsonNode camelHealth) {
        for (Map.Entry<String, JsonNode> detail : camelHealth.path("details").properties()) {
            if (PRODUCER_CHECK.matcher(detail.getKey()).matches()) {
                return detail.getKey();
            }
        }
        throw new AssertionError("no seedance producer check in " + camelHealth);
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
