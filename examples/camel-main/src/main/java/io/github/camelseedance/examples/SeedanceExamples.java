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
package io.github.camelseedance.examples;

import org.apache.camel.main.Main;

/**
 * The examples as one Camel Main application, configured by {@code application.properties}: images dropped in
 * {@code inbox/images} become image-to-video generations, {@code <name>-first.png} and {@code <name>-last.png} in
 * {@code inbox/frames} become first-last-frame generations, every video lands in S3, and each task's status changes
 * are logged. With {@code SEEDANCE_API_KEY} and the AWS settings in the environment it runs against the real
 * provider and a real bucket (see docs/user-guide.md); the offline demo runs the same application against the
 * emulator and S3Proxy.
 */
public final class SeedanceExamples {

    private SeedanceExamples() {
    }

    public static void main(String... args) throws Exception {
        Main main = new Main();
        addRoutes(main);
        main.run(args);
    }

    /** The application's routes (each example's test runs its own). */
    public static void addRoutes(Main main) {
        main.configure().addRoutesBuilder(new ImageToVideoRoute());
        main.configure().addRoutesBuilder(new FirstLastFrameRoute());
        main.configure().addRoutesBuilder(new StoreVideoRoute());
        main.configure().addRoutesBuilder(new TaskProgressRoute());
    }
}
