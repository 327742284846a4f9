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

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.client.AuthScheme;
import io.github.camelseedance.client.CreatedTask;
import io.github.camelseedance.client.DownloadPolicy;
import io.github.camelseedance.client.http.HttpSeedanceClient;
import io.github.camelseedance.client.Provider;
import io.github.camelseedance.client.ResultStream;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.client.SeedanceResponse;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.runtime.ClientSettings;
import io.github.camelseedance.runtime.RuntimeProbe;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Component options are endpoint defaults, endpoints override them on their own copies, placeholders resolve. */
class SeedanceComponentConfigurationTest extends SeedanceWireMockTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().addInitialProperty("seedance.model", "dreamina-seedance-2-0-fast-260128");
        return context;
    }

    @Test
    void endpointOptionsOverrideComponentDefaultsOnACopy() {
        SeedanceComponent component = context.getComponent("seedance", SeedanceComponent.class);
        component.getConfiguration().setRatio("9:16");

        SeedanceEndpoint plain = context.getEndpoint("seedance:create", SeedanceEndpoint.class);
        SeedanceEndpoint custom = context.getEndpoint(
                "seedance:create?model={{seedance.model}}&ratio=1:1&duration=-1&provider=byteplus&apiStyle=official"
                                                      + "&authScheme=raw&connectTimeout=3s&responseTimeout=2m&maxRetries=0",
                SeedanceEndpoint.class);

        assertEquals(SeedanceOperations.create, plain.getOperation());
        assertEquals("9:16", plain.getConfiguration().getRatio());
        assertEquals("dreamina-seedance-2-0-260128", plain.getConfiguration().getModel());
        SeedanceConfiguration c = custom.getConfiguration();
        assertEquals("dreamina-seedance-2-0-fast-260128", c.getModel());
        assertEquals("1:1", c.getRatio());
        assertEquals(-1, c.getDuration());
        assertEquals(Provider.BYTEPLUS, c.getProvider());
        assertEquals(ApiStyle.OFFICIAL, c.getApiStyle());
        assertEquals(AuthScheme.RAW, c.getAuthScheme());
        assertEquals(Duration.ofSeconds(3), c.getConnectTimeout());
        assertEquals(Duration.ofMinutes(2), c.getResponseTimeout());
        assertEquals(0, c.getMaxRetries());
        assertNotSame(plain.getConfiguration(), c);
        assertEquals("9:16", component.getConfiguration().getRatio(), "the component's defaults are untouched");
        assertNull(component.getConfiguration().getDuration());
    }

    @Test
    void oneAccountHasOneRateLimitWhateverTheSpellingOfItsBaseUrl() {
        SeedanceEndpoint bare = context.getEndpoint("seedance:get?baseUrl=https://gateway.example"
                                                    + "&maxConnections=7", SeedanceEndpoint.class);
        SeedanceEndpoint slashed = context.getEndpoint("seedance:get?baseUrl=https://gateway.example/",
                SeedanceEndpoint.class);
        SeedanceEndpoint other = context.getEndpoint("seedance:get?baseUrl=https://other.example", SeedanceEndpoint.class);
        for (SeedanceEndpoint endpoint : java.util.List.of(bare, slashed, other)) {
            endpoint.start();
        }
        try {
            // two clients (their pools differ), one account: the create cap and the rate limits are shared
            assertNotSame(bare.getClient(), slashed.getClient());
            assertSame(bare.getClient().config().accountLimits(), slashed.getClient().config().accountLimits());
            assertEquals(bare.getClient().config().accountId(), slashed.getClient().config().accountId());
            assertNotSame(bare.getClient().config().accountLimits(), other.getClient().config().accountLimits());
        } finally {
            for (SeedanceEndpoint endpoint : java.util.List.of(bare, slashed, other)) {
                endpoint.stop();
            }
        }
    }

    @Test
    void plainHttpIsAcceptedForLoopbackHostsOnly() {
        for (String base : java.util.List.of("http://127.0.0.1:8089", "http://[::1]:8089", "http://localhost:8089",
                "https://gateway.example")) {
            assertEquals(base, context.getEndpoint("seedance:get?baseUrl=" + base, SeedanceEndpoint.class)
                    .getConfiguration().getBaseUrl());
        }
        assertEquals("http://gateway.example", context.getEndpoint(
                "seedance:get?allowInsecureBaseUrl=true&baseUrl=http://gateway.example", SeedanceEndpoint.class)
                .getConfiguration().getBaseUrl());
    }

    @Test
    void aProviderPresetGivesItsTasksPath() throws Exception {
        wm.stubFor(get(Provider.VOLCENGINE.tasksPath() + "/t-1").willReturn(okJson("{\"id\":\"t-1\",\"status\":\"running\"}")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:volc").to("seedance:get?provider=volcengine&authScheme=raw&baseUrl=" + wm.baseUrl());
            }
        });

        assertEquals("running", template.request("direct:volc", e -> e.getMessage().setBody("t-1"))
                .getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        wm.verify(getRequestedFor(urlEqualTo(Provider.VOLCENGINE.tasksPath() + "/t-1"))
                .withHeader("Authorization", equalTo(API_KEY)));
    }

    @Test
    void aUserSuppliedClientIsUsedAndNotClosed() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        SeedanceClientConfig config = SeedanceClientConfig.builder().baseUrl(wm.baseUrl()).apiKey(API_KEY).build();
        SeedanceClient mine = new HttpSeedanceClient(config);
        context.getRegistry().bind("myClient", new DelegatingClient(mine, closed));
        wm.stubFor(get(TASKS + "/t-2").willReturn(okJson("{\"id\":\"t-2\",\"status\":\"queued\"}")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:mine").routeId("mine").to("seedance:get?client=#myClient");
            }
        });

        assertEquals("queued", template.request("direct:mine", e -> e.getMessage().setBody("t-2"))
                .getMessage().getHeader(SeedanceConstants.TASK_STATUS));
        context.getRouteController().stopRoute("mine");
        context.removeRoute("mine");
        for (org.apache.camel.Endpoint endpoint : context.getEndpoints()) {
            if (endpoint.getEndpointUri().contains("myClient")) {
                context.removeEndpoint(endpoint);
            }
        }
        assertFalse(closed.get(), "a client the user supplied is theirs to close");
        mine.close();
    }

    @Test
    void endpointsWithOtherSettingsGetTheirOwnPool() throws Exception {
        SeedanceComponent component = context.getComponent("seedance", SeedanceComponent.class);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("seedance:get");
                from("direct:b").to("seedance:list");
                from("direct:c").to("seedance:get?responseTimeout=5s");
            }
        });
        assertEquals(2, RuntimeProbe.sharedClientCount(component));
        SeedanceEndpoint a = context.getEndpoint("seedance:get", SeedanceEndpoint.class);
        SeedanceEndpoint b = context.getEndpoint("seedance:list", SeedanceEndpoint.class);
        assertSame(a.getClient(), b.getClient());
    }

    @Test
    void configureDownloadsIsPartOfTheSharedClientsKey() throws Exception {
        SeedanceComponent component = context.getComponent("seedance", SeedanceComponent.class);
        org.apache.camel.component.http.HttpClientConfigurer configurer = builder -> {
        };
        context.getRegistry().bind("configurer", configurer);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("seedance:get?httpClientConfigurer=#configurer");
                from("direct:b").to("seedance:list?httpClientConfigurer=#configurer&configureDownloads=true");
                from("direct:c").to("seedance:get?httpClientConfigurer=#configurer&configureDownloads=false");
            }
        });
        assertEquals(2, RuntimeProbe.sharedClientCount(component));
        SeedanceEndpoint a = context.getEndpoint("seedance:get?httpClientConfigurer=#configurer", SeedanceEndpoint.class);
        SeedanceEndpoint b = context.getEndpoint("seedance:list?httpClientConfigurer=#configurer&configureDownloads=true",
                SeedanceEndpoint.class);
        SeedanceEndpoint c = context.getEndpoint("seedance:get?httpClientConfigurer=#configurer&configureDownloads=false",
                SeedanceEndpoint.class);
        assertSame(a.getClient(), b.getClient(), "true is the default");
        assertNotSame(a.getClient(), c.getClient(), "a client whose downloads are configured is not the one whose are not");
    }

    @Test
    void withoutAnApiKeyTheRouteDoesNotStart() {
        assumeTrue(System.getenv(ClientSettings.API_KEY_ENV) == null, "SEEDANCE_API_KEY is set here");
        context.getComponent("seedance", SeedanceComponent.class).getConfiguration().setApiKey(null);
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:nokey").to("seedance:get?apiKey=");
            }
        }));
        Throwable t = e;
        while (t != null && !(t instanceof SeedanceValidationException)) {
            t = t.getCause();
        }
        assertTrue(t instanceof SeedanceValidationException, String.valueOf(e));
        assertEquals("apiKey", ((SeedanceValidationException) t).getField());
        assertTrue(t.getMessage().contains(ClientSettings.API_KEY_ENV));
    }

    /** A client bean that records whether the component closed it. */
    private static final class DelegatingClient implements SeedanceClient {
        private final SeedanceClient delegate;
        private final AtomicBoolean closed;

        DelegatingClient(SeedanceClient delegate, AtomicBoolean closed) {
            this.delegate = delegate;
            this.closed = closed;
        }

        @Override
        public CompletableFuture<SeedanceResponse<CreatedTask>> create(GenerationRequest request) {
            return delegate.create(request);
        }

        @Override
        public CompletableFuture<SeedanceResponse<Task>> get(String taskId) {
            return delegate.get(taskId);
        }

        @Override
        public CompletableFuture<SeedanceResponse<TaskPage>> list(TaskQuery query) {
            return delegate.list(query);
        }

        @Override
        public CompletableFuture<SeedanceResponse<Void>> cancel(String taskId) {
            return delegate.cancel(taskId);
        }

        @Override
        public CompletableFuture<SeedanceResponse<String>> upload(AssetSource source, String groupId) {
            return delegate.upload(source, groupId);
        }

        @Override
        public CompletableFuture<Optional<String>> findAssetId(String uploadTaskId) {
            return delegate.findAssetId(uploadTaskId);
        }

        @Override
        public CompletableFuture<ResultStream> download(URI url, DownloadPolicy policy) {
            return delegate.download(url, policy);
        }

        @Override
        public SeedanceClientConfig config() {
            return delegate.config();
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }
}
