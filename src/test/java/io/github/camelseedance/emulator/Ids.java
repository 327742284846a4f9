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

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Id formats modelled on the service's ({@code cgt-<timestamp>-<random>} for tasks); a sequence suffix keeps them
 * unique within a JVM, so a fast non-cryptographic random is enough (result URLs are not secrets here).
 */
final class Ids {

    private static final AtomicLong SEQ = new AtomicLong();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final char[] ALPHA = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Ids() {
    }

    static String task() {
        return "cgt-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "-" + random(5) + Long.toString(SEQ
                .incrementAndGet(), 36);
    }

    static String asset() {
        return "asset-" + random(20);
    }

    static String assetJob() {
        return "upl-" + random(16) + Long.toString(SEQ.incrementAndGet(), 36);
    }

    static String requestId() {
        return LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + random(18);
    }

    static String fileToken() {
        return random(32);
    }

    static String random(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = ALPHA[ThreadLocalRandom.current().nextInt(ALPHA.length)];
        }
        return new String(c);
    }

    static long seed() {
        return ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE);
    }
}
