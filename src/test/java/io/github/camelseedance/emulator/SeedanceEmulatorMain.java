package io.github.camelseedance.emulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator stand-alone for demos and manual tries, in real time with short timings (asset ready after 1 s,
 * task queued 1 s and running 3 s, divided by {@code --speed}).
 *
 * <pre>
 * java ... io.github.camelseedance.emulator.SeedanceEmulatorMain --host 127.0.0.1 --port 8089 --api-key demo [--speed 2]
 * </pre>
 * Prints {@code Seedance emulator listening on http://HOST:PORT} once ready and runs until stopped (Ctrl-C).
 */
public final class SeedanceEmulatorMain {

    private SeedanceEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SeedanceEmulator emulator;
        try {
            emulator = launch(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "seedance-emulator-shutdown"));
        stopped.await();
    }

    /** Starts an emulator from command-line arguments and prints where it listens; the caller closes it. */
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
                case "--help": case "-h": out.println(usage()); throw new IllegalArgumentException("help requested");
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

    static String usage() {
        return "usage: SeedanceEmulatorMain [--host 127.0.0.1] [--port 0] [--api-key KEY] [--speed 1.0]";
    }
}
