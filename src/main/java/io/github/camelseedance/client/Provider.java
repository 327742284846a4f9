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

/**
 * Where the API is served, and the path of its task API. All providers take the same bodies; only PowerTokens
 * serves the OpenAI-style interface and the Asset Library, and requires every medium to be an asset.
 */
public enum Provider {
    POWERTOKENS("https://api.powertokens.ai", "/byteplus/api/v3/contents/generations/tasks", true),
    BYTEPLUS("https://ark.ap-southeast.bytepluses.com", "/api/v3/contents/generations/tasks", false),
    VOLCENGINE("https://ark.cn-beijing.volces.com", "/api/v3/contents/generations/tasks", false),
    /** Any other host with the official paths; set the base URL. */
    CUSTOM(null, "/api/v3/contents/generations/tasks", false);

    private final String baseUrl;
    private final String tasksPath;
    private final boolean assetsOnly;

    Provider(String baseUrl, String tasksPath, boolean assetsOnly) {
        this.baseUrl = baseUrl;
        this.tasksPath = tasksPath;
        this.assetsOnly = assetsOnly;
    }

    /** The provider's base URL, or null for {@link #CUSTOM}. */
    public String baseUrl() {
        return baseUrl;
    }

    public String tasksPath() {
        return tasksPath;
    }

    /** Whether the provider refuses media that are not {@code asset://} URLs. */
    public boolean assetsOnly() {
        return assetsOnly;
    }
}
