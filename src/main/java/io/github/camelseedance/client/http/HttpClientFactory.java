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

import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;

import io.github.camelseedance.client.SeedanceClientConfig;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient 5 clients of a configuration: its pool, timeouts, TLS, proxy, DNS resolver and the
 * user's customizers. Each client marks in its context whether a request was written, so a failed call can tell
 * whether anything was sent.
 */
final class HttpClientFactory {

    private static final String USER_AGENT = "camel-seedance/" + ClientVersion.VALUE;
    /** Set by the last request interceptor, just before the request is written: absent means nothing was sent. */
    private static final String SENT = "seedance.request-sent";
    /** Set by the first response interceptor, once the answer's head was read. */
    private static final String ANSWERED = "seedance.answer-received";

    private HttpClientFactory() {
    }

    /** The client of the API calls, to which every customizer applies; its pool joins {@code pools}. */
    static CloseableHttpClient apiClient(SeedanceClientConfig config, ConnectionPools pools) {
        return build(config, null, true, pools);
    }

    /**
     * A client for remote media and result files, which gets {@link SeedanceClientConfig#downloadCustomizers()}.
     *
     * @param dnsResolver null for the system's
     */
    static CloseableHttpClient fetchClient(SeedanceClientConfig config, DnsResolver dnsResolver, ConnectionPools pools) {
        return build(config, dnsResolver, false, pools);
    }

    /** Whether the exchange of this context wrote its request: if not, nothing reached the server. */
    static boolean wasSent(HttpClientContext context) {
        return context.getAttribute(SENT) != null;
    }

    /**
     * Whether the exchange of this context failed because the server closed or reset the connection after the request
     * was written and before any byte of the answer: what a kept-alive connection the server had closed shows.
     */
    static boolean closedBeforeAnswer(HttpClientContext context, IOException failure) {
        return context.getAttribute(ANSWERED) == null && (failure instanceof NoHttpResponseException
                || failure instanceof SocketException && !(failure instanceof SocketTimeoutException));
    }

    private static CloseableHttpClient build(SeedanceClientConfig config, DnsResolver dnsResolver, boolean api,
            ConnectionPools pools) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(dnsResolver)
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(config.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(config.connectTimeout()))
                        .setSocketTimeout(Timeout.of(config.responseTimeout()))
                        // a create sent on a connection the server already closed would look like a lost answer
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build());
        pool.setTlsSocketStrategy(new ConnectPhaseTlsStrategy(config.sslContext() != null
                ? ClientTlsStrategyBuilder.create().setSslContext(config.sslContext()).buildClassic()
                : config.useSystemProperties() ? ClientTlsStrategyBuilder.create().useSystemProperties().buildClassic()
                : DefaultClientTlsStrategy.createDefault(), config.connectTimeout()));
        PoolingHttpClientConnectionManager connections = pool.build();
        pools.add(connections);
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.responseTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .setUserAgent(USER_AGENT)
                .disableAutomaticRetries()
                .disableCookieManagement();
        if (config.useSystemProperties()) {
            builder.useSystemProperties();
        }
        if (config.proxyHost() != null) {
            builder.setProxy(new HttpHost(config.proxyHost(), config.proxyPort() == null ? 8080 : config.proxyPort()));
        }
        // Camel HTTP's HttpClientConfigurers: the proxy's credentials (every client: downloads and media fetches go
        // through the proxy as API calls do), the user's customisations (the download clients unless opted out)
        (api ? config.customizers() : config.downloadCustomizers()).forEach(customizer -> customizer.accept(builder));
        // the last request interceptor runs once connected, just before the request is written
        builder.addRequestInterceptorLast((request, entity, context) -> context.setAttribute(SENT, Boolean.TRUE));
        builder.addResponseInterceptorFirst((response, entity, context) -> context.setAttribute(ANSWERED, Boolean.TRUE));
        return builder.build();
    }
}
