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

import java.net.InetAddress;
import java.net.UnknownHostException;

import io.github.camelseedance.client.MediaUrlGuard;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Resolves only hosts whose every address is public: the check of {@link MediaUrlGuard} applied again at connect
 * time, so that a DNS answer changed after the check (rebinding) cannot lead a media fetch to an internal service.
 */
final class PublicHostsResolver implements DnsResolver {

    private final String proxyHost;

    /**
     * @param proxyHost the configured HTTP proxy, resolved like any host (it is usually internal); behind a proxy the
     *                  proxy resolves the media host, and egress filtering is its job
     */
    PublicHostsResolver(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        if (host.equalsIgnoreCase(proxyHost)) {
            return addresses;
        }
        InetAddress internal = MediaUrlGuard.firstInternal(addresses);
        if (internal != null) {
            throw new UnknownHostException(host + " resolves to the internal address " + internal.getHostAddress());
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }
}
