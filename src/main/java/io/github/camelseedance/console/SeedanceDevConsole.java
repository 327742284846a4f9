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
package io.github.camelseedance.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceEndpoint;
import io.github.camelseedance.client.RateLimiter;
import io.github.camelseedance.consumer.CallbackReceiver;
import io.github.camelseedance.consumer.SeedanceConsumer;
import io.github.camelseedance.model.TaskStatus;
import io.github.camelseedance.runtime.RecentErrors;
import io.github.camelseedance.runtime.SeedanceRuntime;
import io.github.camelseedance.watch.Watcher;
import org.apache.camel.Component;
import org.apache.camel.DelegateEndpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code seedance} dev console: for each account the component uses, its create queue, its rate limits, the
 * generations in flight and the tokens they were billed; the {@code seedance:tasks} consumers and what they watch; the
 * last errors. It shows accounts by a fingerprint of base URL and key, never the key.
 */
@DevConsole(name = "seedance", displayName = "Seedance", description = "Seedance accounts, generations in flight,"
                                                                      + " watched tasks and recent errors")
public class SeedanceDevConsole extends AbstractDevConsole {

    public SeedanceDevConsole() {
        super("camel", "seedance", "Seedance", "Seedance accounts, generations in flight, watched tasks and recent errors");
    }

