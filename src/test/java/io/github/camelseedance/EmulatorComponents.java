package io.github.camelseedance;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;

/** A seedance component pointed at a test's emulator, polling assets briskly. */
final class EmulatorComponents {

    private EmulatorComponents() {
    }

    static SeedanceComponent pointedAt(SeedanceEmulatorExtension emulator) {
        SeedanceComponent component = new SeedanceComponent();
        component.getConfiguration().setBaseUrl(emulator.baseUrl());
        component.getConfiguration().setApiKey(emulator.apiKey());
        component.getConfiguration().setAssetPollInterval(10);
        return component;
    }
}
