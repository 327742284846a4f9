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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.github.camelseedance.emulator.EmulatorClock;
import io.github.camelseedance.emulator.SeedanceEmulator;

/**
 * The emulator in a JVM of its own, so that the heap a section measures is the client's alone. Its clock is manual;
 * the parent drives it with one command per line on stdin and reads each answer as a line starting with {@code @ }
 * (other lines are the emulator's logging): {@code advance MILLIS}, {@code requests}, {@code count METHOD PREFIX},
 * {@code creates}, {@code clear}, {@code quit}. Started by {@link RemoteEmulator}.
 */
public final class EmulatorProcessMain {

    static final String ANSWER = "@ ";

    private EmulatorProcessMain() {
    }

    /**
     * Arguments: {@code name=value} pairs: queueMs, runMs, largeResultBytes, assetReadyMs, maxQueued, latencyMs
     * (real time held before each API answer, default 0) and journal (0: no request kept, for a section that never
     * counts them; default 1).
     */
    public static void main(String[] args) throws Exception {
        Map<String, Long> options = new HashMap<>(Map.of("queueMs", 1000L, "runMs", 1000L, "largeResultBytes", 0L,
                "assetReadyMs", 0L, "maxQueued", 1_000_000L, "latencyMs", 0L,
                "journal", 1L));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), Long.parseLong(arg.substring(eq + 1)));
        }
        try (SeedanceEmulator emulator = SeedanceEmulator.builder().clock(EmulatorClock.manual())
                .queueTime(Duration.ofMillis(options.get("queueMs"))).runTime(Duration.ofMillis(options.get("runMs")))
                .largeResultBytes(options.get("largeResultBytes"))
                .assetReadyAfter(Duration.ofMillis(options.get("assetReadyMs")))
                .maxQueuedTasksPerKey(options.get("maxQueued").intValue())
                .answerLatency(Duration.ofMillis(options.get("latencyMs")))
                .keepJournal(options.get("journal") != 0).build().start()) {
            answer("BASE_URL " + emulator.baseUrl() + " " + emulator.apiKey());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null && !"quit".equals(line); ) {
                answer(serve(emulator, line.split(" ")));
            }
        }
    }

    private static String serve(SeedanceEmulator emulator, String[] command) {
        return switch (command[0]) {
            case "advance" -> {
                emulator.clock().advance(Duration.ofMillis(Long.parseLong(command[1])));
                yield "ok";
            }
            case "requests" -> String.valueOf(emulator.journal().size());
            case "count" -> String.valueOf(emulator.journal().countPrefix(command[1], command[2]));
            case "creates" -> String.valueOf(emulator.journal().creates());
            case "clear" -> {
                emulator.journal().clear();
                yield "ok";
            }
            default -> "unknown command " + command[0];
        };
    }

    private static void answer(String text) {
        System.out.println(ANSWER + text);
        System.out.flush();
    }
}
