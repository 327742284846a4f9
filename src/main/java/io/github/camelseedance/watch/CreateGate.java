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
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cap on the tasks of one account kept queued at the provider, which refuses more than about 120 with
 * {@code QuotaExceeded}. A create takes a permit first; the permit is given back when its task leaves the queue
 * (starts running or ends) or when the create provably created nothing. Creates beyond the cap wait, in order, as
 * futures: no thread is held and no 429 is collected.
 */
public final class CreateGate {

    /** A place in the queue; giving it back twice is harmless. */
    public final class Permit {
        private final AtomicBoolean released = new AtomicBoolean();

        public void release() {
            if (released.compareAndSet(false, true)) {
                CreateGate.this.release();
            }
        }
    }

    private final int capacity;
    private final Deque<CompletableFuture<Permit>> waiting = new ArrayDeque<>();
    private int held;
    private RuntimeException closed;

    /** @param capacity the most permits out at once; 0 means no cap */
    public CreateGate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0 but was " + capacity);
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /** How many places are taken: creates being sent, and tasks not yet seen to leave the provider's queue. */
    public synchronized int queued() {
        return held;
    }

    /** A permit now, or once one is given back. Cancelling the future gives up the place in the line. */
    public CompletableFuture<Permit> acquire() {
        CompletableFuture<Permit> permit = new CompletableFuture<>();
        synchronized (this) {
            if (closed != null) {
                permit.completeExceptionally(closed);
                return permit;
            }
            if (capacity == 0 || held < capacity) {
                held++;
            } else {
                waiting.add(permit);
                return permit;
            }
        }
        permit.complete(new Permit());
        return permit;
    }

    /** Fails the creates waiting for a place, and those that come later, with {@code reason}: nothing was sent. */
    public void close(RuntimeException reason) {
        Deque<CompletableFuture<Permit>> failed;
        synchronized (this) {
            closed = reason;
            failed = new ArrayDeque<>(waiting);
            waiting.clear();
        }
        failed.forEach(waiter -> waiter.completeExceptionally(reason));
    }

    private void release() {
        CompletableFuture<Permit> next;
        do {
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    held--;
                    return;
                }
            }
            // the permit passes to the next in line; one that gave up its place passes it on
        } while (!next.complete(new Permit()));
    }
}
