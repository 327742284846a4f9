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

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application with no API key, neither {@code camel.component.seedance.api-key} nor the environment variable
 * SEEDANCE_API_KEY (surefire removes it), and the provider's real base URL: it does not start, and says why, before any
 * HTTP client exists, so nothing is sent to the provider.
 */
class MissingApiKeyTest {

    @TempDir
    Path work;

    @Test
    void anApplicationWithoutAKeyFailsToStartNamingBothWaysToGiveIt() {
        assertNull(System.getenv("SEEDANCE_API_KEY"), "the build removes SEEDANCE_API_KEY from the tests' environment");
        Exception e = assertThrows(Exception.class, () -> new SpringApplicationBuilder(SeedanceApplication.class)
                .properties("camel.main.run-controller=false", "server.address=127.0.0.1", "server.port=0",
                        "examples.inbox=" + work.resolve("inbox"),
                        "examples.videos=" + work.resolve("videos"),
                        // S3 on a local port nobody listens on: this test reaches no host at all
                        "examples.s3.options=overrideEndpoint=true&uriEndpointOverride=http://127.0.0.1:1"
                        + "&forcePathStyle=true&useDefaultCredentialsProvider=false&region=us-east-1"
                        + "&accessKey=access&secretKey=secret")
                .run().close());
        String messages = messages(e);
        assertTrue(messages.contains("apiKey") && messages.contains("SEEDANCE_API_KEY"), messages);
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
