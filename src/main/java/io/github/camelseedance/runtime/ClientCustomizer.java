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
