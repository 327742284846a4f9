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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The file → generate → S3 flow as a Spring Boot application, configured only by {@code application.properties}
 * ({@code camel.component.seedance.*}, bound by camel-seedance's auto-configuration, and {@code examples.*}).
 */
@SpringBootApplication
public class SeedanceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SeedanceApplication.class, args);
    }
}
