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
package io.github.camelseedance.watch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.NotFoundException;
import io.github.camelseedance.client.SeedanceClient;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskQuery;

/**
 * Reads many tasks with few requests. On the official dialect the ids go to the list endpoint, {@code pageSize} at a
 * time as repeated {@code filter.task_ids}, so the cost grows with pages, not tasks; an id the list does not return
 * (an old or deleted task) is read once by id. The OpenAI-style interface has no list: there each task is read by id,
 * at most {@code maxConcurrentGets} at a time. Pacing (the account's rate and the list endpoint's tighter one) and
 * retries are the client's.
 */
public final class TaskLookup {

    /** What a lookup found: the tasks by id, the ids the server does not know, and how many requests it took. */
    public record Result(Map<String, Task> tasks, Set<String> unknown, int requests) {
    }

    private final SeedanceClient client;
    private final int pageSize;
    private final int maxConcurrentGets;

    public TaskLookup(SeedanceClient client, int pageSize, int maxConcurrentGets) {
        if (pageSize < 1 || pageSize > TaskQuery.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + TaskQuery.MAX_PAGE_SIZE + " but was " + pageSize);
        }
        if (maxConcurrentGets < 1) {
            throw new IllegalArgumentException("maxConcurrentGets must be positive but was " + maxConcurrentGets);
        }
        this.client = client;
        this.pageSize = pageSize;
        this.maxConcurrentGets = maxConcurrentGets;
    }

    /** Reads the tasks; fails as a whole with the first failure (the caller looks again later). */
    public CompletableFuture<Result> lookup(Collection<String> taskIds) {
        Set<String> wanted = new LinkedHashSet<>(taskIds);
        List<String> ids = List.copyOf(wanted);
        if (ids.isEmpty()) {
            return CompletableFuture.completedFuture(new Result(Map.of(), Set.of(), 0));
        }
        if (client.config().apiStyle() == ApiStyle.OPENAI) {
            return byId(ids);
        }
        List<CompletableFuture<TaskPage>> pages = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += pageSize) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + pageSize));
            TaskQuery query = TaskQuery.builder().pageNum(1).pageSize(chunk.size()).taskIds(chunk).build();
            pages.add(client.list(query).thenApply(response -> response.body()));
        }
        return CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new)).thenCompose(done -> {
            Map<String, Task> found = new LinkedHashMap<>();
            for (CompletableFuture<TaskPage> page : pages) {
                for (Task task : page.join().items()) {
                    if (task.id() != null && wanted.contains(task.id())) {
                        found.put(task.id(), task);
                    }
                }
            }
            List<String> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
            if (missing.isEmpty()) {
                return CompletableFuture.completedFuture(new Result(found, Set.of(), pages.size()));
            }
            return byId(missing).thenApply(rest -> {
                found.putAll(rest.tasks());
                return new Result(found, rest.unknown(), pages.size() + rest.requests());
            });
        });
    }

    /**
     * The tasks of the query, page after page (newest first, as the server lists them), until a page holds a task for
     * which {@code older} is true (created before the window), a page is not full, or {@code maxPages} pages were read.
     */
    public CompletableFuture<List<Task>> listAll(TaskQuery query, int maxPages, Predicate<Task> older) {
        List<Task> all = new ArrayList<>();
        return page(query, 1, maxPages, older, all).thenApply(done -> all);
    }

    private CompletableFuture<Void> page(TaskQuery query, int pageNum, int maxPages, Predicate<Task> older,
            List<Task> into) {
        TaskQuery page = TaskQuery.builder().pageNum(pageNum).pageSize(pageSize).status(query.status()).model(query.model())
                .serviceTier(query.serviceTier()).taskIds(query.taskIds()).build();
        return client.list(page).thenCompose(response -> {
            List<Task> items = response.body().items();
            boolean reachedOlder = false;
            for (Task task : items) {
                if (older.test(task)) {
                    reachedOlder = true;
                } else {
                    into.add(task);
                }
            }
            boolean more = !reachedOlder && items.size() == pageSize && (long) pageNum * pageSize < response.body().total();
            return more && pageNum < Math.min(maxPages, TaskQuery.MAX_PAGE_NUM)
                    ? page(query, pageNum + 1, maxPages, older, into) : CompletableFuture.completedFuture(null);
        });
    }

    /** Reads each id with a GET, {@code maxConcurrentGets} in flight at a time. */
    private CompletableFuture<Result> byId(List<String> ids) {
        Map<String, Task> found = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(ids);
        CompletableFuture<Result> result = new CompletableFuture<>();
        AtomicInteger running = new AtomicInteger();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            String id;
            synchronized (queue) {
                if (result.isDone()) {
                    return;
                }
                id = queue.poll();
                if (id == null) {
                    if (running.get() == 0) {
                        result.complete(new Result(found, unknown, ids.size()));
                    }
                    return;
                }
                running.incrementAndGet();
            }
            client.get(id).whenComplete((response, failure) -> {
                synchronized (queue) {
                    running.decrementAndGet();
                    if (failure == null) {
                        found.put(id, response.body());
                    } else if (SeedanceClient.causeOf(failure) instanceof NotFoundException) {
                        unknown.add(id);
                    } else {
                        result.completeExceptionally(SeedanceClient.causeOf(failure));
                        return;
                    }
                }
                next[0].run();
            });
        };
        for (int i = 0; i < Math.min(maxConcurrentGets, ids.size()); i++) {
            next[0].run();
        }
        return result;
    }
}
