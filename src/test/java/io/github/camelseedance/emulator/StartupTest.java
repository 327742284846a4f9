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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three ways to start the emulator: plain API, JUnit extension, main class; plus the real-time clock. */
class StartupTest {

    @Test
    void plainApi() {
        try (SeedanceEmulator emu = SeedanceEmulator.builder().apiKeys("a", "b").build().start()) {
            assertTrue(emu.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"));
            assertEquals(emu.port(), Integer.parseInt(emu.baseUrl().substring(emu.baseUrl().lastIndexOf(':') + 1)));
            assertEquals("a", emu.apiKey());
            EmuClient c = new EmuClient(emu);
            c.key = "b";
            assertEquals(200, c.get(Routes.TASKS).status());
        }
    }

    @Test
    void fixedPortAndClosing() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        SeedanceEmulator emu = SeedanceEmulator.builder().port(port).build().start();
        assertEquals(port, emu.port());
        emu.close();
        assertThrows(java.io.UncheckedIOException.class, () -> new EmuClient(emu).get(Routes.TASKS));
    }

    @Test
    void mainPrintsTheAddressAndServesInRealTime() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (SeedanceEmulator emu = SeedanceEmulatorMain.launch(new String[] {"--host", "127.0.0.1", "--port", "0",
                "--api-key", "demo",
            "--speed", "20"}, new PrintStream(buf, true, StandardCharsets.UTF_8))) {
            String first = buf.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
            assertEquals("Seedance emulator listening on http://127.0.0.1:" + emu.port(), first);
            assertTrue(buf.toString(StandardCharsets.UTF_8).contains("demo"));
            assertTrue(!emu.clock().isManual());
            EmuClient c = new EmuClient(emu);
            assertEquals("demo", c.key);
            String id = c.createText(Routes.TASKS, "real time");
            // 1 s queued + 3 s running at 20x speed: done within a fraction of a second of wall time
            await().atMost(Duration.ofSeconds(10)).until(() -> "succeeded".equals(c.get(Routes.TASKS + "/" + id).json()
                    .get("status").asText()));
        }
        assertThrows(IllegalArgumentException.class, () -> SeedanceEmulatorMain.launch(new String[] {"--bogus"}, System.out));
    }

    @Test
    void helpPrintsTheUsageOnceAndExitsZero() {
        for (String help : new String[] {"--help", "-h"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = SeedanceEmulatorMain.run(new String[] {"--port", "0", help}, utf8(out), utf8(err),
                    emu -> {
                        emu.close();
                        throw new AssertionError("started on " + help);
                    });
            assertEquals(0, code, help);
            assertEquals(SeedanceEmulatorMain.usage() + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
            assertEquals("", err.toString(StandardCharsets.UTF_8), help);
        }
    }

    @Test
    void aWrongArgumentPrintsTheUsageOnceToStderrAndExitsTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SeedanceEmulatorMain.run(new String[] {"--bogus"}, utf8(out), utf8(err), emu -> {
            emu.close();
            throw new AssertionError("started");
        });
        assertEquals(2, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("unknown option --bogus", SeedanceEmulatorMain.usage()),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void runHandsTheStartedEmulatorOver() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SeedanceEmulator[] started = new SeedanceEmulator[1];
        int code = SeedanceEmulatorMain.run(new String[] {"--port", "0", "--api-key", "k"}, utf8(out),
                utf8(new ByteArrayOutputStream()), emu -> started[0] = emu);
        try (SeedanceEmulator emu = started[0]) {
            assertEquals(SeedanceEmulatorMain.RUNNING, code);
            assertEquals(200, new EmuClient(emu).get(Routes.TASKS).status());
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Seedance emulator listening on " + emu.baseUrl()));
        }
    }

    private static PrintStream utf8(ByteArrayOutputStream buf) {
        return new PrintStream(buf, true, StandardCharsets.UTF_8);
    }

    @Test
    void realTimeClockMovesAndCanBeAdvanced() {
        EmulatorClock clock = EmulatorClock.realTime(1000);
        java.time.Instant t0 = clock.now();
        await().atMost(Duration.ofSeconds(5)).until(() -> clock.now().isAfter(t0.plusSeconds(2)));
        java.time.Instant before = clock.now();
        clock.advance(Duration.ofDays(1));
        assertTrue(clock.now().isAfter(before.plus(Duration.ofDays(1))));
        EmulatorClock manual = EmulatorClock.manual(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(1767225600L, manual.epochSecond());
        assertEquals(1767225610L, manual.advanceSeconds(10).epochSecond());
        assertThrows(IllegalArgumentException.class, () -> manual.advance(Duration.ofSeconds(-1)));
    }

    /** Static registration: one emulator for the whole class, reset between tests, injectable as a parameter. */
    @Nested
    class PerClass {
        @RegisterExtension
        static SeedanceEmulatorExtension shared = new SeedanceEmulatorExtension(b -> b.apiKey("nested-key"));
        static SeedanceEmulator seen;

        @Test
        void one(SeedanceEmulator emu) {
            check(emu);
        }

        @Test
        void two(SeedanceEmulator emu) {
            check(emu);
        }

        private void check(SeedanceEmulator emu) {
            assertSame(shared.emulator(), emu);
            assertEquals("nested-key", shared.apiKey());
            assertEquals(0, emu.journal().size(), "journal reset before each test");
            new EmuClient(emu).get(Routes.TASKS);
            if (seen != null) {
                assertSame(seen, emu, "same emulator across the class");
            }
            seen = emu;
        }
    }

    /** Instance registration: a fresh emulator per test. */
    @Nested
    class PerTest {
        @RegisterExtension
        SeedanceEmulatorExtension own = new SeedanceEmulatorExtension();
        static String previousBase;

        @Test
        void a(SeedanceEmulator emu) {
            check(emu);
        }

        @Test
        void b(SeedanceEmulator emu) {
            check(emu);
        }

        private void check(SeedanceEmulator emu) {
            assertSame(own.emulator(), emu);
            assertEquals(0, emu.taskCount());
            new EmuClient(emu).createText(Routes.TASKS, "x");
            if (previousBase != null) {
                assertNotEquals(previousBase, emu.baseUrl());
            }
            previousBase = emu.baseUrl();
        }
    }
}
