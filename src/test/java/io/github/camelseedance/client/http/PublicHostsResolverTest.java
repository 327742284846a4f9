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
