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
package io.github.camelseedance.bench;

/**
 * What one run of {@code n} generations in flight cost: the JVM's peak thread count and the peak of the threads the
 * approach owns, the live heap with all {@code n} waiting (after a full collection, above the heap before the run),
 * the requests the emulator received, the time until all were created and waiting, and the time to drain once the
 * tasks had succeeded.
 */
record InFlightRun(int n, int peakThreads, int peakOwnThreads, int peakCamelThreads, long liveHeapBytes,
                   long requests, double createMillis, double drainMillis) {

    double heapPerExchange() {
        return (double) liveHeapBytes / n;
    }
}
