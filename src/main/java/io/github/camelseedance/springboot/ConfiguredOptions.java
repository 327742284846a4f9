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
package io.github.camelseedance.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Component;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.Environment;

/**
 * The component options an application set under {@code camel.component.seedance}, as Spring Boot bound them, and
 * their copy onto the component through its generated configurer. Only what the application set is copied: a
 * property's documented default is the component's own, and copying it would undo what a {@code configuration} bean
 * or the application's own code set, and would send {@code false} for a flag that, unset, is not sent at all.
 */
final class ConfiguredOptions {

    /** Camel Spring Boot's switches of the auto-configuration itself, not options of the component. */
    private static final Set<String> SWITCHES = Set.of("enabled", "customizer");
    /** Bound first: the other options then change the configuration bean it names. */
    private static final String CONFIGURATION = "configuration";

    private final Environment environment;
    private final SeedanceComponentProperties properties;

    ConfiguredOptions(Environment environment, SeedanceComponentProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    /** The options the application set, by option name, {@code configuration} first. */
    Map<String, Object> set(Component target) {
        Map<String, Object> bound = new LinkedHashMap<>();
        PluginHelper.getBeanIntrospection(target.getCamelContext()).getProperties(properties, bound, null, false);
        Map<String, Object> options = new LinkedHashMap<>();
        if (bound.containsKey(CONFIGURATION) && isSet(CONFIGURATION)) {
            options.put(CONFIGURATION, bound.get(CONFIGURATION));
        }
        bound.forEach((name, value) -> {
            if (!SWITCHES.contains(name) && !CONFIGURATION.equals(name) && isSet(name)) {
                options.put(name, value);
            }
        });
        return options;
    }

    void copyTo(Component target) {
        for (Map.Entry<String, Object> option : set(target).entrySet()) {
            String name = option.getKey();
            try {
                PropertyBindingSupport.build().withCamelContext(target.getCamelContext()).withTarget(target)
                        .withConfigurer(target.getComponentPropertyConfigurer()).withMandatory(true)
                        .withIgnoreCase(true).withProperty(name, option.getValue()).bind();
            } catch (PropertyBindingException e) {
                // Camel's message holds the value: never a secret's
                String key = SeedanceComponentProperties.PREFIX + "." + StringHelper.camelCaseToDash(name);
                throw SeedanceComponentProperties.SECRETS.contains(name)
                        ? new IllegalArgumentException("Cannot set " + key + " on the seedance component")
                        : new IllegalArgumentException("Cannot set " + key + " on the seedance component: "
                                                       + e.getMessage(), e);
            }
        }
    }

    /** Whether a property source of the application holds the option, in any of Spring Boot's relaxed forms. */
    private boolean isSet(String option) {
        ConfigurationPropertyName key = ConfigurationPropertyName.of(SeedanceComponentProperties.PREFIX + "."
                                                                     + StringHelper.camelCaseToDash(option));
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source.getConfigurationProperty(key) != null) {
                return true;
            }
        }
        return false;
    }
}
