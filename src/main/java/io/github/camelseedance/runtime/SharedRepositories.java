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

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.camel.support.service.ServiceHelper;

/**
 * The repositories (idempotent, state and task repositories) the component started for its consumers and endpoints. A
 * repository bean is a service Camel does not start for us; the first user that finds it not started starts it, and
 * the last user that stops stops it, so a bean shared by several endpoints stays up while one of them runs. One
 * already started by someone else (the application, or the CamelContext it was added to) is not ours to stop.
 */
public final class SharedRepositories {

    /** The users of each repository we started, by identity: a repository's equals is not ours to trust. */
    private final Map<Object, Integer> users = new IdentityHashMap<>();

    /**
     * Starts {@code repository} unless it is already started by someone else.
     *
     * @return whether the caller is now one of its users and must {@link #release} it when it stops
     */
    public synchronized boolean acquire(Object repository) {
        if (repository == null) {
            return false;
        }
        Integer count = users.get(repository);
        if (count == null) {
            if (ServiceHelper.isStarted(repository)) {
                return false; // started by its owner
            }
            ServiceHelper.startService(repository);
            count = 0;
        }
        users.put(repository, count + 1);
        return true;
    }

    /** One user less; the last one stops the repository. */
    public synchronized void release(Object repository) {
        Integer count = users.get(repository);
        if (count == null) {
            return;
        }
        if (count > 1) {
            users.put(repository, count - 1);
            return;
        }
        users.remove(repository);
        ServiceHelper.stopService(repository);
    }
}
