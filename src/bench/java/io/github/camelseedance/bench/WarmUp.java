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

import java.time.Duration;

/**
 * A warm-up measured in time, not in calls. With 64 calls outstanding on 2 cores, the compilers of the client's JVM
 * and of the emulator's share the cores with the calls: both sides kept getting faster for about 40 s (some 80,000
 * create+get flows a side), so a warm-up of a few thousand calls measured the compilers, not the clients.
 */
final class WarmUp {

    /** Long enough for the rates at 64 outstanding to stop rising on this 2-core machine. */
    static final Duration SPELL = Duration.ofSeconds(45);

    private WarmUp() {
    }

    /** Runs {@code round} until {@link #SPELL} has passed, at least once; answers how many rounds ran. */
    static int run(Round round) throws Exception {
        long end = System.nanoTime() + SPELL.toNanos();
        int rounds = 0;
        do {
            round.run();
            rounds++;
        } while (System.nanoTime() - end < 0);
        return rounds;
    }

    /** One unreported round of the measured work. */
    interface Round {
        void run() throws Exception;
    }
}
