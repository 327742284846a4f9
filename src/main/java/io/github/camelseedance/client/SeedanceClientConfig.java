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

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * Everything a {@link SeedanceClient} needs: where, who, which dialect, and the HTTP settings. Immutable; equal
 * configurations can share one client and its connection pool. The API key never appears in {@link #toString()}.
 */
public final class SeedanceClientConfig {

    public static final String DEFAULT_VIDEOS_PATH = "/v1/videos";
    public static final String DEFAULT_ASSET_UPLOAD_PATH = "/v1/asset/upload";
    public static final String DEFAULT_ASSET_QUERY_PATH = "/v1/asset/jobs/get-asset-id";
    /** One host serves every call: a pool this size, all of it usable for that host, keeps 64 concurrent calls flowing. */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    private final Provider provider;
    private final String baseUrl;
    private final String apiKey;
    private final AuthScheme authScheme;
    private final ApiStyle apiStyle;
    private final String tasksPath;
    private final String videosPath;
    private final String assetUploadPath;
    private final String assetQueryPath;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final int maxConnections;
    private final int maxConnectionsPerRoute;
    private final String proxyHost;
    private final Integer proxyPort;
    private final boolean useSystemProperties;
    private final SSLContext sslContext;
    private final RetryPolicy retryPolicy;
    private final AccountLimits accountLimits;
    private final List<Customizer> customizers;
    private final String accountId;

    /** A customizer of the HttpClient builder, and whether it configures the download clients too. */
    private record Customizer(Consumer<HttpClientBuilder> customizer, boolean downloads) {
    }

    private SeedanceClientConfig(Builder b) {
        this.provider = b.provider;
        String base = b.baseUrl != null ? b.baseUrl.trim() : b.provider.baseUrl();
        if (base == null || base.isBlank()) {
            throw new SeedanceValidationException("baseUrl", null, "an http(s) base URL with provider "
                                                                   + b.provider.name().toLowerCase(Locale.ROOT));
        }
        checkBaseUrl(base);
        this.baseUrl = withoutTrailingSlash(base);
        if (b.apiKey == null || b.apiKey.isBlank()) {
            throw new SeedanceValidationException("apiKey", null,
                    "an API key (option apiKey or environment variable SEEDANCE_API_KEY)");
        }
        this.apiKey = b.apiKey;
        this.accountId = fingerprint(baseUrl, apiKey);
        this.authScheme = Objects.requireNonNull(b.authScheme, "authScheme");
        this.apiStyle = Objects.requireNonNull(b.apiStyle, "apiStyle");
        this.tasksPath = path("tasksPath", b.tasksPath != null ? b.tasksPath : b.provider.tasksPath());
        this.videosPath = path("videosPath", b.videosPath);
        this.assetUploadPath = path("assetUploadPath", b.assetUploadPath);
        this.assetQueryPath = path("assetQueryPath", b.assetQueryPath);
        this.connectTimeout = b.connectTimeout;
        this.responseTimeout = b.responseTimeout;
        this.maxConnections = b.maxConnections;
        // every call goes to one host: the per-route limit follows the total unless set
        this.maxConnectionsPerRoute = b.maxConnectionsPerRoute != null ? b.maxConnectionsPerRoute : b.maxConnections;
        this.proxyHost = b.proxyHost;
        this.proxyPort = b.proxyPort;
        this.useSystemProperties = b.useSystemProperties;
        this.sslContext = b.sslContext;
        this.retryPolicy = Objects.requireNonNull(b.retryPolicy, "retryPolicy");
        this.accountLimits = Objects.requireNonNull(b.accountLimits, "accountLimits");
        this.customizers = List.copyOf(b.customizers);
        if (maxConnections < 1 || maxConnectionsPerRoute < 1) {
            throw new SeedanceValidationException("maxConnections", maxConnections + "/" + maxConnectionsPerRoute,
                    "1 or more connections");
        }
    }

    /**
     * The base URL is where the API key is sent: an absolute http(s) URL with a host and nothing that would change
     * where it goes or be dropped on the way (user-info, a query, a fragment).
     */
    public static URI checkBaseUrl(String url) {
        String allowed = "an absolute http:// or https:// URL with a host and no user-info, query or fragment";
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new SeedanceValidationException("baseUrl", url, allowed);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
            || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.isOpaque()) {
            throw new SeedanceValidationException("baseUrl", redactUserInfo(url), allowed);
        }
        return uri;
    }

    /** A refused base URL is shown without its user-info, which may hold a password. */
    private static String redactUserInfo(String url) {
        return url.replaceFirst("(?i)^([a-z][a-z0-9+.-]*://)[^/@]*@", "$1***@");
    }

    /**
     * A path of the API, with one leading and no trailing slash; refused unless it is a plain URL path, which the
     * client appends to the base URL's without parsing it again on every call.
     */
    private static String path(String option, String path) {
        Objects.requireNonNull(path, option);
        String p = path.startsWith("/") ? path : "/" + path;
        p = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        // sent as is, so ASCII only; a query, a fragment or a leading "//" (an authority) makes the parsed path differ
        boolean plain = p.chars().allMatch(c -> c > ' ' && c < 0x7f);
        try {
            plain &= p.equals(new URI(p).getRawPath());
        } catch (URISyntaxException e) {
            plain = false;
        }
        if (!plain) {
            throw new SeedanceValidationException(option, path, "a URL path: letters, digits, - . _ ~ ! $ & ' ( ) * + , ; ="
                                                                + " : @ / and %-escapes, no query or fragment");
        }
        return p;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Provider provider() {
        return provider;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** For the client implementation's Authorization header only: never logged, never put in a message. */
    public String apiKey() {
        return apiKey;
    }

    /**
     * Tells accounts apart without showing the key: a fingerprint of the base URL and the key (the first 16 hex digits
     * of a SHA-256), the same for every client of one account.
     */
    public String accountId() {
        return accountId;
    }

    /** The {@link #accountId()} of the clients a base URL (as configured) and a key make. */
    public static String accountId(String baseUrl, String apiKey) {
        return fingerprint(withoutTrailingSlash(baseUrl.trim()), apiKey);
    }

    private static String withoutTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String fingerprint(String baseUrl, String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((baseUrl + '\u0000' + apiKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public AuthScheme authScheme() {
        return authScheme;
    }

    public ApiStyle apiStyle() {
        return apiStyle;
    }

    public String tasksPath() {
        return tasksPath;
    }

    public String videosPath() {
        return videosPath;
    }

    public String assetUploadPath() {
        return assetUploadPath;
    }

    public String assetQueryPath() {
        return assetQueryPath;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration responseTimeout() {
        return responseTimeout;
    }

    public int maxConnections() {
        return maxConnections;
    }

    public int maxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    public String proxyHost() {
        return proxyHost;
    }

    public Integer proxyPort() {
        return proxyPort;
    }

    public SSLContext sslContext() {
        return sslContext;
    }

    /** Whether the JVM's proxy and TLS system properties apply (as in Camel HTTP's useSystemProperties). */
    public boolean useSystemProperties() {
        return useSystemProperties;
    }

    public AccountLimits accountLimits() {
        return accountLimits;
    }

    /**
     * Applied, in order, to the builder of the API client after our own settings (Camel HTTP's HttpClientConfigurer):
     * every customizer.
     */
    public List<Consumer<HttpClientBuilder>> customizers() {
        return customizers.stream().map(Customizer::customizer).toList();
    }

    /**
     * Applied, in order, to the builders of the clients that download result files and fetch remote media: the
     * customizers added for all clients, without those added for the API client only.
     */
    public List<Consumer<HttpClientBuilder>> downloadCustomizers() {
        return customizers.stream().filter(Customizer::downloads).map(Customizer::customizer).toList();
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeedanceClientConfig c && provider == c.provider && baseUrl.equals(c.baseUrl)
                && apiKey.equals(c.apiKey) && authScheme == c.authScheme && apiStyle == c.apiStyle
                && tasksPath.equals(c.tasksPath) && videosPath.equals(c.videosPath)
                && assetUploadPath.equals(c.assetUploadPath) && assetQueryPath.equals(c.assetQueryPath)
                && connectTimeout.equals(c.connectTimeout) && responseTimeout.equals(c.responseTimeout)
                && maxConnections == c.maxConnections && maxConnectionsPerRoute == c.maxConnectionsPerRoute
                && Objects.equals(proxyHost, c.proxyHost) && Objects.equals(proxyPort, c.proxyPort)
                && useSystemProperties == c.useSystemProperties && sslContext == c.sslContext
                && retryPolicy.equals(c.retryPolicy)
                && accountLimits.requests().perSecond() == c.accountLimits.requests().perSecond()
                && accountLimits.lists().perSecond() == c.accountLimits.lists().perSecond()
                && customizers.equals(c.customizers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, baseUrl, apiKey, apiStyle, tasksPath, connectTimeout, maxConnections);
    }

    @Override
    public String toString() {
        return "SeedanceClientConfig[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey=xxxxxx, authScheme="
               + authScheme + ", apiStyle=" + apiStyle + ", tasksPath=" + tasksPath + ", connectTimeout=" + connectTimeout
               + ", responseTimeout=" + responseTimeout + ", maxConnections=" + maxConnections + "/" + maxConnectionsPerRoute
               + "]";
    }

    public static final class Builder {
        private Provider provider = Provider.POWERTOKENS;
        private String baseUrl;
        private String apiKey;
        private AuthScheme authScheme = AuthScheme.BEARER;
        private ApiStyle apiStyle = ApiStyle.OFFICIAL;
        private String tasksPath;
        private String videosPath = DEFAULT_VIDEOS_PATH;
        private String assetUploadPath = DEFAULT_ASSET_UPLOAD_PATH;
        private String assetQueryPath = DEFAULT_ASSET_QUERY_PATH;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private Integer maxConnectionsPerRoute;
        private String proxyHost;
        private Integer proxyPort;
        private boolean useSystemProperties;
        private SSLContext sslContext;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private AccountLimits accountLimits = AccountLimits.unlimited();
        private final List<Customizer> customizers = new ArrayList<>();

        private Builder() {
        }

        public Builder provider(Provider provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /** Overrides the provider's base URL (a gateway, a proxy, the emulator). */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder authScheme(AuthScheme authScheme) {
            this.authScheme = authScheme;
            return this;
        }

        public Builder apiStyle(ApiStyle apiStyle) {
            this.apiStyle = apiStyle;
            return this;
        }

        /** Overrides the provider's task API path. */
        public Builder tasksPath(String tasksPath) {
            this.tasksPath = tasksPath;
            return this;
        }

        public Builder videosPath(String videosPath) {
            this.videosPath = videosPath;
            return this;
        }

        public Builder assetUploadPath(String assetUploadPath) {
            this.assetUploadPath = assetUploadPath;
            return this;
        }

        public Builder assetQueryPath(String assetQueryPath) {
            this.assetQueryPath = assetQueryPath;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout);
            return this;
        }

        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = Objects.requireNonNull(responseTimeout);
            return this;
        }

        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** The connections to the API host; null (the default) follows {@link #maxConnections(int)}. */
        public Builder maxConnectionsPerRoute(Integer maxConnectionsPerRoute) {
            this.maxConnectionsPerRoute = maxConnectionsPerRoute;
            return this;
        }

        public Builder proxy(String host, Integer port) {
            this.proxyHost = host;
            this.proxyPort = port;
            return this;
        }

        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        public Builder useSystemProperties(boolean useSystemProperties) {
            this.useSystemProperties = useSystemProperties;
            return this;
        }

        /** The rate limits of the account, shared by every client with its key. */
        public Builder accountLimits(AccountLimits accountLimits) {
            this.accountLimits = accountLimits;
            return this;
        }

        /**
         * Adds a customizer of the HttpClient builders, applied after our own settings: to the API client and to the
         * clients that download result files and fetch remote media.
         */
        public Builder customizer(Consumer<HttpClientBuilder> customizer) {
            return customizer(customizer, true);
        }

        /**
         * Adds a customizer of the HttpClient builders, applied after our own settings: to the API client, and when
         * {@code downloads} is true also to the clients that download result files and fetch remote media.
         * Configurations that differ in it are not equal: they do not share a client.
         */
        public Builder customizer(Consumer<HttpClientBuilder> customizer, boolean downloads) {
            this.customizers.add(new Customizer(Objects.requireNonNull(customizer, "customizer"), downloads));
            return this;
        }

        public SeedanceClientConfig build() {
            return new SeedanceClientConfig(this);
        }
    }
}
