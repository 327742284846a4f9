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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.model.Task;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Section 15 of the report (issue 18): what the producer's asynchronous default buys, and what it costs, once the
 * provider is a network away. Section 10 measures the default's hand-offs against an emulator that answers at once,
 * where they are most of a call; here the emulator holds each answer for {@link #LATENCY}, and the same calls run
 * both ways: from one consumer thread that hands each exchange on (as Camel's file, timer and seda consumers do), and
 * one at a time from a {@code ProducerTemplate}, whose caller waits anyway.
 */
public final class FanOutBench {

    /** For {@code BenchMain}: one Camel context and a few hundred exchanges at once. */
    public static final String[] JVM_OPTIONS = {"-Xmx512m"};

    /** A round trip within the provider's region; a route across the world waits 10 times longer. */
    static final Duration LATENCY = Duration.ofMillis(20);
    /** The exchanges one consumer thread hands on in a run: ten times the I/O pool's 16 threads. */
    private static final int HANDED_ON = 160;
    private static final int ONE_AT_A_TIME = 50;
    private static final int WARM_UP_ROUNDS = 2;
    private static final int ROUNDS = 5;

    private static final String DEFAULT = "seedance:get";
    private static final String SYNCHRONOUS = "seedance:get?synchronous=true";

    private final ProducerTemplate template;
    private final AtomicReference<CountDownLatch> running = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** The task every get reads: created once, through the component, before the rounds. */
    private String taskId;

    private final SampleSpread handedOnDefault = new SampleSpread();
    private final SampleSpread handedOnSynchronous = new SampleSpread();
    private final SampleSpread handedOnRatio = new SampleSpread();
    private final SampleSpread perCallDefault = new SampleSpread();
    private final SampleSpread perCallSynchronous = new SampleSpread();
    private final SampleSpread perCallRatio = new SampleSpread();
    private final SampleSpread perCallExtra = new SampleSpread();

    private FanOutBench(ProducerTemplate template) {
        this.template = template;
    }

    public static void main(String[] args) throws Exception {
        FanOutBench bench;
        try (RemoteEmulator emulator = new RemoteEmulator("-Xmx512m", "queueMs=0", "runMs=0",
                "latencyMs=" + LATENCY.toMillis());
             DefaultCamelContext context = new DefaultCamelContext()) {
            context.addComponent("seedance", BenchComponents.pointedAt(emulator.baseUrl(), emulator.apiKey()));
            bench = new FanOutBench(context.createProducerTemplate());
            context.addRoutes(bench.routes());
            context.start();
            bench.taskId = bench.template.requestBody("seedance:create", ConcurrentFlows.PROMPT, String.class);
            for (int r = 0; r < WARM_UP_ROUNDS + ROUNDS; r++) {
                // the side that goes first alternates
                boolean defaultFirst = r % 2 == 0;
                Side first = bench.measure(defaultFirst);
                Side second = bench.measure(!defaultFirst);
                if (r >= WARM_UP_ROUNDS) {
                    bench.record(defaultFirst ? first : second, defaultFirst ? second : first);
                }
            }
        }
        bench.report();
    }

    /** One side's figures in a round: gets per second handed on, microseconds per get one at a time. */
    private record Side(double handedOn, double perCall) {
    }

    private Side measure(boolean asDefault) throws Exception {
        return new Side(handOn(asDefault ? "seda:default" : "seda:synchronous"),
                oneAtATime(asDefault ? DEFAULT : SYNCHRONOUS));
    }

    private void record(Side asDefault, Side synchronous) {
        handedOnDefault.add(asDefault.handedOn());
        handedOnSynchronous.add(synchronous.handedOn());
        handedOnRatio.add(asDefault.handedOn() / synchronous.handedOn());
        perCallDefault.add(asDefault.perCall() / 1000);
        perCallSynchronous.add(synchronous.perCall() / 1000);
        perCallRatio.add(asDefault.perCall() / synchronous.perCall());
        perCallExtra.add(asDefault.perCall() - synchronous.perCall());
    }

    private RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true)
                        .process(e -> ended(e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
                // Camel's seda consumer, one thread: it takes the next exchange as soon as process returns
                from("seda:default").to(DEFAULT).process(e -> ended(null));
                from("seda:synchronous").to(SYNCHRONOUS).process(e -> ended(null));
            }
        };
    }

    private void ended(Throwable error) {
        if (error != null) {
            failure.compareAndSet(null, error);
        }
        running.get().countDown();
    }

    /** Gets per second of {@link #HANDED_ON} exchanges handed to one consumer thread at once. */
    private double handOn(String queue) throws Exception {
        CountDownLatch done = new CountDownLatch(HANDED_ON);
        running.set(done);
        long start = System.nanoTime();
        for (int i = 0; i < HANDED_ON; i++) {
            template.sendBody(queue, taskId);
        }
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException(done.getCount() + " exchanges of " + queue + " outstanding after 5 min");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("an exchange of " + queue + " failed", failure.get());
        }
        return HANDED_ON / seconds;
    }

    /** Microseconds per get sent one at a time from a template, which waits for each. */
    private double oneAtATime(String uri) {
        long start = System.nanoTime();
        for (int i = 0; i < ONE_AT_A_TIME; i++) {
            Task task = template.requestBody(uri, taskId, Task.class);
            ConcurrentFlows.check(taskId, task.id(), task.status().value());
        }
        return (System.nanoTime() - start) / 1e3 / ONE_AT_A_TIME;
    }

    private void report() throws Exception {
        int ioThreads = new SeedanceComponent().getIoPoolSize();
        long latency = LATENCY.toMillis();
        double extraShare = perCallExtra.median() / (perCallSynchronous.median() * 1000) * 100;
        new ScaleReport("The asynchronous default over a network: " + latency + " ms per answer")
                .paragraph("Section 10 measures against an emulator that answers at once, where the default's thread"
                           + " hand-offs are most of a call. Here the emulator (its own JVM, tasks queued and running"
                           + " 0 ms) holds every answer for " + latency + " ms of real time before sending it, as a"
                           + " round trip to the provider would (without holding a server thread: "
                           + "`SeedanceEmulator.Builder.answerLatency`), and the same `seedance:get` of one task"
                           + " runs with the default and with `synchronous=true`, both in one Camel context with the"
                           + " component's defaults (" + ioThreads + " I/O threads). **Handed on**: "
                           + HANDED_ON + " exchanges sent to a `seda:` queue whose one consumer thread routes them to"
                           + " `seedance:get`; Camel's seda consumer, like its file and timer consumers, takes the"
                           + " next exchange as soon as `process` returns. Gets per second: " + HANDED_ON + " / the"
                           + " time from the first send to the last exchange's end. **One at a time**: "
                           + ONE_AT_A_TIME + " `ProducerTemplate.requestBody` calls in a row, whose thread waits"
                           + " for each answer. " + WARM_UP_ROUNDS + " rounds of warm-up, then " + ROUNDS
                           + " rounds, the side that goes first alternating; median (min–max) over the rounds, the"
                           + " ratios taken round by round.")
                .table(List.of("one consumer thread, " + HANDED_ON + " gets handed on", "gets per second"), List.of(
                        List.of("default", handedOnDefault.format(0)),
                        List.of("`synchronous=true`", handedOnSynchronous.format(0)),
                        List.of("ratio default / `synchronous=true`, round by round", handedOnRatio.format(1))))
                .table(List.of("one get at a time from a `ProducerTemplate`", "time per call (ms)"), List.of(
                        List.of("default", perCallDefault.format(2)),
                        List.of("`synchronous=true`", perCallSynchronous.format(2)),
                        List.of("ratio default / `synchronous=true`, round by round", perCallRatio.format(3)),
                        List.of("the default's extra time per call (µs), round by round", perCallExtra.format(0))))
                .paragraph("Handed on by one consumer thread, the default completed "
                           + ScaleReport.number(handedOnRatio.median(), 1) + "× the gets per second of"
                           + " `synchronous=true`: its consumer thread goes on to the next exchange while up to "
                           + ioThreads + " calls are in flight on the I/O pool (at most " + ioThreads * 1000 / latency
                           + " gets a second at " + latency + " ms), where `synchronous=true` holds the thread for"
                           + " each round trip (at most " + 1000 / latency + " a second). One at a time from a"
                           + " template, the default's hand-offs cost " + ScaleReport.number(perCallExtra.median(), 0)
                           + " µs per call, " + ScaleReport.number(extraShare, 1) + "% of a call at " + latency
                           + " ms (" + ScaleReport.number(perCallRatio.median(), 3) + "×), and less the farther away"
                           + " the provider is. They cost more here than section 10's difference at zero latency:"
                           + " there a parked thread is woken some 100 µs later, here some " + latency + " ms later,"
                           + " which likely takes this virtual machine longer. That is why the producer stays"
                           + " asynchronous by default, and why section 10 measures its targets at concurrency 1 and"
                           + " at 64 outstanding with `synchronous=true` too (see there how closely it meets them):"
                           + " set it where the caller waits for each exchange anyway (a `ProducerTemplate`'s"
                           + " request methods, a JMS consumer), and leave the default where a consumer hands"
                           + " exchanges on (file, timer, seda).")
                .publish("15-fan-out.md");
    }
}
