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
package io.github.camelseedance.consumer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** What a webhook route did with the callbacks it received, counted since it started, for the console and health. */
public final class CallbackCounts {

    /** Accepted: the task is re-read (or a re-read of it was already under way). */
    final LongAdder accepted = new LongAdder();
    /** About a task whose final status this route handled already: answered 200, not re-read. */
    final LongAdder alreadyFinal = new LongAdder();
    /** Claiming a status the route does not emit, about a task nothing here waits for: answered 200, not re-read. */
    final LongAdder notNeeded = new LongAdder();
    /** About a task this context neither created nor watches: answered 204 and dropped. */
    final LongAdder unknown = new LongAdder();
    /** Refused before being read: too large (413), not a task's JSON or an unsafe id (400). */
    final LongAdder refused = new LongAdder();
    /** Refused because too many re-reads wait already (503): polling finds the change. */
    final LongAdder overloaded = new LongAdder();
    /** Re-reads that answered a status other than the one the callback claimed. */
    final LongAdder contradicted = new LongAdder();
    /** Re-reads the provider answered 404: a forged id, or a task deleted since. */
    final LongAdder notFound = new LongAdder();
    /** Re-reads that failed otherwise: polling finds the change. */
    final LongAdder rereadFailed = new LongAdder();

    /** The counts by name, in a stable order. */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("accepted", accepted.sum());
        counts.put("alreadyFinal", alreadyFinal.sum());
        counts.put("notNeeded", notNeeded.sum());
        counts.put("unknown", unknown.sum());
        counts.put("refused", refused.sum());
        counts.put("overloaded", overloaded.sum());
        counts.put("contradicted", contradicted.sum());
        counts.put("notFound", notFound.sum());
        counts.put("rereadFailed", rereadFailed.sum());
        return counts;
    }
}
