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
package io.github.camelseedance.bench;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceConfiguration;

/** The component as a user configures it for the emulator (base URL, key, model); its defaults otherwise. */
final class BenchComponents {

    private BenchComponents() {
    }

    static SeedanceComponent pointedAt(String baseUrl, String apiKey) {
        SeedanceComponent component = new SeedanceComponent();
        SeedanceConfiguration config = component.getConfiguration();
        config.setBaseUrl(baseUrl);
        config.setApiKey(apiKey);
        config.setModel(BareSeedanceCalls.MODEL);
        return component;
    }
}
