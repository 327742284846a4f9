package io.github.camelseedance.runtime;

import io.github.camelseedance.SeedanceComponent;

/** What tests read of a component's runtime, through the package rather than public members of main code. */
public final class RuntimeProbe {

    private RuntimeProbe() {
    }

    public static int sharedClientCount(SeedanceComponent component) {
        return component.getRuntime().sharedClientCount();
    }

    public static int inflightExchanges(SeedanceComponent component) {
        return component.getRuntime().inflightExchanges();
    }

    public static int workerBacklog(SeedanceComponent component) {
        return component.getRuntime().workerHandoff().backlog();
    }
}
