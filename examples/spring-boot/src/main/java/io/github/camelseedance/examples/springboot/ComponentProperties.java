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
package io.github.camelseedance.examples.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Binds {@code camel.component.NAME.*} from {@code application.properties} to components that have no Spring Boot
 * starter: camel-seedance, and camel-aws2-s3 (its 4.18.0 starter is not on Maven Central). Camel Spring Boot binds
 * these properties only through a component's starter; this is what a starter's generated auto-configuration does,
 * in general form: a {@link ComponentCustomizer} that sets the options with Camel's own property binding (unknown
 * options fail the start, as in Camel Main). Copy it as it is; list the components in {@link #COMPONENTS}.
 */
@Configuration(proxyBeanMethods = false)
public class ComponentProperties {

    /** The components configured from {@code camel.component.NAME.*} by this class. */
    static final Set<String> COMPONENTS = Set.of("seedance", "aws2-s3");

    @Bean
    ComponentCustomizer componentOptionsFromProperties(Environment environment) {
        return new ComponentCustomizer() {
            @Override
            public boolean isEnabled(String name, Component target) {
                return COMPONENTS.contains(name);
            }

            @Override
            public void configure(String name, Component target) {
                Map<String, Object> options = new LinkedHashMap<>();
                Binder.get(environment).bind("camel.component." + name, Bindable.mapOf(String.class, Object.class))
                        .ifBound(values -> values.forEach((k, v) -> options.put(StringHelper.dashToCamelCase(k), v)));
                if (!options.isEmpty()) {
                    PropertyBindingSupport.build().withCamelContext(target.getCamelContext()).withTarget(target)
                            .withProperties(options).withMandatory(true).withRemoveParameters(false).bind();
                }
            }
        };
    }
}
