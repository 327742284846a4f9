package io.github.camelseedance.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, for the User-Agent; filtered into a resource by the build. */
final class ClientVersion {

    static final String VALUE = load();

    private ClientVersion() {
    }

    private static String load() {
        Properties props = new Properties();
        try (InputStream in = ClientVersion.class.getResourceAsStream("/camel-seedance-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // fall through to the default
        }
        return props.getProperty("version", "dev");
    }
}
