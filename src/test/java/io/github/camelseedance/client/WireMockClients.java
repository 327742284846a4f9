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
package io.github.camelseedance.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelseedance.client.http.HttpSeedanceClient;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** Shared set-up of the client tests: a WireMock server on 127.0.0.1 and clients pointed at it. */
final class WireMockClients {

    /** A marker API key: it must never show in a message, a toString or a log line. */
    static final String KEY = "sk-MARKER-123";
    static final RetryPolicy TINY_RETRY = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5));
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String STANDARD = "dreamina-seedance-2-0-260128";

    private WireMockClients() {
    }

    static WireMockExtension newServer() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .build();
    }

    static SeedanceClientConfig.Builder config(WireMockExtension wm, Provider provider) {
        return SeedanceClientConfig.builder()
                .provider(provider)
                .baseUrl(wm.baseUrl())
                .tasksPath(provider.tasksPath())
                .apiKey(KEY)
                .connectTimeout(Duration.ofSeconds(2))
                .responseTimeout(Duration.ofSeconds(5))
                .retryPolicy(TINY_RETRY);
    }

    static BlockingClient client(WireMockExtension wm, Provider provider) {
        return new BlockingClient(new HttpSeedanceClient(config(wm, provider).build()));
    }

    static BlockingClient openAiClient(WireMockExtension wm) {
        return new BlockingClient(new HttpSeedanceClient(config(wm, Provider.POWERTOKENS).apiStyle(ApiStyle.OPENAI).build()));
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(new String(json), e);
        }
    }

    static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"param\":\"p\",\"type\":\"t\"}}";
    }

    /** A port on this host where nothing listens (bound, then released). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
