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

import io.github.camelseedance.SeedanceComponent;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Spring Boot's auto-configuration of the {@code seedance} component: the {@code camel.component.seedance.*}
 * properties ({@link SeedanceComponentProperties}) are copied onto the component when Camel creates it, as Camel's
 * starters do for theirs. Listed in {@code META-INF/spring/...AutoConfiguration.imports}; without Spring Boot nothing
 * reads that file, and without camel-spring-boot this class does nothing (both are optional dependencies).
 */
@AutoConfiguration(afterName = SeedanceComponentAutoConfiguration.CAMEL_AUTO_CONFIGURATION)
@ConditionalOnClass(name = SeedanceComponentAutoConfiguration.CAMEL_AUTO_CONFIGURATION)
public class SeedanceComponentAutoConfiguration {

    /** Named, not referenced: the class may be absent, and this one is read before its conditions are known. */
    static final String CAMEL_AUTO_CONFIGURATION = "org.apache.camel.spring.boot.CamelAutoConfiguration";

    /**
     * Camel Spring Boot's own conditions, nested so that their classes are loaded only when camel-spring-boot is
     * there: a CamelContext, and neither {@code camel.component.enabled} nor {@code camel.component.seedance.enabled}
     * false.
     */
    @Configuration(proxyBeanMethods = false)
    @Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
    @ConditionalOnHierarchicalProperties({ "camel.component", SeedanceComponentProperties.PREFIX })
    @EnableConfigurationProperties(SeedanceComponentProperties.class)
    static class ComponentOptions {

        @Lazy
        @Bean
        ComponentCustomizer configureSeedanceComponent(Environment environment, SeedanceComponentProperties properties) {
            return new ComponentCustomizer() {
                @Override
                public boolean isEnabled(String name, Component target) {
                    return target instanceof SeedanceComponent && HierarchicalPropertiesEvaluator.evaluate(environment,
                            "camel.component.customizer", SeedanceComponentProperties.PREFIX + ".customizer");
                }

                @Override
                public void configure(String name, Component target) {
                    new ConfiguredOptions(environment, properties).copyTo(target);
                }
            };
        }
    }
}
