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
package io.github.camelseedance;

import java.time.Duration;

import io.github.camelseedance.client.AuthScheme;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.client.SeedanceClientConfig;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of how the component reaches the provider: the HTTP client (timeouts, connections, retries, proxy, TLS),
 * the API's paths and the account's rate limits. {@link SeedanceConfiguration} adds what to ask for; the split only
 * keeps each class readable (Camel's netty component splits its options the same way).
 */
@UriParams
public abstract class SeedanceConnectionConfiguration {

    @UriParam(label = "security", defaultValue = "false")
    private boolean allowInsecureBaseUrl;
    @UriParam(label = "advanced", defaultValue = "bearer", enums = "bearer,raw")
    private AuthScheme authScheme = AuthScheme.BEARER;
    @UriParam(label = "advanced")
    private String tasksPath;
    @UriParam(label = "advanced", defaultValue = "/v1/videos")
    private String videosPath = "/v1/videos";
    @UriParam(label = "advanced", defaultValue = "/v1/asset/upload")
    private String assetUploadPath = "/v1/asset/upload";
    @UriParam(label = "advanced", defaultValue = "/v1/asset/jobs/get-asset-id")
    private String assetQueryPath = "/v1/asset/jobs/get-asset-id";
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private Duration connectTimeout = Duration.ofMillis(10000);
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private Duration responseTimeout = Duration.ofMillis(60000);
    @UriParam(label = "advanced", defaultValue = "64")
    private int maxConnections = SeedanceClientConfig.DEFAULT_MAX_CONNECTIONS;
    @UriParam(label = "advanced")
    private Integer maxConnectionsPerRoute;
    @UriParam(label = "advanced", defaultValue = "3")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration")
    private Duration retryBackoff = Duration.ofMillis(500);
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private Duration retryMaxBackoff = Duration.ofMillis(30000);
    @UriParam(label = "proxy")
    private String proxyHost;
    @UriParam(label = "proxy")
    private Integer proxyPort;
    @UriParam(label = "proxy")
    private String proxyUsername;
    @UriParam(label = "proxy,security", secret = true)
    private String proxyPassword;
    @UriParam(label = "advanced")
    private boolean useSystemProperties;
    @UriParam(label = "advanced")
    @Metadata(autowired = true)
    private HttpClientConfigurer httpClientConfigurer;
    @UriParam(label = "advanced", defaultValue = "true")
    private boolean configureDownloads = true;
    @UriParam(label = "advanced", defaultValue = "0")
    private double requestsPerSecond;
    @UriParam(label = "advanced", defaultValue = "1")
    private double listRequestsPerSecond = 1;
    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "advanced")
    @Metadata(autowired = true)
    private SeedanceClient client;

    public AuthScheme getAuthScheme() {
        return authScheme;
    }

    /**
     * How the API key is sent: bearer (Authorization: Bearer KEY, the official form) or raw (Authorization: KEY).
     */
    public void setAuthScheme(AuthScheme authScheme) {
        this.authScheme = authScheme;
    }

    public String getTasksPath() {
        return tasksPath;
    }

    /**
     * Overrides the provider's task API path, for example /api/v3/contents/generations/tasks.
     */
    public void setTasksPath(String tasksPath) {
        this.tasksPath = tasksPath;
    }

    public String getVideosPath() {
        return videosPath;
    }

    /**
     * The path of the OpenAI-style video API.
     */
    public void setVideosPath(String videosPath) {
        this.videosPath = videosPath;
    }

    public String getAssetUploadPath() {
        return assetUploadPath;
    }

    /**
     * The path of the Asset Library upload.
     */
    public void setAssetUploadPath(String assetUploadPath) {
        this.assetUploadPath = assetUploadPath;
    }

    public String getAssetQueryPath() {
        return assetQueryPath;
    }

    /**
     * The path where an upload job's asset id is read.
     */
    public void setAssetQueryPath(String assetQueryPath) {
        this.assetQueryPath = assetQueryPath;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for a connection to the API (or to a result or media host), the TLS handshake of an https URL
     * included: a port that does not answer TLS fails within it, and is not tried again.
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * How long to wait for an answer (and between two packets of it).
     */
    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /**
     * The size of the HTTP connection pool to the API. Every call goes to one host, so this is also the number of
     * calls that can be in flight at once; size it to the concurrency of your routes (plus the consumer's pages).
     */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Integer getMaxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    /**
     * The maximum number of connections to one host. When not set it follows maxConnections, since every call goes to
     * the one API host; set it lower only behind a proxy that serves other hosts through the same pool.
     */
    public void setMaxConnectionsPerRoute(Integer maxConnectionsPerRoute) {
        this.maxConnectionsPerRoute = maxConnectionsPerRoute;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How often a failed call is retried. Reads are retried on connection failures, 429 and 5xx; a create only when provably
     * nothing was created (connection refused, or 429/503 with an error body). 0 disables retries.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getRetryBackoff() {
        return retryBackoff;
    }

    /**
     * The first wait before a retry, doubled on each further retry, with jitter.
     */
    public void setRetryBackoff(Duration retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public Duration getRetryMaxBackoff() {
        return retryMaxBackoff;
    }

    /**
     * The longest wait between two attempts; it also caps a server's Retry-After.
     */
    public void setRetryMaxBackoff(Duration retryMaxBackoff) {
        this.retryMaxBackoff = retryMaxBackoff;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /**
     * The HTTP proxy host.
     */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /**
     * The HTTP proxy port.
     */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    /**
     * The user name for an authenticating HTTP proxy (with proxyHost and proxyPassword), applied with Camel HTTP's
     * ProxyHttpClientConfigurer to API calls, result downloads and media fetches alike; the credentials are sent as
     * Basic with the first request to the proxy.
     */
    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    /**
     * The password for an authenticating HTTP proxy.
     */
    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public boolean isUseSystemProperties() {
        return useSystemProperties;
    }

    /**
     * Whether the JVM's system properties configure the HTTP client (http.proxyHost, https.proxyHost, http.nonProxyHosts,
     * javax.net.ssl.*), as in Camel HTTP.
     */
    public void setUseSystemProperties(boolean useSystemProperties) {
        this.useSystemProperties = useSystemProperties;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    /**
     * A Camel HTTP HttpClientConfigurer that customises the Apache HttpClient 5 builders after the component's own
     * settings (for example a route planner, interceptors or credentials): the API client's and, unless
     * configureDownloads=false, those that download result files and fetch remote media. Autowired when exactly one
     * is in the registry.
     */
    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public boolean isConfigureDownloads() {
        return configureDownloads;
    }

    /**
     * Whether the httpClientConfigurer also configures the clients that download result files and fetch remote media
     * for the Asset Library, as it does the API client. Set false when it is meant for the API alone (for example it
     * adds credentials for the API host). The proxy (proxyHost) and its credentials apply to those clients either way.
     */
    public void setConfigureDownloads(boolean configureDownloads) {
        this.configureDownloads = configureDownloads;
    }

    public double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    /**
     * The most requests per second sent with one API key, all calls together (0: no limit). Calls beyond it are
     * scheduled for the next free slot, not refused; every endpoint and consumer with the same key and base URL shares
     * the limit.
     */
    public void setRequestsPerSecond(double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public double getListRequestsPerSecond() {
        return listRequestsPerSecond;
    }

    /**
     * The most list requests per second sent with one API key (0: no limit). The provider limits the list endpoint
     * more tightly than the others (about one request per second); a 429 with Retry-After on it holds every later
     * list until then.
     */
    public void setListRequestsPerSecond(double listRequestsPerSecond) {
        this.listRequestsPerSecond = listRequestsPerSecond;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings (trust store, key store, protocols) for the connections to the API.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isAllowInsecureBaseUrl() {
        return allowInsecureBaseUrl;
    }

    /**
     * Whether a plain http:// baseUrl is accepted for a host other than the loopback interface. The API key travels in
     * every request's Authorization header, so by default it is sent in clear only to localhost (the emulator, a local
     * sidecar).
     */
    public void setAllowInsecureBaseUrl(boolean allowInsecureBaseUrl) {
        this.allowInsecureBaseUrl = allowInsecureBaseUrl;
    }

    public SeedanceClient getClient() {
        return client;
    }

    /**
     * A client to use instead of building one from these options, for example one shared with other code. It is not closed by
     * the component.
     */
    public void setClient(SeedanceClient client) {
        this.client = client;
    }
}
