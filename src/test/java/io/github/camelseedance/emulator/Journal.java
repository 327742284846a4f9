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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every request the emulator received, in arrival order, so tests can assert what a client did ("at most one
 * create", "never listed", "sent Bearer auth") without a proxy. Authorization values are never stored.
 */
public final class Journal {

    /**
     * One request. {@code status} is the answered HTTP status, or 0 when the connection was dropped on purpose;
     * {@code authScheme} is "Bearer", "raw" or "none"; {@code body} is kept for JSON requests up to 64 KiB;
     * {@code client} is the client's {@code address:port}, the same for requests on one kept-alive connection.
     */
    public record Entry(String requestId, String method, String path, String query,
                        Map<String, List<String>> headers, String authScheme, String body,
                        int status, Instant emulatorTime, Instant receivedAt, String client) {

        public boolean is(String method, String path) {
            return this.method.equalsIgnoreCase(method) && this.path.equals(path);
        }
    }

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    /** False for an emulator under a long load whose requests nobody asks about: a kept entry is some 1 KB. */
    private final boolean keeping;

    Journal(boolean keeping) {
        this.keeping = keeping;
    }

    void add(Entry e) {
        if (keeping) {
            entries.add(e);
        }
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<Entry> entries(Predicate<Entry> filter) {
        return entries.stream().filter(filter).collect(Collectors.toList());
    }

    /** Requests with exactly this method and path (no query). */
    public long count(String method, String path) {
        return entries.stream().filter(e -> e.is(method, path)).count();
    }

    /** Requests with this method whose path starts with {@code pathPrefix}. */
    public long countPrefix(String method, String pathPrefix) {
        return entries.stream().filter(e -> e.method().equalsIgnoreCase(method) && e.path().startsWith(pathPrefix)).count();
    }

    public long count(Predicate<Entry> filter) {
        return entries.stream().filter(filter).count();
    }

    /** Creates on any of the three create paths (both official prefixes and {@code /v1/videos}). */
    public long creates() {
        return count(e -> "POST".equals(e.method()) && Routes.isCreatePath(e.path()));
    }

    public int size() {
        return entries.size();
    }

    public void clear() {
        entries.clear();
    }
}
