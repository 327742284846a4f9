package io.github.camelseedance;

import java.util.Objects;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.component.http.HttpCredentialsHelper;
import org.apache.camel.component.http.ProxyHttpClientConfigurer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * An authenticating HTTP proxy, set up the way Camel HTTP does it: its ProxyHttpClientConfigurer for the route, and
 * the credentials scoped to the proxy alone. Equal settings are equal, so that endpoints share one connection pool;
 * the password never appears in {@link #toString()}.
 */
final class ProxyAuthentication implements HttpClientConfigurer {

    private final String host;
    private final int port;
    private final String username;
    private final String password;

    ProxyAuthentication(String host, int port, String username, String password) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password == null ? "" : password;
    }

    @Override
    public void configureHttpClient(HttpClientBuilder builder) {
        new ProxyHttpClientConfigurer(host, port, "http").configureHttpClient(builder);
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(host, port),
                HttpCredentialsHelper.getCredentials("Basic", username, password, host, null, null));
        builder.setDefaultCredentialsProvider(credentials);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyAuthentication p && p.host.equals(host) && p.port == port && p.username.equals(username)
                && p.password.equals(password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, username);
    }

    @Override
    public String toString() {
        return "ProxyAuthentication[" + username + "@" + host + ":" + port + ", password=xxxxxx]";
    }
}
