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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scripted behaviour: one-shot (or n-shot) transport/HTTP faults for matching requests, and per-prompt task outcomes.
 * Everything here is thread-safe; faults are consumed in the order they were armed.
 *
 * <pre>
 * emulator.scenario().nextCreate().respond(429, 2);
 * emulator.scenario().nextRequest("GET", Routes.TASKS + "/*").times(2).respond(503);
 * emulator.scenario().nextCreate().dropConnectionAfterCreate();
 * emulator.scenario().whenPromptContains("nsfw").failWith("OutputVideoSensitiveContentDetected");
 * emulator.scenario().taskRunsForPolls(3);
 * </pre>
 */
public final class Scenario {

    /** What a fault does to the exchange. */
    enum FaultKind {
        /** answer with an error before touching any state */
        RESPOND,
        /** close the connection before touching any state */
        DROP,
        /** process the request (e.g. create the task), then close the connection without an answer */
        DROP_AFTER,
        /** process, then send half the body, the rest after a delay */
        SLOW_BODY,
        /** process, then announce the full length but close after half the body */
        TRUNCATE,
        /** process, then answer 200 with a body that is not valid JSON */
        MALFORMED,
        /** test hook: the handler throws instead of answering */
        THROW,
        /** test hook: process, send the headers and half the body, then throw */
        THROW_MID_BODY
    }

    /** A fault waiting for its request; configure with {@link #times(int)} then one action. */
    public final class Fault {
        private final String method;
        private final String path;
        private final boolean anyCreate;
        private int remaining = 1;
        FaultKind kind;
        int status;
        String code;
        String message;
        Integer retryAfter;
        Duration delay = Duration.ZERO;
        Throwable throwable;

        private Fault(String method, String path, boolean anyCreate) {
            this.method = method;
            this.path = path;
            this.anyCreate = anyCreate;
        }

        /** Applies to the next {@code n} matching requests (default 1). */
        public Fault times(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("n >= 1");
            }
            remaining = n;
            return this;
        }

        /**
         * Error answer with the default code for the status (429 RateLimitExceeded..., 500 InternalServiceError, 503
         * ServerOverloaded).
         */
        public Scenario respond(int status) {
            return respond(status, ApiException.defaultCodeFor(status), "Scripted failure (" + status + ").", null);
        }

        /** Error answer with a {@code Retry-After} header. */
        public Scenario respond(int status, int retryAfterSeconds) {
            return respond(status, ApiException.defaultCodeFor(status), "Scripted failure (" + status + ").",
                    retryAfterSeconds);
        }

        public Scenario respond(int status, String code, String message) {
            return respond(status, code, message, null);
        }

        public Scenario respond(int status, String code, String message, Integer retryAfterSeconds) {
            this.kind = FaultKind.RESPOND;
            this.status = status;
            this.code = code;
            this.message = message;
            this.retryAfter = retryAfterSeconds;
            return arm(this);
        }

        /** Closes the connection without processing the request. */
        public Scenario dropConnection() {
            kind = FaultKind.DROP;
            return arm(this);
        }

        /** Processes the request (the task IS created) and closes the connection: the client's answer is lost. */
        public Scenario dropConnectionAfterCreate() {
            kind = FaultKind.DROP_AFTER;
            return arm(this);
        }

        /** Processes the request, sends the headers and half the body at once and the rest after {@code delay} (real time). */
        public Scenario slowBody(Duration delay) {
            kind = FaultKind.SLOW_BODY;
            this.delay = delay;
            return arm(this);
        }

        /** Processes the request, announces the full Content-Length and closes after half of the body. */
        public Scenario truncatedBody() {
            kind = FaultKind.TRUNCATE;
            return arm(this);
        }

        /** Processes the request and answers 200 with a body that is not valid JSON. */
        public Scenario malformedJson() {
            kind = FaultKind.MALFORMED;
            return arm(this);
        }

        /** Test hook for the emulator's own robustness: the handler throws {@code t} (an Error too) instead. */
        Scenario throwing(Throwable t) {
            kind = FaultKind.THROW;
            throwable = t;
            return arm(this);
        }

        /** Test hook: processes the request, sends the headers and half the body, then throws {@code t}. */
        Scenario throwingMidBody(Throwable t) {
            kind = FaultKind.THROW_MID_BODY;
            throwable = t;
            return arm(this);
        }

