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
package io.github.camelseedance.examples.support;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.component.aws2.s3.AWS2S3Component;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3-compatible server in this JVM: S3Proxy with jclouds' in-memory ("transient") blob store on 127.0.0.1 and a
 * free port. Usable as a JUnit 5 extension on a static field, or started and closed by hand (the demo).
 *
 * <p>S3Proxy 2.x refuses the request checksums that AWS SDK 2.41 sends by default: the JVM needs
 * {@code -Daws.requestChecksumCalculation=WHEN_REQUIRED} before the first S3 client is built (the examples' Surefire
 * configuration and the demo set it); {@link #client()} sets it on its own client.
 */
public final class S3ProxyExtension implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY = "local-access-key";
    public static final String SECRET_KEY = "local-secret-key";

    private BlobStoreContext blobs;
    private S3Proxy proxy;
    private S3Client client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Starts the server; returns this. */
    public S3ProxyExtension start() throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder()
                .blobStore(blobs.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start(); // Jetty's start() returns once it listens
        if (!"STARTED".equals(proxy.getState())) {
            throw new IllegalStateException("S3Proxy is " + proxy.getState() + " after start()");
        }
        return this;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** The camel-aws2-s3 component options that point at this server, as Camel Main properties. */
    public Map<String, String> componentProperties() {
        return Map.of(
                "camel.component.aws2-s3.override-endpoint", "true",
                "camel.component.aws2-s3.uri-endpoint-override", endpoint(),
                "camel.component.aws2-s3.force-path-style", "true",
                "camel.component.aws2-s3.region", REGION,
                "camel.component.aws2-s3.use-default-credentials-provider", "false",
                "camel.component.aws2-s3.access-key", ACCESS_KEY,
                "camel.component.aws2-s3.secret-key", SECRET_KEY);
    }

    /** A camel-aws2-s3 component pointed at this server. */
    public AWS2S3Component component() {
        AWS2S3Component s3 = new AWS2S3Component();
        s3.getConfiguration().setOverrideEndpoint(true);
        s3.getConfiguration().setUriEndpointOverride(endpoint());
        s3.getConfiguration().setForcePathStyle(true);
        s3.getConfiguration().setRegion(REGION);
        s3.getConfiguration().setAccessKey(ACCESS_KEY);
        s3.getConfiguration().setSecretKey(SECRET_KEY);
        return s3;
    }

    /** An AWS SDK client of this server (checksums only when required, as S3Proxy 2.x needs). */
    public synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder()
                    .endpointOverride(URI.create(endpoint()))
                    .region(Region.of(REGION))
                    .forcePathStyle(true)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    .build();
        }
        return client;
    }

    /** Creates the bucket, or empties it when it exists. */
    public void freshBucket(String bucket) {
        try {
            for (S3Object o : client().listObjectsV2(b -> b.bucket(bucket)).contents()) {
                client().deleteObject(b -> b.bucket(bucket).key(o.key()));
            }
        } catch (NoSuchBucketException e) {
            client().createBucket(b -> b.bucket(bucket));
        }
    }

    /** The objects of a bucket, in key order. */
    public List<S3Object> objects(String bucket) {
        return client().listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                .sorted((a, b) -> a.key().compareTo(b.key())).collect(Collectors.toList());
    }

    /** The keys of a bucket under a prefix. */
    public List<String> keys(String bucket, String prefix) {
        return objects(bucket).stream().map(S3Object::key).filter(k -> k.startsWith(prefix)).collect(Collectors.toList());
    }

    /** An object's bytes and response (metadata, content type). */
    public ResponseBytes<GetObjectResponse> get(String bucket, String key) {
        return client().getObjectAsBytes(b -> b.bucket(bucket).key(key));
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (proxy != null) {
            try {
                proxy.stop();
            } catch (Exception e) {
                throw new IllegalStateException("S3Proxy did not stop", e);
            }
            proxy = null;
        }
        if (blobs != null) {
            blobs.close();
            blobs = null;
        }
    }
}
