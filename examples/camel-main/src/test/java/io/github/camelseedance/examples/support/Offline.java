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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.emulator.EmulatorClock;
import io.github.camelseedance.emulator.SeedanceEmulator;

/**
 * The examples offline: an emulator that runs in real time with short timings (an asset is ready at once, a task
 * queues 0.3 s and runs 0.7 s), and the seedance settings that point at it. The emulator serves plain http on
 * 127.0.0.1, so downloads of its results and fetches of its last frames are allowed explicitly.
 */
public final class Offline {

    /** The model of the examples (application.properties sets the same). */
    public static final String MODEL = "dreamina-seedance-2-0-fast-260128";

    private Offline() {
    }

    /** Real time, short timings: the tests and the demo await results, never sleep. */
    public static void fastEmulator(SeedanceEmulator.Builder b) {
        b.clock(EmulatorClock.realTime())
                .assetReadyAfter(Duration.ZERO)
                .queueTime(Duration.ofMillis(300))
                .runTime(Duration.ofMillis(700));
    }

    /** A seedance component pointed at the emulator, checking often. */
    public static SeedanceComponent seedance(SeedanceEmulator emulator) {
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setBaseUrl(emulator.baseUrl());
        seedance.getConfiguration().setApiKey(emulator.apiKey());
        seedance.getConfiguration().setModel(MODEL);
        seedance.getConfiguration().setAssetPollInterval(Duration.ofMillis(50));
        seedance.getConfiguration().setPollInterval(Duration.ofMillis(100));
        seedance.getConfiguration().setMaxPollInterval(Duration.ofMillis(500));
        seedance.getConfiguration().setListRequestsPerSecond(0);
        seedance.getConfiguration().setAllowHttpDownloads(true);
        seedance.getConfiguration().setAllowPrivateDownloadHosts(true);
        seedance.getConfiguration().setAllowPrivateMediaHosts(true);
        return seedance;
    }

    /** The same settings as Camel Main properties ({@code camel.component.seedance.*}). */
    public static Map<String, String> seedanceProperties(SeedanceEmulator emulator) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.component.seedance.base-url", emulator.baseUrl());
        p.put("camel.component.seedance.api-key", emulator.apiKey());
        p.put("camel.component.seedance.asset-poll-interval", "50");
        p.put("camel.component.seedance.poll-interval", "100");
        p.put("camel.component.seedance.max-poll-interval", "500");
        p.put("camel.component.seedance.list-requests-per-second", "0");
        p.put("camel.component.seedance.allow-http-downloads", "true");
        p.put("camel.component.seedance.allow-private-download-hosts", "true");
        p.put("camel.component.seedance.allow-private-media-hosts", "true");
        return p;
    }
}
