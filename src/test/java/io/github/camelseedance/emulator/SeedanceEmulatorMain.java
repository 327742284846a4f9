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

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs the emulator stand-alone for demos and manual tries, in real time with short timings (asset ready after 1 s,
 * task queued 1 s and running 3 s, divided by {@code --speed}).
 *
 * <pre>
 * java ... io.github.camelseedance.emulator.SeedanceEmulatorMain --host 127.0.0.1 --port 8089 --api-key demo [--speed 2]
 * </pre>
 * Prints {@code Seedance emulator listening on http://HOST:PORT} once ready and runs until stopped (Ctrl-C).
 * {@code --help} prints the usage and exits 0; a wrong argument prints it to stderr and exits 2.
 */
public final class SeedanceEmulatorMain {

    private SeedanceEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        int code = run(args, System.out, System.err, emulator -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "seedance-emulator-shutdown")));
        if (code == RUNNING) {
            stopped.await();
        } else if (code != 0) {
            System.exit(code);
        }
    }

    /** What {@link #run} returns when it started an emulator, which then runs until the caller closes it. */
    static final int RUNNING = -1;

    /**
     * The main class without {@code System.exit}: {@code --help} or {@code -h} prints the usage once to {@code out}
     * and returns 0; a wrong argument prints the problem and the usage once to {@code err} and returns 2; otherwise
     * starts the emulator, hands it to {@code started} and returns {@link #RUNNING}.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<SeedanceEmulator> started) {
        SeedanceEmulator emulator;
        try {
            emulator = launch(args, out);
        } catch (HelpRequested e) {
            out.println(usage());
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(usage());
            err.flush();
            return 2;
        }
        started.accept(emulator);
        return RUNNING;
    }

    /**
     * Starts an emulator from command-line arguments and prints where it listens; the caller closes it. Throws
     * {@link IllegalArgumentException} for a wrong argument and for {@code --help}, which {@link #run} answers with the usage.
     */
    public static SeedanceEmulator launch(String[] args, PrintStream out) {
        String host = "127.0.0.1";
        int port = 0;
        String key = SeedanceEmulator.DEFAULT_API_KEY;
        double speed = 1.0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--host": host = need(a, v); i++; break;
                case "--port": port = Integer.parseInt(need(a, v)); i++; break;
                case "--api-key": key = need(a, v); i++; break;
                case "--speed": speed = Double.parseDouble(need(a, v)); i++; break;
                case "--help": case "-h": throw new HelpRequested();
                default: throw new IllegalArgumentException("unknown option " + a);
            }
        }
        SeedanceEmulator emulator = SeedanceEmulator.builder().host(host).port(port).apiKey(key)
                .clock(EmulatorClock.realTime(speed))
                .assetReadyAfter(Duration.ofSeconds(1)).queueTime(Duration.ofSeconds(1)).runTime(Duration.ofSeconds(3))
                .build().start();
        out.println("Seedance emulator listening on " + emulator.baseUrl());
        out.println("API key: " + key + "  (send as 'Authorization: Bearer " + key + "')");
        out.flush();
        return emulator;
    }

    private static String need(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** {@code --help} or {@code -h} among the options: nothing is started. */
    static final class HelpRequested extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super("help requested");
        }
    }

    static String usage() {
        return "usage: SeedanceEmulatorMain [--host 127.0.0.1] [--port 0] [--api-key KEY] [--speed 1.0]";
    }
}
