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

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands the ids of tasks created (or registered with the {@code watch} operation) by this CamelContext to its
 * {@code seedance:tasks} consumers. Each consumer endpoint has a mailbox from its creation to its shutdown, so ids
 * created while its route is stopped wait for it; with no consumer endpoint nothing is kept.
 */
public final class TaskRegistry {

    /** The ids waiting for one consumer. */
    public static final class Mailbox {
        private final boolean acceptsCreated;
        private final Set<String> ids = ConcurrentHashMap.newKeySet();

        private Mailbox(boolean acceptsCreated) {
            this.acceptsCreated = acceptsCreated;
        }

        /** Takes the ids delivered so far. */
        public List<String> drain() {
            List<String> drained = List.copyOf(ids);
            ids.removeAll(drained);
            return drained;
        }
    }

    private final List<Mailbox> mailboxes = new CopyOnWriteArrayList<>();

    /** @param acceptsCreated whether tasks created by producers are delivered (scope context), or only watched ids */
    public Mailbox open(boolean acceptsCreated) {
        Mailbox mailbox = new Mailbox(acceptsCreated);
        mailboxes.add(mailbox);
        return mailbox;
    }

    public void close(Mailbox mailbox) {
        mailboxes.remove(mailbox);
    }

    /** A task a producer of this context created. */
    public void created(String taskId) {
        for (Mailbox mailbox : mailboxes) {
            if (mailbox.acceptsCreated) {
                mailbox.ids.add(taskId);
            }
        }
    }

    /** Ids a route asked to watch. */
    public void watch(Collection<String> taskIds) {
        for (Mailbox mailbox : mailboxes) {
            mailbox.ids.addAll(taskIds);
        }
    }
}
