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

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelseedance.client.Provider;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** A Camel context whose seedance component points at a WireMock server on a free local port. */
abstract class SeedanceWireMockTestSupport extends CamelTestSupport {

    static final String API_KEY = "sk-MARKER-5f3c9a1e";
    static final String TASKS = Provider.POWERTOKENS.tasksPath();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent component = new SeedanceComponent();
        SeedanceConfiguration config = component.getConfiguration();
        config.setApiKey(API_KEY);
        config.setBaseUrl(wm.baseUrl());
        config.setModel("dreamina-seedance-2-0-260128");
        config.setAssetPollInterval(Duration.ofMillis(5));
        config.setAssetTimeout(Duration.ofSeconds(5));
        config.setRetryBackoff(Duration.ofMillis(1));
        config.setRetryMaxBackoff(Duration.ofMillis(5));
        context.addComponent("seedance", component);
        return context;
    }
}
