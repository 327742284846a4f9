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

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where result files may be downloaded from. Result URLs come from the provider's answers, which a route does not
 * control, so by default only https URLs on public hosts are fetched, redirects are followed only to such hosts, and
 * the API key is never sent.
 *
 * @param allowHttp          whether plain http:// URLs are fetched (the emulator, a local mirror)
 * @param allowPrivateHosts  whether hosts that resolve to loopback, private or link-local addresses are fetched
 * @param allowedHosts       when not empty, the only hosts fetched (exact names, or {@code .example.com} for a
 *                           domain and its subdomains)
 * @param maxRedirects       how many redirects are followed, each checked like the first URL
 */
public record DownloadPolicy(boolean allowHttp, boolean allowPrivateHosts, Set<String> allowedHosts, int maxRedirects) {

    public DownloadPolicy {
        allowedHosts = allowedHosts == null ? Set.of()
                : allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0 but was " + maxRedirects);
        }
    }

    /** Whether the allow-list (if any) admits {@code host}. */
    public boolean admits(String host) {
        if (allowedHosts.isEmpty()) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String allowed : allowedHosts) {
            if (allowed.startsWith(".") ? h.endsWith(allowed) || h.equals(allowed.substring(1)) : h.equals(allowed)) {
                return true;
            }
        }
        return false;
    }
}
