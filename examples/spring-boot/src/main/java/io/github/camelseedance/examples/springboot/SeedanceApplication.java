package io.github.camelseedance.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The file → generate → S3 flow as a Spring Boot application, configured only by {@code application.properties}
 * ({@code camel.component.seedance.*}, {@code camel.component.aws2-s3.*}, {@code examples.*}).
 */
@SpringBootApplication
public class SeedanceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SeedanceApplication.class, args);
    }
}
