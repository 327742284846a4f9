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
package io.github.camelseedance.runtime;

import java.util.Objects;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.component.http.HttpCredentialsHelper;
import org.apache.camel.component.http.ProxyHttpClientConfigurer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.Credentials;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.BasicScheme;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;

/**
 * An authenticating HTTP proxy, set up the way Camel HTTP does it: its ProxyHttpClientConfigurer for the route, and
 * the credentials scoped to the proxy alone. They are sent at once, as Basic, in the first request to the proxy (or
 * the CONNECT of a tunnel): a 407 to a streamed exchange (a result download, a fetched medium streamed into its
 * upload) cannot be answered by sending it again. The proxy's challenge is still answered from the same credentials.
 * Applied to every client, the API's and the downloads'. Equal settings are equal, so that endpoints share one
 * connection pool; the password never appears in {@link #toString()}.
 */
final class ProxyAuthentication implements HttpClientConfigurer {

    private final String host;
    private final int port;
    private final String username;
    private final String password;

    ProxyAuthentication(String host, int port, String username, String password) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password == null ? "" : password;
    }

    @Override
    public void configureHttpClient(HttpClientBuilder builder) {
        new ProxyHttpClientConfigurer(host, port, "http").configureHttpClient(builder);
        Credentials basic = HttpCredentialsHelper.getCredentials("Basic", username, password, host, null, null);
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(host, port), basic);
        builder.setDefaultCredentialsProvider(credentials);
        HttpHost proxy = new HttpHost("http", host, port);
        // preemptive: an exchange starts with Basic for the proxy in its auth cache, which HttpClient sends to the
        // proxy only (with a request in absolute form, or with the CONNECT of a tunnel, never inside it)
        builder.addExecInterceptorFirst("seedance-proxy-authentication", (request, scope, chain) -> {
            if (scope.clientContext.getAuthCache() == null) {
                BasicScheme scheme = new BasicScheme();
                scheme.initPreemptive(basic);
                BasicAuthCache cache = new BasicAuthCache();
                cache.put(proxy, scheme);
                scope.clientContext.setAuthCache(cache);
            }
            return chain.proceed(request, scope);
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyAuthentication p && p.host.equals(host) && p.port == port && p.username.equals(username)
                && p.password.equals(password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, username);
    }

    @Override
    public String toString() {
        return "ProxyAuthentication[" + username + "@" + host + ":" + port + ", password=xxxxxx]";
    }
}
