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

import java.util.function.Supplier;

/**
 * Lets a caller that waits for a call's answer anyway (a {@code synchronous=true} producer) send the call's first
 * attempt itself, as Camel's HTTP producer does, instead of handing it to the I/O pool and waiting for that thread to
 * hand the answer back: two thread wake-ups fewer per call. Only the first attempt that is ready at once runs here;
 * an attempt that waits (a rate limit, a retry's backoff) and every other call the answer sets off run on the I/O pool
 * as always, so the caller never runs another exchange's work. A client that does not know this class ignores it.
 */
public final class CallingThread {

    /** TRUE while the thread may still run an attempt itself, FALSE once it took it, absent outside {@link #sends}. */
    private static final ThreadLocal<Boolean> MAY_SEND = new ThreadLocal<>();

    private CallingThread() {
    }

    /** Starts calls through {@code start}, the first of them sent on this thread if it can go at once. */
    public static <T> T sends(Supplier<T> start) {
        MAY_SEND.set(Boolean.TRUE);
        try {
            return start.get();
        } finally {
            MAY_SEND.remove();
        }
    }

    /** Whether this thread is to run the attempt about to be dispatched; true at most once within {@link #sends}. */
    public static boolean takeAttempt() {
        if (MAY_SEND.get() != Boolean.TRUE) {
            return false;
        }
        MAY_SEND.set(Boolean.FALSE);
        return true;
    }
}
