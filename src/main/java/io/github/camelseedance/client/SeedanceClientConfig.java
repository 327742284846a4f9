package io.github.camelseedance.client;

import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * Everything a {@link HttpSeedanceClient} needs: where, who, which dialect, and the HTTP settings. Immutable; equal
 * configurations can share one client and its connection pool. The API key never appears in {@link #toString()}.
 */
public final class SeedanceClientConfig {

    public static final String DEFAULT_VIDEOS_PATH = "/v1/videos";
    public static final String DEFAULT_ASSET_UPLOAD_PATH = "/v1/asset/upload";
    public static final String DEFAULT_ASSET_QUERY_PATH = "/v1/asset/jobs/get-asset-id";

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
    private final SSLContext sslContext;
    private final RetryPolicy retryPolicy;

    private SeedanceClientConfig(Builder b) {
        this.provider = b.provider;
        String base = b.baseUrl != null ? b.baseUrl : b.provider.baseUrl();
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("baseUrl is required with provider " + b.provider);
        }
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (b.apiKey == null || b.apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is required (option apiKey or environment variable SEEDANCE_API_KEY)");
        }
        this.apiKey = b.apiKey;
        this.authScheme = Objects.requireNonNull(b.authScheme, "authScheme");
        this.apiStyle = Objects.requireNonNull(b.apiStyle, "apiStyle");
        this.tasksPath = path(b.tasksPath != null ? b.tasksPath : b.provider.tasksPath());
        this.videosPath = path(b.videosPath);
        this.assetUploadPath = path(b.assetUploadPath);
        this.assetQueryPath = path(b.assetQueryPath);
        this.connectTimeout = b.connectTimeout;
        this.responseTimeout = b.responseTimeout;
        this.maxConnections = b.maxConnections;
        this.maxConnectionsPerRoute = b.maxConnectionsPerRoute;
        this.proxyHost = b.proxyHost;
        this.proxyPort = b.proxyPort;
        this.sslContext = b.sslContext;
        this.retryPolicy = Objects.requireNonNull(b.retryPolicy, "retryPolicy");
    }

    private static String path(String path) {
        Objects.requireNonNull(path, "path");
        String p = path.startsWith("/") ? path : "/" + path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
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

    String apiKey() {
        return apiKey;
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
                && sslContext == c.sslContext && retryPolicy.equals(c.retryPolicy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, baseUrl, apiKey, apiStyle, tasksPath, connectTimeout, maxConnections);
    }

    @Override
    public String toString() {
        return "SeedanceClientConfig[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey=xxxxxx, authScheme="
               + authScheme + ", apiStyle=" + apiStyle + ", tasksPath=" + tasksPath + ", connectTimeout=" + connectTimeout
               + ", responseTimeout=" + responseTimeout + ", maxConnections=" + maxConnections + "]";
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
        private int maxConnections = 50;
        private int maxConnectionsPerRoute = 20;
        private String proxyHost;
        private Integer proxyPort;
        private SSLContext sslContext;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

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

        public Builder maxConnectionsPerRoute(int maxConnectionsPerRoute) {
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

        public SeedanceClientConfig build() {
            return new SeedanceClientConfig(this);
        }
    }
}
