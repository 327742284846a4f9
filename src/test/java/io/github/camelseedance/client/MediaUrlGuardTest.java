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
package io.github.camelseedance.client;

import java.net.InetAddress;

import io.github.camelseedance.model.SeedanceValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaUrlGuardTest {

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "::1", "fc00::1", "fd12:3456::1", "fe80::1" })
    void internalAddressesAreRecognised(String address) throws Exception {
        assertTrue(MediaUrlGuard.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "1.1.1.1", "100.128.0.1", "2001:4860:4860::8888" })
    void publicAddressesAreNot(String address) throws Exception {
        assertFalse(MediaUrlGuard.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://8.8.8.8/a.png", "ftp://8.8.8.8/a.png", "https:///a.png", "not a url",
            "https://127.0.0.1/a.png", "https://[::1]/a.png", "https://169.254.169.254/latest/meta-data" })
    void refusedUrlsNameTheField(String url) {
        SeedanceValidationException e = assertThrows(SeedanceValidationException.class,
                () -> new MediaUrlGuard(false).check("firstFrame", url));
        assertEquals("firstFrame", e.getField());
    }

    @Test
    void privateHostsCanBeAllowedButHttpNever() {
        assertEquals("127.0.0.1", new MediaUrlGuard(true).check("firstFrame", "https://127.0.0.1:8443/a.png").getHost());
        assertThrows(SeedanceValidationException.class, () -> new MediaUrlGuard(true).check("firstFrame",
                "http://127.0.0.1/a.png"));
    }
}
