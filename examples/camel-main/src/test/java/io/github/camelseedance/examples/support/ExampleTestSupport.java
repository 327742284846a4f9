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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelseedance.emulator.Journal;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs example routes against the emulator and S3Proxy: the seedance and aws2-s3 components point at them, and the
 * {@code examples.*} properties at a fresh folder and bucket for each test.
 */
public abstract class ExampleTestSupport extends CamelTestSupport {

    public static final String BUCKET = "seedance-examples-test";

    @RegisterExtension
    protected static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(Offline::fastEmulator);

    @RegisterExtension
    protected static S3ProxyExtension s3 = new S3ProxyExtension();

    /** This test's folder: made when CamelTestSupport asks for the properties (in its constructor). */
    protected Path work;

    @BeforeEach
    void freshBucket() {
        s3.freshBucket(BUCKET);
    }

    @AfterEach
    void deleteWork() throws IOException {
        if (work != null) {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("seedance", Offline.seedance(emulator.emulator()));
        context.addComponent("aws2-s3", s3.component());
        return context;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        if (work == null) {
            try {
                work = Files.createTempDirectory("seedance-example-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Properties p = new Properties();
        p.put("examples.bucket", BUCKET);
        p.put("examples.work", work.toString());
        p.put("examples.inbox", inbox().toString());
        p.put("examples.videos", work.resolve("videos").toString());
        p.put("examples.image-prompt", "The camera slowly pushes in");
        p.put("examples.frames-prompt", "A smooth transition");
        p.put("examples.reference-prompt", "The subjects meet");
        p.put("examples.pair-timeout", "1500");
        p.put("examples.tasks-delay", "100");
        return p;
    }

    protected Path inbox() {
        return work.resolve("inbox");
    }

    /** The JSON bodies of the creates the emulator received. */
    protected static List<String> createBodies() {
        return emulator.emulator().journal().entries(e -> "POST".equals(e.method())
                                                           && e.path().endsWith("/contents/generations/tasks"))
                .stream().map(Journal.Entry::body).collect(Collectors.toList());
    }
}
