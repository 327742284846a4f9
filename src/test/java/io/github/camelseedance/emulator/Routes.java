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
package io.github.camelseedance.emulator;

/** The paths the emulator serves, in one place so the router, journal helpers and tests agree. */
public final class Routes {

    /** Official-compatible tasks path as BytePlus ModelArk and Volcengine Ark serve it (https and data: URLs allowed). */
    public static final String TASKS = "/api/v3/contents/generations/tasks";
    /** The same API under the PowerTokens prefix (media must be Asset Library assets). */
    public static final String PT_TASKS = "/byteplus" + TASKS;
    /** OpenAI-style create / get (PowerTokens). */
    public static final String VIDEOS = "/v1/videos";
    public static final String ASSET_UPLOAD = "/v1/asset/upload";
    public static final String ASSET_ID = "/v1/asset/jobs/get-asset-id";
    /** Result files (video and last frame), standing in for the provider's signed object-store URLs. */
    public static final String FILES = "/files/";

    private Routes() {
    }

    public static boolean isCreatePath(String path) {
        return TASKS.equals(path) || PT_TASKS.equals(path) || VIDEOS.equals(path);
    }
}
