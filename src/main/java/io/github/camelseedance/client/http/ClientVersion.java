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
