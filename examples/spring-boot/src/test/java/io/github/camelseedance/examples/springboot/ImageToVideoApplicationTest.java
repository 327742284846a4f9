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
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.emulator.EmulatorClock;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spring Boot application against the emulator and S3Proxy, configured only by properties: the test adds the
 * emulator's address and key as {@code camel.component.seedance.*} properties (bound by camel-seedance's own
 * auto-configuration: the application has no code for it) and S3Proxy's as the S3 endpoint's options, and checks
 * that they reached the component. The application listens for the provider's callbacks on its web server (a free
 * port on 127.0.0.1, {@code examples.callbacks.external-url}), and its {@code generate} checks its task only every 10
 * minutes: a video that arrives in seconds arrived by callback.
 */
@CamelSpringBootTest
@SpringBootTest(classes = SeedanceApplication.class, webEnvironment = WebEnvironment.DEFINED_PORT,
        properties = {"camel.main.run-controller = false", "server.address = 127.0.0.1"})
class ImageToVideoApplicationTest {

    static final String BUCKET = "seedance-spring-boot-test";

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.clock(EmulatorClock.realTime())
            .assetReadyAfter(Duration.ZERO).queueTime(Duration.ofMillis(300)).runTime(Duration.ofMillis(700)));

    @TempDir
    static Path work;

    static BlobStoreContext blobs;
    static S3Proxy s3proxy;
    static S3Client s3;
    static String callbackUrl;

    @Autowired
    CamelContext camelContext;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential").build(BlobStoreContext.class);
        s3proxy = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret").build();
        s3proxy.start();
        String endpoint = "http://127.0.0.1:" + s3proxy.getPort();
        s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret")))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
        s3.createBucket(b -> b.bucket(BUCKET));

        registry.add("camel.component.seedance.base-url", emulator::baseUrl);
        registry.add("camel.component.seedance.api-key", emulator::apiKey);
        int port = freePort();
        registry.add("server.port", () -> port);
        callbackUrl = "http://127.0.0.1:" + port + "/seedance/callbacks";
        registry.add("examples.callbacks.external-url", () -> "http://127.0.0.1:" + port);
        registry.add("camel.component.seedance.poll-interval", () -> "10m");
        registry.add("camel.component.seedance.max-poll-interval", () -> "10m");
        registry.add("camel.component.seedance.asset-poll-interval", () -> "50ms");
        registry.add("camel.component.seedance.list-requests-per-second", () -> "0");
        // the emulator serves its results over http on 127.0.0.1
        registry.add("camel.component.seedance.allow-http-downloads", () -> "true");
        registry.add("camel.component.seedance.allow-private-download-hosts", () -> "true");
        registry.add("examples.s3.options", () -> "overrideEndpoint=true&uriEndpointOverride=" + endpoint
                + "&forcePathStyle=true&useDefaultCredentialsProvider=false&region=us-east-1"
                + "&accessKey=access&secretKey=secret");
        registry.add("examples.bucket", () -> BUCKET);
        registry.add("examples.inbox", () -> work.resolve("inbox").toString());
        registry.add("examples.videos", () -> work.resolve("videos").toString());
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
        s3proxy.stop();
        blobs.close();
    }

    @Test
    void theComponentIsConfiguredByApplicationProperties() {
        SeedanceComponent seedance = camelContext.getComponent("seedance", SeedanceComponent.class);
        assertEquals(emulator.baseUrl(), seedance.getConfiguration().getBaseUrl());
        assertEquals(emulator.apiKey(), seedance.getConfiguration().getApiKey());
        assertEquals("dreamina-seedance-2-0-fast-260128", seedance.getConfiguration().getModel());
        assertEquals(Duration.ofMinutes(10), seedance.getConfiguration().getPollInterval());
        assertEquals(Duration.ofMillis(50), seedance.getConfiguration().getAssetPollInterval());
        assertEquals(0.0, seedance.getConfiguration().getListRequestsPerSecond());
        assertTrue(seedance.getConfiguration().isAllowHttpDownloads());
    }

    @Test
    void droppedImageBecomesAVideoInTheBucket() throws Exception {
        drop(work.resolve("inbox"), "sample.png", sample());

        await().atMost(Duration.ofSeconds(30)).until(() -> s3.listObjectsV2(b -> b.bucket(BUCKET)).contents().size() == 1);
        List<S3Object> objects = s3.listObjectsV2(b -> b.bucket(BUCKET)).contents();
        String key = objects.get(0).key();
        byte[] video = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
        assertTrue(video.length > 12 && new String(video, 4, 4).equals("ftyp"), key + " is an MP4");
        Map<String, String> metadata = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).response().metadata();
        assertEquals(key, "videos/" + metadata.get("seedance-task-id") + ".mp4");
        assertEquals("sample.png", metadata.get("seedance-source"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(work.resolve("inbox/.done/sample.png")));
        assertEquals(1, emulator.emulator().journal().creates());
        // woken by the callback: the create carried the application's URL, and no check waited 10 minutes
        assertTrue(emulator.emulator().journal().entries(e -> e.method().equals("POST") && e.path().endsWith("/tasks"))
                .get(0).body().contains("\"callback_url\":\"" + callbackUrl + "\""), callbackUrl);
        assertTrue(emulator.emulator().callbacksDelivered() >= 1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] sample() throws IOException {
        try (var in = ImageToVideoApplicationTest.class.getResourceAsStream("/sample.png")) {
            return in.readAllBytes();
        }
    }

    private static void drop(Path folder, String name, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path staging = Files.createTempFile(work, "staging-", ".tmp");
            Files.write(staging, bytes);
            Files.move(staging, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
