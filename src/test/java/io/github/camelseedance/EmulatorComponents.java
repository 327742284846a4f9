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
