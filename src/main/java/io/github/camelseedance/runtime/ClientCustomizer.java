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

import java.util.function.Consumer;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * A Camel HTTP {@link HttpClientConfigurer} as the client's builder customizer. Equal when the configurers are, so
 * that endpoints with the same configurer share one connection pool.
 */
record ClientCustomizer(HttpClientConfigurer configurer) implements Consumer<HttpClientBuilder> {

    @Override
    public void accept(HttpClientBuilder builder) {
        configurer.configureHttpClient(builder);
    }
}
