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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * All tasks, per API key (an account sees only its own). Reads evaluate transitions lazily; {@link #tick()}
 * evaluates every unfinished task eagerly so callbacks fire when the clock is advanced.
 */
final class TaskStore {

    private final Map<String, EmuTask> tasks = new ConcurrentHashMap<>();
    /** Per key, the ids that were queued when last looked at: keeps the quota check cheap with thousands of tasks. */
    private final Map<String, Set<String>> queuedByKey = new ConcurrentHashMap<>();
    private final Set<String> unfinished = ConcurrentHashMap.newKeySet();
    private final AtomicLong seq = new AtomicLong();
    private final EmulatorClock clock;
    private final EmuTask.Results results;
    private final BiConsumer<EmuTask, List<ObjectNode>> onChange;
    private final IntSupplier maxQueuedPerKey;

    TaskStore(EmulatorClock clock, EmuTask.Results results, BiConsumer<EmuTask, List<ObjectNode>> onChange,
              IntSupplier maxQueuedPerKey) {
        this.clock = clock;
        this.results = results;
        this.onChange = onChange;
        this.maxQueuedPerKey = maxQueuedPerKey;
    }

    EmuTask create(String key, TaskSpec spec, TaskPlan plan) {
        Set<String> queued = queuedByKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
        EmuTask t;
        synchronized (queued) { // quota check and insert are atomic per key
            Instant now = clock.now();
            queued.removeIf(id -> {
                EmuTask q = tasks.get(id);
                if (q == null) {
                    return true;
                }
                evaluate(q, now, false);
                return !"queued".equals(q.status());
            });
            int max = maxQueuedPerKey.getAsInt();
            if (queued.size() >= max) {
                throw new ApiException(429, "QuotaExceeded", "You have too many queued tasks (limit " + max
                        + "). Wait for some to finish before creating more.", null);
            }
            t = new EmuTask(Ids.task(), key, seq.incrementAndGet(), spec, plan, now);
            tasks.put(t.id, t);
            queued.add(t.id);
            unfinished.add(t.id);
        }
        synchronized (t) {
            if (spec.callbackUrl != null) {
                onChange.accept(t, List.of(t.toJson()));
            }
            // a zero queue time makes the task running at once
            evaluate(t, clock.now(), false);
        }
        return t;
    }

    /** The caller's task, evaluated; 404 if unknown, another key's, or past the retention window. */
    EmuTask get(String key, String id, boolean poll) {
        EmuTask t = tasks.get(id);
        Instant now = clock.now();
        if (t == null || !t.ownerKey.equals(key) || !t.visible(now)) {
            throw ApiException.notFound("The specified task `" + id + "` is not found.");
        }
        evaluate(t, now, poll);
        return t;
    }

    ObjectNode list(String key, Map<String, List<String>> q) {
        int pageNum = intParam(q, "page_num", 1, 1, Integer.MAX_VALUE);
        int pageSize = intParam(q, "page_size", 10, 1, 500);
        String status = HttpIo.first(q, "filter.status");
        String model = HttpIo.first(q, "filter.model");
        String tier = HttpIo.first(q, "filter.service_tier");
        if (status != null && !status.isEmpty() && !Set.of("queued", "running", "succeeded", "failed", "cancelled", "expired")
                .contains(status)) {
            throw ApiException.invalid("filter.status",
                    "The parameter `filter.status` specified in the request is not valid: " + status + ".");
        }
        Set<String> ids = q.getOrDefault("filter.task_ids", List.of()).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
        Instant now = clock.now();
        List<EmuTask> matching = (ids.isEmpty() ? tasks.values().stream() : ids.stream().map(tasks::get)
                .filter(java.util.Objects::nonNull))
                .filter(t -> t.ownerKey.equals(key) && t.visible(now))
                .peek(t -> evaluate(t, now, false))
                .filter(t -> status == null || status.isEmpty() || status.equals(t.status()))
                .filter(t -> model == null || model.isEmpty() || model.equals(t.spec.model))
                .filter(t -> tier == null || tier.isEmpty() || tier.equals(t.serviceTier))
                .sorted(Comparator.comparing((EmuTask t) -> t.created).thenComparingLong(t -> t.seq).reversed())
                .collect(Collectors.toList());
        ObjectNode out = HttpIo.JSON.createObjectNode();
        out.put("total", matching.size());
        ArrayNode items = out.putArray("items");
        long from = (long) (pageNum - 1) * pageSize;
        matching.stream().skip(from).limit(pageSize).forEach(t -> items.add(t.toJson()));
        return out;
    }

    /** DELETE: queued → cancelled, running → error, finished → record removed. */
    void delete(String key, String id) {
        EmuTask t = get(key, id, false);
        List<ObjectNode> changes;
        synchronized (t) {
            switch (t.status()) {
                case "queued":
                    changes = t.cancel(clock.now());
                    unfinished.remove(t.id);
                    break;
                case "running":
                    throw new ApiException(400, "InvalidParameter",
                            "The task `" + id + "` is running and cannot be cancelled; only queued tasks can be cancelled.",
                                    "id");
                default:
                    tasks.remove(t.id);
                    return;
            }
            onChange.accept(t, changes);
        }
    }

    /** Evaluates every unfinished task (clock advanced, or the real-time ticker). */
    void tick() {
        Instant now = clock.now();
        for (String id : unfinished) {
            EmuTask t = tasks.get(id);
            if (t == null) {
                unfinished.remove(id);
            } else {
                evaluate(t, now, false);
            }
        }
    }

    private void evaluate(EmuTask t, Instant now, boolean poll) {
        synchronized (t) { // hand changes over under the task lock so callbacks keep the transition order
            List<ObjectNode> changes = t.evaluate(now, poll, results);
            if (t.isTerminal()) {
                unfinished.remove(t.id);
            }
            if (!changes.isEmpty()) {
                onChange.accept(t, changes);
            }
        }
    }

    EmuTask find(String id) {
        return tasks.get(id);
    }

    int size() {
        return tasks.size();
    }

    private static int intParam(Map<String, List<String>> q, String name, int dflt, int min, int max) {
        String v = HttpIo.first(q, name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "The parameter `" + name + "` must be an integer between " + min + " and " + max
                    + ".");
        }
    }
}
