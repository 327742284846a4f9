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
package io.github.camelseedance.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock whose time moves only when a test says so: {@link #advance(Duration)} runs, on the caller's thread and in
 * time order, every task that falls due. Backoffs of minutes and deadlines of hours cost a test nothing.
 */
public final class VirtualClock implements SeedanceClock {

    private record Entry(Instant due, long seq, Runnable task, boolean[] cancelled) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> a.due.equals(b.due)
            ? Long.compare(a.seq, b.seq) : a.due.compareTo(b.due));
    private final AtomicLong seq = new AtomicLong();
    private Instant now;

    public VirtualClock() {
        this(Instant.parse("2026-11-29T10:00:00Z"));
    }

    public VirtualClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable task) {
        boolean[] cancelled = new boolean[1];
        queue.add(new Entry(delay.isNegative() ? now : now.plus(delay), seq.incrementAndGet(), task, cancelled));
        return () -> {
            synchronized (VirtualClock.this) {
                cancelled[0] = true;
            }
        };
    }

    /** Moves time forward, running what falls due (tasks scheduled meanwhile included) in time order. */
    public void advance(Duration by) {
        Instant target;
        synchronized (this) {
            target = now.plus(by);
        }
        while (true) {
            Entry next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due.isAfter(target)) {
                    now = target;
                    return;
                }
                queue.poll();
                if (next.due.isAfter(now)) {
                    now = next.due;
                }
                if (next.cancelled[0]) {
                    continue;
                }
            }
            next.task.run();
        }
    }

    /** Runs what is due now without moving time. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** How many tasks wait (cancelled ones included until their time). */
    public synchronized int pending() {
        return queue.size();
    }

    /** The due times of the waiting tasks, earliest first. */
    public synchronized List<Instant> dueTimes() {
        List<Instant> times = new ArrayList<>();
        queue.stream().filter(e -> !e.cancelled[0]).sorted((a, b) -> a.due.compareTo(b.due)).forEach(e -> times.add(e.due));
        return times;
    }
}
