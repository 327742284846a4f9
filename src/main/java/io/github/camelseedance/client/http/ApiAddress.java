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

import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * The addresses of an API host: its base URL parsed once, each request's path (one the configuration checked, an id
 * {@code Ids} checked) appended to the base URL's own path without parsing a whole URL again on every call.
 */
final class ApiAddress {

    private final URI base;
    /** The base URL's raw path, without a trailing slash ("" for none). */
    private final String basePath;

    ApiAddress(String baseUrl) {
        this.base = URI.create(baseUrl);
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The whole address, parsed: for a request that adds a query to it. */
    URI uri(String path) {
        return URI.create(base + path);
    }

    HttpGet get(String path) {
        return at(new HttpGet(base), path);
    }

    HttpPost post(String path) {
        return at(new HttpPost(base), path);
    }

    HttpDelete delete(String path) {
        return at(new HttpDelete(base), path);
    }

    private <R extends HttpUriRequestBase> R at(R request, String path) {
        request.setPath(basePath + path);
        return request;
    }
}
