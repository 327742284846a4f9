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
package io.github.camelseedance;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.model.Task;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Micrometer is optional: with it off the class path the component creates and reads a task as usual, records no
 * meters, and asks for no Micrometer class but the one whose absence it checks. The run happens in a class loader
 * built from the test class path without Micrometer's jars, which records what is asked of it.
 */
class SeedanceWithoutMicrometerTest {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension();

    @Test
    @SuppressWarnings("unchecked")
    void withoutMicrometerTheComponentWorksAndLoadsNoneOfIt() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new WithoutMicrometer(classPath(), asked)) {
            Thread.currentThread().setContextClassLoader(loader);
            Function<String[], String> run = (Function<String[], String>) loader.loadClass(Run.class.getName())
                    .getConstructor().newInstance();
            assertEquals("metrics enabled: false, task status: queued",
                    run.apply(new String[] { emulator.baseUrl(), emulator.apiKey() }));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertEquals(List.of("io.micrometer.core.instrument.MeterRegistry"), asked);
        assertEquals(1, emulator.emulator().journal().creates());
    }

    /** The test class path (as Surefire gives it) without Micrometer's jars. */
    private static URL[] classPath() throws MalformedURLException {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank() && !entry.replace('\\', '/').contains("/io/micrometer/")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Loads everything itself (no parent but the platform's), refusing and noting every Micrometer class asked for. */
    private static final class WithoutMicrometer extends URLClassLoader {
        private final List<String> asked;

        WithoutMicrometer(URL[] urls, List<String> asked) {
            super(urls, ClassLoader.getPlatformClassLoader());
            this.asked = asked;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.micrometer.")) {
                asked.add(name);
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith("io/micrometer/") ? null : super.getResource(name);
        }
    }

    /** Runs in the loader without Micrometer: a create and a get through a Camel context of its own. */
    public static final class Run implements Function<String[], String> {
        @Override
        public String apply(String[] emulator) {
            SeedanceComponent component = new SeedanceComponent();
            component.getConfiguration().setBaseUrl(emulator[0]);
            component.getConfiguration().setApiKey(emulator[1]);
            component.getConfiguration().setModel("dreamina-seedance-2-0-260128");
            try (CamelContext context = new DefaultCamelContext()) {
                context.addComponent("seedance", component);
                context.start();
                ProducerTemplate template = context.createProducerTemplate();
                String id = template.requestBody("seedance:create", "A lark", String.class);
                String status = template.requestBodyAndHeader("seedance:get", null, SeedanceConstants.TASK_ID, id,
                        Task.class).status().value();
                return "metrics enabled: " + component.getRuntime().metrics().isEnabled() + ", task status: " + status;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
