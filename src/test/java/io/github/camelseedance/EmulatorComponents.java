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

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;

/** Seedance components pointed at a test's emulator, polling briskly. */
final class EmulatorComponents {

    private EmulatorComponents() {
    }

    static SeedanceComponent pointedAt(SeedanceEmulatorExtension emulator) {
        SeedanceComponent component = new SeedanceComponent();
        component.getConfiguration().setBaseUrl(emulator.baseUrl());
        component.getConfiguration().setApiKey(emulator.apiKey());
        component.getConfiguration().setAssetPollInterval(Duration.ofMillis(10));
        return component;
    }

    /**
     * {@link #pointedAt} with a model, task polls every 20 to 50 ms, results downloadable from the emulator (plain http
     * on 127.0.0.1) and no pacing of list calls: for tests of generate, download and the consumer.
     */
    static SeedanceComponent generating(SeedanceEmulatorExtension emulator) {
        SeedanceComponent component = pointedAt(emulator);
        SeedanceConfiguration config = component.getConfiguration();
        config.setModel("dreamina-seedance-2-0-260128");
        config.setPollInterval(Duration.ofMillis(20));
        config.setMaxPollInterval(Duration.ofMillis(50));
        config.setAllowHttpDownloads(true);
        config.setAllowPrivateDownloadHosts(true);
        config.setListRequestsPerSecond(0);
        return component;
    }
}
