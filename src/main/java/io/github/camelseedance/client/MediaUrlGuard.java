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
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import io.github.camelseedance.model.SeedanceValidationException;

/**
 * Decides whether a media URL may be fetched by us (to stage it through the Asset Library): https only, and, unless
 * allowed, never a host that resolves to a loopback, private, link-local or otherwise internal address, so that a
 * URL from a message cannot make the route read internal services (SSRF).
 */
public final class MediaUrlGuard {

    private final boolean allowPrivateHosts;
    private final boolean allowHttp;

    public MediaUrlGuard(boolean allowPrivateHosts) {
        this(allowPrivateHosts, false);
    }

    /**
     * @param allowHttp whether plain http URLs are fetched too (the emulator, a local media server), as for downloads
     */
    public MediaUrlGuard(boolean allowPrivateHosts, boolean allowHttp) {
        this.allowPrivateHosts = allowPrivateHosts;
        this.allowHttp = allowHttp;
    }

    public boolean allowsPrivateHosts() {
        return allowPrivateHosts;
    }

    /** The URL as a URI once it passed the checks; a refusal names {@code field}. */
    public URI check(String field, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new SeedanceValidationException(field, url, "an absolute https:// URL");
        }
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!("https".equals(scheme) || allowHttp && "http".equals(scheme)) || uri.getHost() == null
            || uri.getRawUserInfo() != null) {
            throw new SeedanceValidationException(field, url, allowHttp ? "an absolute http(s):// URL without user-info"
                    : "an absolute https:// URL without user-info (http only with allowHttpDownloads=true)");
        }
        if (!allowPrivateHosts) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException e) {
                throw new SeedanceValidationException(field, url, "a URL whose host resolves");
            }
            InetAddress internal = firstInternal(addresses);
            if (internal != null) {
                throw new SeedanceValidationException(field, url, "a public host (it resolves to the internal address "
                        + internal.getHostAddress() + "; set allowPrivateMediaHosts=true to fetch from it)");
            }
        }
        return uri;
    }

    /** The first of a host's addresses that is internal, or null when all are public. */
    public static InetAddress firstInternal(InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return address;
            }
        }
        return null;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
            || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] raw = address.getAddress();
        if (raw.length == 16) {
            return (raw[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        // 100.64.0.0/10 carrier-grade NAT, often internal in clouds
        return (raw[0] & 0xff) == 100 && (raw[1] & 0xc0) == 64;
    }
}
