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

import java.util.Set;

import javax.net.ssl.SSLContext;

import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.client.AccountLimits;
import io.github.camelseedance.client.DownloadPolicy;
import io.github.camelseedance.client.RetryPolicy;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.model.Ids;
import io.github.camelseedance.model.TaskQuery;
import io.github.camelseedance.model.TaskStatus;

/**
 * What an endpoint's options mean to the Camel-free client: its settings, the API key (with the environment
 * variable fallback), the list query and the download policy. The configuration stays a plain bean of options.
 */
public final class ClientSettings {

    /** The environment variable read when no API key is configured. */
    public static final String API_KEY_ENV = "SEEDANCE_API_KEY";

    private ClientSettings() {
    }

    /** The API key from the option, else from the SEEDANCE_API_KEY environment variable, else null. */
    public static String apiKey(SeedanceConfiguration config) {
        String apiKey = config.getApiKey();
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey;
        }
        String fromEnv = System.getenv(API_KEY_ENV);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
    }

    /**
     * The client settings the options describe; the API key, TLS context and the account's shared rate limits are
     * resolved by the caller.
     */
    public static SeedanceClientConfig clientConfig(SeedanceConfiguration config, String apiKey, SSLContext sslContext,
            AccountLimits limits) {
        SeedanceClientConfig.Builder b = SeedanceClientConfig.builder()
                .provider(config.getProvider())
                .baseUrl(config.getBaseUrl())
                .apiKey(apiKey)
                .authScheme(config.getAuthScheme())
                .apiStyle(config.getApiStyle())
                .tasksPath(config.getTasksPath())
                .videosPath(config.getVideosPath())
                .assetUploadPath(config.getAssetUploadPath())
                .assetQueryPath(config.getAssetQueryPath())
                .connectTimeout(config.getConnectTimeout())
                .responseTimeout(config.getResponseTimeout())
                .maxConnections(config.getMaxConnections())
                .maxConnectionsPerRoute(config.getMaxConnectionsPerRoute())
                .proxy(config.getProxyHost(), config.getProxyPort())
                .useSystemProperties(config.isUseSystemProperties())
                .sslContext(sslContext)
                .accountLimits(limits)
                .retryPolicy(new RetryPolicy(config.getMaxRetries(), config.getRetryBackoff(), config.getRetryMaxBackoff()));
        if (config.getProxyHost() != null && config.getProxyUsername() != null) {
            // downloads and media fetches go through the proxy too: its credentials configure every client
            b.customizer(new ClientCustomizer(new ProxyAuthentication(config.getProxyHost(),
                    config.getProxyPort() == null ? 8080 : config.getProxyPort(), config.getProxyUsername(),
                    config.getProxyPassword())));
        }
        if (config.getHttpClientConfigurer() != null) {
            b.customizer(new ClientCustomizer(config.getHttpClientConfigurer()), config.isConfigureDownloads());
        }
        return b.build();
    }

    /** Where result files may be downloaded from, as the options say. */
    public static DownloadPolicy downloadPolicy(SeedanceConfiguration config) {
        return new DownloadPolicy(config.isAllowHttpDownloads(), config.isAllowPrivateDownloadHosts(),
                Set.copyOf(Ids.split(config.getDownloadHosts())), 3);
    }

    /** The list query the options describe. */
    public static TaskQuery taskQuery(SeedanceConfiguration config) {
        return TaskQuery.builder().pageNum(config.getPageNum()).pageSize(config.getPageSize())
                .status(TaskStatus.of(config.getStatusFilter())).model(config.getModelFilter())
                .serviceTier(config.getServiceTierFilter()).taskIds(Ids.split(config.getTaskIds())).build();
    }
}
