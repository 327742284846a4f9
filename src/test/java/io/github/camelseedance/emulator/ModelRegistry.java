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

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which {@code model} values the emulated account has "opened". The four Seedance 2.0 ids are known with their
 * capabilities; anything registered later (an {@code ep-...} endpoint, a newer id) is accepted with the
 * capability-dependent checks skipped, as the reference notes ask of a client in lenient mode.
 */
public final class ModelRegistry {

    public static final Set<String> DEFAULT_MODELS = Set.of(
            "dreamina-seedance-2-0-260128", "dreamina-seedance-2-0-fast-260128",
            "doubao-seedance-2-0-260128", "doubao-seedance-2-0-fast-260128");

    /** A usable model; {@code known} = its capabilities are checked (max resolution, 2.0-only fields). */
    record Model(String id, boolean known, boolean fast) {
    }

    private final Map<String, Model> models = new ConcurrentHashMap<>();

    ModelRegistry() {
        DEFAULT_MODELS.forEach(id -> models.put(id, new Model(id, true, id.contains("-fast-"))));
    }

    /** Opens another model id for the account (e.g. {@code ep-20250101-abcde}); its capabilities are not checked. */
    public ModelRegistry register(String id) {
        models.putIfAbsent(id, new Model(id, false, false));
        return this;
    }

    /** Closes a model, so creates with it answer 404 ModelNotOpen. */
    public ModelRegistry unregister(String id) {
        models.remove(id);
        return this;
    }

    Model get(String id) {
        return models.get(id);
    }
}
