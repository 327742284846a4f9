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
package io.github.camelseedance.runtime;

import io.github.camelseedance.SeedanceComponent;

/** What tests read of a component's runtime, through the package rather than public members of main code. */
public final class RuntimeProbe {

    private RuntimeProbe() {
    }

    public static int sharedClientCount(SeedanceComponent component) {
        return component.getRuntime().sharedClientCount();
    }

    public static int inflightExchanges(SeedanceComponent component) {
        return component.getRuntime().inflightExchanges();
    }

    public static int workerBacklog(SeedanceComponent component) {
        return component.getRuntime().workerHandoff().backlog();
    }
}