    /** The page in words: the same snapshot as the JSON, so that both always say the same. */
    @Override
    @SuppressWarnings("unchecked")
    protected String doCallText(Map<String, Object> options) {
        JsonObject json = (JsonObject) doCallJson(options);
        StringBuilder text = new StringBuilder();
        for (JsonObject account : (List<JsonObject>) (List<?>) json.getCollection("accounts")) {
            text.append("Account ").append(account.getString("account")).append(" (").append(account.getString("provider"))
                    .append(", ").append(account.getString("baseUrl")).append(")\n");
            if (account.containsKey("maxQueuedCreates")) {
                int cap = account.getInteger("maxQueuedCreates");
                text.append("    Creates: ").append(account.getInteger("createsHeld")).append(" held")
                        .append(cap == 0 ? "" : " of " + cap).append(", ").append(account.getInteger("createsWaiting"))
                        .append(" waiting for a place\n");
            }
            text.append("    Requests: ").append(rate(account, "requestsPerSecond", "requestsNextFreeMillis"))
                    .append("; lists: ").append(rate(account, "listRequestsPerSecond", "listsNextFreeMillis")).append('\n');
            text.append("    Tokens used: ").append(account.getLong("tokensUsed")).append('\n');
            Collection<JsonObject> generations = (Collection<JsonObject>) (Collection<?>) account.getCollection(
                    "generations");
            text.append("    Generations in flight: ").append(generations.size());
            JsonObject byStatus = account.getMap("generationsByStatus");
            if (!byStatus.isEmpty()) {
                text.append(' ').append(byStatus);
            }
            text.append('\n');
            for (JsonObject task : generations) {
                text.append("        ").append(task.getString("taskId")).append(' ').append(task.getString("status"))
                        .append(", age ").append(task.getLong("ageMillis") / 1000).append(" s");
                if (task.containsKey("deadlineInMillis")) {
                    text.append(", deadline in ").append(task.getLong("deadlineInMillis") / 1000).append(" s");
                }
                text.append('\n');
            }
        }
        for (JsonObject consumer : (List<JsonObject>) (List<?>) json.getCollection("consumers")) {
            text.append("Consumer ").append(consumer.getString("routeId")).append(": ")
                    .append(consumer.getInteger("watchedTasks")).append(" tasks watched, last look ")
                    .append(consumer.getInteger("lastLookRequests")).append(" requests for ")
                    .append(consumer.getInteger("lastLookTasks")).append(" tasks");
            JsonObject callbacks = (JsonObject) consumer.get("callbacks");
            if (callbacks != null) {
                text.append("; callbacks ").append(callbacks);
            }
            text.append('\n');
        }
        Collection<JsonObject> errors = (Collection<JsonObject>) (Collection<?>) json.getCollection("recentErrors");
        if (!errors.isEmpty()) {
            text.append("Recent errors (newest first):\n");
            for (JsonObject error : errors) {
                text.append("    ").append(error.getString("time")).append(' ').append(error.getString("operation"))
                        .append(' ').append(error.getString("code"));
                if (error.get("httpStatus") != null) {
                    text.append(" HTTP ").append(error.get("httpStatus"));
                }
                if (error.get("requestId") != null) {
                    text.append(" request ").append(error.getString("requestId"));
                }
                text.append(": ").append(error.getString("message")).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray accounts = new JsonArray();
        JsonArray consumers = new JsonArray();
        JsonArray errors = new JsonArray();
        for (SeedanceComponent component : components()) {
            SeedanceRuntime runtime = component.getRuntime();
            Instant now = runtime.clock() == null ? Instant.now() : runtime.clock().now();
            for (SeedanceRuntime.AccountView account : runtime.accounts()) {
                JsonObject jo = new JsonObject();
                jo.put("account", account.account());
                jo.put("provider", account.provider());
                jo.put("baseUrl", account.baseUrl());
                if (account.gate() != null) {
                    jo.put("createsHeld", account.gate().held());
                    jo.put("createsWaiting", account.gate().waiting());
                    jo.put("maxQueuedCreates", account.gate().capacity());
                }
                jo.put("requestsPerSecond", account.limits().requests().perSecond());
                jo.put("requestsNextFreeMillis", waitMillis(account.limits().requests(), now));
                jo.put("listRequestsPerSecond", account.limits().lists().perSecond());
                jo.put("listsNextFreeMillis", waitMillis(account.limits().lists(), now));
                jo.put("tokensUsed", account.tokensUsed());
                JsonArray generations = new JsonArray();
                for (Watcher.WaitingTask task : account.generations()) {
                    JsonObject g = new JsonObject();
                    g.put("taskId", task.taskId());
                    g.put("status", status(task.status()));
                    g.put("ageMillis", Duration.between(task.since(), now).toMillis());
                    if (task.deadline() != null) {
                        g.put("deadline", task.deadline().toString());
                        g.put("deadlineInMillis", Duration.between(now, task.deadline()).toMillis());
                    }
                    g.put("nextCheck", task.nextCheck().toString());
                    generations.add(g);
                }
                jo.put("generations", generations);
                jo.put("generationsByStatus", new JsonObject(new TreeMap<>(byStatus(account.generations()))));
                accounts.add(jo);
            }
            for (SeedanceConsumer consumer : consumers(component)) {
                JsonObject jo = new JsonObject();
                jo.put("routeId", consumer.getRouteId());
                jo.put("watchedTasks", consumer.watchedCount());
                jo.put("lastLookRequests", consumer.lastLookRequests());
                jo.put("lastLookTasks", consumer.lastLookIds());
                CallbackReceiver receiver = consumer.getEndpoint().getCallbackReceiver();
                if (receiver != null && receiver.consumer() == consumer) {
                    jo.put("callbacks", new JsonObject(new TreeMap<>(receiver.counts().snapshot())));
                }
                consumers.add(jo);
            }
            for (RecentErrors.RecentError error : runtime.recentErrors().list()) {
                JsonObject jo = new JsonObject();
                jo.put("time", error.time().toString());
                jo.put("operation", error.operation());
                jo.put("code", error.code());
                jo.put("httpStatus", error.httpStatus());
                jo.put("requestId", error.requestId());
                jo.put("message", error.message());
                errors.add(jo);
            }
        }
        root.put("accounts", accounts);
        root.put("consumers", consumers);
        root.put("recentErrors", errors);
        return root;
    }

    /** Every Seedance component of the context, whatever name it was registered under. */
    private List<SeedanceComponent> components() {
        List<SeedanceComponent> components = new ArrayList<>();
        for (String name : getCamelContext().getComponentNames()) {
            // hasComponent: never creates one (and never deadlocks a Spring Boot start, as getComponent can)
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof SeedanceComponent seedance && seedance.getRuntime() != null) {
                components.add(seedance);
            }
        }
        return components;
    }

    private List<SeedanceConsumer> consumers(SeedanceComponent component) {
        List<SeedanceConsumer> consumers = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof SeedanceConsumer consumer
                && consumer.getEndpoint().getComponent() == component) {
                consumers.add(consumer);
            } else if (route.getEndpoint() instanceof DelegateEndpoint delegate
                       && delegate.getEndpoint() instanceof SeedanceEndpoint endpoint
                       && endpoint.getComponent() == component && endpoint.getCallbackReceiver() != null) {
                consumers.add(endpoint.getCallbackReceiver().consumer()); // webhook:seedance:tasks
            }
        }
        return consumers;
    }

    private static Map<String, Integer> byStatus(List<Watcher.WaitingTask> tasks) {
        Map<String, Integer> counts = new TreeMap<>();
        tasks.forEach(task -> counts.merge(status(task.status()), 1, Integer::sum));
        return counts;
    }

    private static String status(TaskStatus status) {
        return status == null ? "unchecked" : status.value();
    }

    private static String rate(JsonObject account, String perSecond, String nextFreeMillis) {
        double rate = ((Number) account.get(perSecond)).doubleValue();
        if (rate <= 0) {
            return "unlimited";
        }
        long wait = account.getLong(nextFreeMillis);
        return rate + "/s" + (wait == 0 ? ", a slot free now" : ", next slot in " + wait + " ms");
    }

    private static long waitMillis(RateLimiter limiter, Instant now) {
        Instant next = limiter.nextFree(now);
        return next == null ? 0 : Duration.between(now, next).toMillis();
    }
}
