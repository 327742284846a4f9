package io.github.camelseedance.client.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PublicHostsResolverTest {

    @Test
    void theFetchResolverRefusesInternalAddressesButNotTheConfiguredProxy() throws Exception {
        assertThrows(java.net.UnknownHostException.class, () -> new PublicHostsResolver(null).resolve("127.0.0.1"));
        assertThrows(java.net.UnknownHostException.class, () -> new PublicHostsResolver("10.0.0.5").resolve("localhost"));
        assertEquals(1, new PublicHostsResolver("127.0.0.1").resolve("127.0.0.1").length);
        assertEquals(1, new PublicHostsResolver(null).resolve("8.8.8.8").length);
    }
}
