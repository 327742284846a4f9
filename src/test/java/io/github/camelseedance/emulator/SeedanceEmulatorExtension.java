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

import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension owning one {@link SeedanceEmulator}. Registered on a {@code static} field it lives for the test
 * class (scenario and journal are reset before each test); on an instance field it lives for one test. Test methods
 * and constructors may declare a {@link SeedanceEmulator} parameter.
 *
 * <pre>
 * &#64;RegisterExtension
 * static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -&gt; b.queueTime(Duration.ZERO));
 * </pre>
 */
public final class SeedanceEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Consumer<SeedanceEmulator.Builder> config;
    private SeedanceEmulator emulator;
    private boolean perClass;

    public SeedanceEmulatorExtension() {
        this(b -> { });
    }

    /** {@code config} customises the builder each time an emulator is created. */
    public SeedanceEmulatorExtension(Consumer<SeedanceEmulator.Builder> config) {
        this.config = config;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true; // only static registrations get beforeAll
        emulator = create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (perClass) {
            emulator.reset();
        } else {
            emulator = create();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    private SeedanceEmulator create() {
        SeedanceEmulator.Builder b = SeedanceEmulator.builder();
        config.accept(b);
        return b.build().start();
    }

    private void stop() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }

    public SeedanceEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator runs only while a test runs");
        }
        return emulator;
    }

    public String baseUrl() {
        return emulator().baseUrl();
    }

    public String apiKey() {
        return emulator().apiKey();
    }

    public EmulatorClock clock() {
        return emulator().clock();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == SeedanceEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return emulator();
    }
}
