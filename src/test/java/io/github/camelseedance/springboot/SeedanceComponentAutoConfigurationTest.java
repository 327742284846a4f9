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
package io.github.camelseedance.springboot;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.SeedanceOutput;
import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.Provider;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auto-configuration in a Spring Boot context (no server, no call): {@code camel.component.seedance.*} reach the
 * component, only what the application set is copied, and without camel-spring-boot nothing happens.
 */
class SeedanceComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    SeedanceComponentAutoConfiguration.class))
            .withPropertyValues("camel.main.run-controller=false");

    @Test
    void propertiesOfEveryKindReachTheComponent() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            runner.withBean("seedancePool", ExecutorService.class, () -> pool)
                    .withPropertyValues(
                            "camel.component.seedance.base-url=http://127.0.0.1:8089",
                            "camel.component.seedance.api-key=sk-test-key",
                            "camel.component.seedance.poll-interval=100ms",
                            "camel.component.seedance.output=file",
                            "camel.component.seedance.provider=byteplus",
                            "camel.component.seedance.api-style=openai",
                            "camel.component.seedance.poll-backoff-multiplier=2.5",
                            "camel.component.seedance.generate-audio=false",
                            "camel.component.seedance.scheduler-pool-size=3",
                            "camel.component.seedance.worker-pool=#bean:seedancePool",
                            // Spring Boot's relaxed forms count as set
                            "camel.component.seedance.maxRetries=5")
                    .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                            new SystemEnvironmentPropertySource("test-systemEnvironment",
                                    Map.of("CAMEL_COMPONENT_SEEDANCE_ASSETTIMEOUT", "2m"))))
                    .run(context -> {
                        SeedanceComponent component = component(context.getBean(CamelContext.class));
                        SeedanceConfiguration config = component.getConfiguration();
                        assertEquals("http://127.0.0.1:8089", config.getBaseUrl());
                        assertEquals("sk-test-key", config.getApiKey());
                        assertEquals(Duration.ofMillis(100), config.getPollInterval());
                        assertEquals(SeedanceOutput.file, config.getOutput());
                        assertEquals(Provider.BYTEPLUS, config.getProvider());
                        assertEquals(ApiStyle.OPENAI, config.getApiStyle());
                        assertEquals(2.5, config.getPollBackoffMultiplier());
                        assertEquals(Boolean.FALSE, config.getGenerateAudio());
                        assertEquals(3, component.getSchedulerPoolSize());
                        assertSame(pool, component.getWorkerPool());
                        assertEquals(5, config.getMaxRetries());
                        assertEquals(Duration.ofMinutes(2), config.getAssetTimeout());
                    });
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void onlyWhatTheApplicationSetIsCopied() {
        SeedanceConfiguration mine = new SeedanceConfiguration();
        mine.setModel("dreamina-seedance-2-0-260128");
        mine.setPollInterval(Duration.ofSeconds(3));
        runner.withBean("mySeedanceConfiguration", SeedanceConfiguration.class, () -> mine)
                .withPropertyValues("camel.component.seedance.configuration=#bean:mySeedanceConfiguration",
                        "camel.component.seedance.base-url=http://127.0.0.1:8089")
                .run(context -> {
                    SeedanceConfiguration config = component(context.getBean(CamelContext.class)).getConfiguration();
                    assertSame(mine, config);
                    assertEquals("http://127.0.0.1:8089", config.getBaseUrl());
                    // the documented defaults (pollInterval 10s) did not overwrite the bean's own
                    assertEquals(Duration.ofSeconds(3), config.getPollInterval());
                    assertEquals("dreamina-seedance-2-0-260128", config.getModel());
                    // an unset flag stays unset: nothing is sent, the provider's default applies
                    assertNull(config.getGenerateAudio());
                });
    }

    @Test
    void aReferenceToNoBeanFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("camel.component.seedance.worker-pool=#bean:noSuchPool").run(context -> {
            Exception e = assertThrows(Exception.class,
                    () -> component(context.getBean(CamelContext.class)));
            assertTrue(messages(e).contains("camel.component.seedance.worker-pool"), messages(e));
        });
    }

    @Test
    void aSecretIsNeverInTheMessageOfAFailure() {
        // an API key cannot fail to bind (it is a string); the proxy port can: the key must not ride along
        runner.withPropertyValues("camel.component.seedance.api-key=sk-secret-value",
                "camel.component.seedance.proxy-port=70000x").run(context -> {
                    assertNotNull(context.getStartupFailure(), "a port that is no number fails the binding");
                    assertFalse(messages(context.getStartupFailure()).contains("sk-secret-value"));
                });
    }

    @Test
    void disabledByProperty() {
        runner.withPropertyValues("camel.component.seedance.enabled=false",
                "camel.component.seedance.base-url=http://127.0.0.1:8089").run(context -> {
                    assertEquals(0, context.getBeansOfType(SeedanceComponentProperties.class).size());
                    assertNull(component(context.getBean(CamelContext.class)).getConfiguration().getBaseUrl());
                });
    }

    @Test
    void theCustomizerCanBeTurnedOff() {
        runner.withPropertyValues("camel.component.seedance.customizer.enabled=false",
                "camel.component.seedance.base-url=http://127.0.0.1:8089").run(context -> {
                    assertNull(component(context.getBean(CamelContext.class)).getConfiguration().getBaseUrl());
                });
    }

    @Test
    void withoutCamelSpringBootNothingIsConfigured() {
        new ApplicationContextRunner()
                .withClassLoader(new FilteredClassLoader("org.apache.camel.spring.boot"))
                .withConfiguration(AutoConfigurations.of(SeedanceComponentAutoConfiguration.class))
                .withPropertyValues("camel.component.seedance.base-url=http://127.0.0.1:8089")
                .run(context -> {
                    assertNull(context.getStartupFailure());
                    assertEquals(0, context.getBeansOfType(ComponentCustomizer.class).size());
                });
    }

    private static SeedanceComponent component(CamelContext camel) {
        return camel.getComponent("seedance", SeedanceComponent.class);
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