        boolean matches(String m, String p) {
            if (anyCreate) {
                return "POST".equals(m) && Routes.isCreatePath(p);
            }
            if (method != null && !method.equalsIgnoreCase(m)) {
                return false;
            }
            return path.endsWith("*") ? p.startsWith(path.substring(0, path.length() - 1)) : path.equals(p);
        }
    }

    /** Outcome script for tasks whose prompt contains a text (case-insensitive); the first matching script wins. */
    public final class TaskScript {
        private final String needle;
        private Duration queueFor;
        private Duration runFor;
        private Integer runningPolls;
        private String failCode;
        private String failMessage;
        private boolean neverFinish;

        private TaskScript(String needle) {
            this.needle = needle.toLowerCase(Locale.ROOT);
        }

        /** The task ends {@code failed} with this {@code error.code} (e.g. OutputVideoSensitiveContentDetected). */
        public TaskScript failWith(String code) {
            return failWith(code, "The generated video may contain sensitive content (" + code + ").");
        }

        public TaskScript failWith(String code, String message) {
            this.failCode = code;
            this.failMessage = message;
            return this;
        }

        public TaskScript queuedFor(Duration d) {
            this.queueFor = d;
            return this;
        }

        public TaskScript runsFor(Duration d) {
            this.runFor = d;
            return this;
        }

        /** Stays running for {@code n} GETs of the task, then finishes on the next one. */
        public TaskScript runsForPolls(int n) {
            this.runningPolls = n;
            return this;
        }

        /** Never finishes: becomes {@code expired} once {@code execution_expires_after} has passed. */
        public TaskScript neverFinishes() {
            this.neverFinish = true;
            return this;
        }

        public Scenario and() {
            return Scenario.this;
        }
    }

    private final List<Fault> faults = new ArrayList<>();
    private final List<TaskScript> scripts = new ArrayList<>();
    private volatile Integer defaultRunningPolls;

    /** The next create on any create path ({@code /api/v3}, {@code /byteplus/api/v3}, {@code /v1/videos}). */
    public Fault nextCreate() {
        return new Fault("POST", null, true);
    }

    /** The next request to this path, any method; a trailing {@code *} matches a prefix. */
    public Fault nextRequest(String path) {
        return new Fault(null, path, false);
    }

    public Fault nextRequest(String method, String path) {
        return new Fault(method, path, false);
    }

    public synchronized TaskScript whenPromptContains(String text) {
        TaskScript s = new TaskScript(text);
        scripts.add(s);
        return s;
    }

    /** Every task created from now on stays running for {@code n} GETs (unless a prompt script says otherwise). */
    public Scenario taskRunsForPolls(int n) {
        defaultRunningPolls = n;
        return this;
    }

    /** Forgets all armed faults and scripts. */
    public synchronized Scenario reset() {
        faults.clear();
        scripts.clear();
        defaultRunningPolls = null;
        return this;
    }

    /** Number of faults still armed. */
    public synchronized int pendingFaults() {
        return faults.size();
    }

    private synchronized Scenario arm(Fault f) {
        faults.add(f);
        return this;
    }

    /** Consumes one use of the first armed fault matching the request, or null. */
    synchronized Fault take(String method, String path) {
        for (int i = 0; i < faults.size(); i++) {
            Fault f = faults.get(i);
            if (f.matches(method, path)) {
                if (--f.remaining <= 0) {
                    faults.remove(i);
                }
                return f;
            }
        }
        return null;
    }

    synchronized TaskPlan planFor(String prompt, Duration queueFor, Duration runFor) {
        String p = prompt == null ? "" : prompt.toLowerCase(Locale.ROOT);
        for (TaskScript s : scripts) {
            if (p.contains(s.needle)) {
                return new TaskPlan(s.queueFor != null ? s.queueFor : queueFor, s.runFor != null ? s.runFor : runFor,
                        s.runningPolls != null ? s.runningPolls : defaultRunningPolls, s.failCode, s.failMessage,
                        s.neverFinish);
            }
        }
        return new TaskPlan(queueFor, runFor, defaultRunningPolls, null, null, false);
    }
}
