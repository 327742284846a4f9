package io.github.camelseedance.consumer;

/** What tests read of a consumer, through the package rather than public members of main code. */
public final class ConsumerProbe {

    private ConsumerProbe() {
    }

    public static int lastLookRequests(SeedanceConsumer consumer) {
        return consumer.lastLookRequests();
    }

    public static int lastLookIds(SeedanceConsumer consumer) {
        return consumer.lastLookIds();
    }
}
