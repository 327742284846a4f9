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

import java.util.List;

import io.github.camelseedance.client.SeedanceClient;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API key (a marker value) appears in no log line, exception message, endpoint URI or toString. */
class SeedanceSecretsTest extends SeedanceWireMockTestSupport {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the key is a component option (the recommended way): no log line shows it, route creation included
                from("direct:create").to("seedance:create?duration=5");
                from("direct:get").to("seedance:get");
            }
        };
    }

    /** The keys are masked alike in the URIs, but each endpoint (and each producer a template caches) keeps its own. */
    @Test
    void endpointsWithDifferentKeysAreNotEqual() {
        Endpoint one = context.getEndpoint("seedance:get?apiKey=RAW(sk-one)");
        Endpoint two = context.getEndpoint("seedance:get?apiKey=RAW(sk-two)");
        assertEquals(one.getEndpointUri(), two.getEndpointUri());
        assertNotEquals(one, two);
        assertEquals("sk-one", ((SeedanceEndpoint) one).getConfiguration().getApiKey());
        assertEquals("sk-two", ((SeedanceEndpoint) two).getConfiguration().getApiKey());
    }

    @Test
    void theKeyIsNeverPrinted() {
        wm.stubFor(post(TASKS).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"code\":\"AuthenticationError\",\"message\":\"bad key\"}}")));
        wm.stubFor(get(TASKS + "/t-1").willReturn(aResponse().withFault(
                com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        Exchange created = template.request("direct:create", e -> e.getMessage().setBody("prompt"));
        Exchange read = template.request("direct:get", e -> e.getMessage().setBody("t-1"));

        assertTrue(created.isFailed() && read.isFailed());
        for (Exchange e : List.of(created, read)) {
            for (Throwable t = e.getException(); t != null; t = t.getCause()) {
                assertNoKey("exception message", String.valueOf(t.getMessage()));
                assertNoKey("exception", t.toString());
            }
        }
        for (Endpoint endpoint : context.getEndpoints()) {
            assertNoKey("endpoint toString", endpoint.toString());
            if (endpoint instanceof SeedanceEndpoint seedance) {
                SeedanceClient client = seedance.getClient();
                assertNoKey("client config", String.valueOf(client.config()));
                assertNoKey("configuration", String.valueOf(seedance.getConfiguration()));
            }
        }
        context.getRoutes().forEach(route -> assertNoKey("route", route.toString() + route.getEndpoint()));
        assertFalse(logs.lines().isEmpty(), "the capture saw the logs");
        logs.lines().forEach(line -> assertNoKey("log line", line));
    }

    @Test
    void aKeyInAnEndpointUriStaysOutOfOurOwnLinesAndEndpoints() throws Exception {
        // Camel core itself logs endpoint URIs as written (DEBUG): documented; our code and endpoints never show it
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:inUri").to("seedance:get?apiKey=RAW(" + API_KEY + ")");
            }
        });
        wm.stubFor(get(TASKS + "/t-2").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"code\":\"AuthenticationError\",\"message\":\"bad key " + API_KEY + "\"}}")));
        Exchange read = template.request("direct:inUri", e -> e.getMessage().setBody("t-2"));
        assertTrue(read.isFailed());
        assertNoKey("exception", String.valueOf(read.getException()));
        context.getEndpoints().forEach(endpoint -> assertNoKey("endpoint", endpoint.getEndpointUri() + endpoint));
        logs.lines().stream().filter(line -> line.startsWith("io.github.camelseedance"))
                .forEach(line -> assertNoKey("our log line", line));
    }

    private static void assertNoKey(String where, String text) {
        assertFalse(text.contains(API_KEY), where + " shows the API key: " + text);
        assertFalse(text.contains("MARKER-5f3c"), where + " shows part of the API key: " + text);
    }
}
