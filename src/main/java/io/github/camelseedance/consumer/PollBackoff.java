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

import java.time.Duration;

import org.apache.camel.support.ScheduledPollConsumer;

/**
 * The backoff a {@code seedance:tasks} consumer gets unless its route sets one: after {@value #ERROR_THRESHOLD} failed
 * polls in a row it skips the polls of about {@link #PAUSE} (Camel's {@code backoffErrorThreshold} and
 * {@code backoffMultiplier}), so that a refused key or a provider outage costs a few requests every two minutes
 * rather than two a second.
 */
final class PollBackoff {

    static final int ERROR_THRESHOLD = 3;
    static final Duration PAUSE = Duration.ofMinutes(2);

    private PollBackoff() {
    }

    /** Sets each of the two options the route left unset (0). */
    static void applyDefaults(ScheduledPollConsumer consumer) {
        if (consumer.getBackoffErrorThreshold() <= 0) {
            consumer.setBackoffErrorThreshold(ERROR_THRESHOLD);
        }
        if (consumer.getBackoffMultiplier() <= 0) {
            long delay = Math.max(1, consumer.getTimeUnit().toMillis(consumer.getDelay()));
            consumer.setBackoffMultiplier((int) Math.min(Integer.MAX_VALUE, Math.max(1, PAUSE.toMillis() / delay)));
        }
    }
}
