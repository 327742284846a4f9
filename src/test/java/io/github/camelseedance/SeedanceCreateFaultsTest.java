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
package io.github.camelseedance;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.camelseedance.client.OutcomeUnknownException;
import io.github.camelseedance.client.TransportException;
import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.emulator.EmulatorClock;
import io.github.camelseedance.emulator.Journal;
import io.github.camelseedance.emulator.Scenario;
import io.github.camelseedance.emulator.SeedanceEmulatorExtension;
import io.github.camelseedance.model.Task;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fault on the way of a paid create leads to its documented outcome, and the emulator's journal shows at most one
 * create per exchange that the service accepted: refusals before acceptance (429, 503 with the provider's body) are
 * retried after their Retry-After on the component's virtual clock; a lost answer (reset, timeout, truncated or
 * malformed body, a 500) is never resent, and generate lists the tasks that may be the one paid for. The emulator runs
 * in real time (its task times are what the service reports as creation times).
 */
class SeedanceCreateFaultsTest extends CamelTestSupport {

    @RegisterExtension
    static SeedanceEmulatorExtension emulator = new SeedanceEmulatorExtension(b -> b.clock(EmulatorClock.realTime())
            .queueTime(Duration.ofMillis(100)).runTime(Duration.ofMillis(200)));

    // virtual time that starts at the real time: the emulator stamps tasks with the real time
    private final VirtualClock clock = new VirtualClock(java.time.Instant.now());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent component = EmulatorComponents.generating(emulator);
        component.setClock(clock);
        component.getConfiguration().setResponseTimeout(Duration.ofMillis(1500));
        component.getConfiguration().setRetryMaxBackoff(Duration.ofMinutes(1));
        context.addComponent("seedance", component);
        return context;
    }

    /** Sends a generate and moves the virtual clock a second at a time until it is done. */
    private Exchange generate(String prompt) {
        return generate("seedance:generate", prompt);
    }

    private Exchange generate(String uri, String prompt) {
        // a model of its own per exchange: the candidates of a lost create are the tasks of its model in the window
        String model = "ep-" + Long.toString(System.nanoTime(), 36);
        emulator.emulator().registerModel(model);
        CompletableFuture<Exchange> sent = template.asyncSend(uri, e -> {
            e.getMessage().setBody(prompt);
            e.getMessage().setHeader(SeedanceConstants.MODEL, model);
        });
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            clock.advance(Duration.ofSeconds(1));
            return sent.isDone();
        });
        return sent.join();
    }

    private long acceptedCreates() {
        Journal journal = emulator.emulator().journal();
        return journal.count(e -> "POST".equals(e.method()) && e.path().endsWith("/tasks")
                                  && (e.status() == 200 || e.status() == 0 || e.status() == 500));
    }

    private void fault(Consumer<Scenario> fault) {
        fault.accept(emulator.emulator().scenario());
    }

    @Test
    void aProviderRateLimitIsRetriedAfterItsRetryAfterAndCreatesOnce() {
        fault(s -> s.nextCreate().respond(429, "RateLimitExceeded.EndpointRPMExceeded", "Too many requests", 30));
        var start = clock.now();
        Exchange done = generate("Rate limited first");
        assertNull(done.getException());
        assertEquals(2, emulator.emulator().journal().creates(), "one refusal, one create");
        assertEquals(1, acceptedCreates());
        assertTrue(!clock.now().isBefore(start.plusSeconds(30)), "the Retry-After of 30 s was honoured");
    }

    @Test
    void aProviderOverloadIsRetriedAndCreatesOnce() {
        fault(s -> s.nextCreate().times(2).respond(503));
        Exchange done = generate("Overloaded first");
        assertNull(done.getException());
        assertEquals(3, emulator.emulator().journal().creates());
        assertEquals(1, acceptedCreates());
    }

    @Test
    void aServerErrorIsAnUnknownOutcomeNeverResent() {
        fault(s -> s.nextCreate().respond(500));
        Exchange done = generate("A 500");
        OutcomeUnknownException lost = assertInstanceOf(OutcomeUnknownException.class, done.getException());
        assertEquals(1, emulator.emulator().journal().creates());
        assertNotNull(lost.getCandidates(), "generate looked for the task it may have paid for");
        assertEquals(0, lost.getCandidates().size(), "the emulator created nothing behind its 500");
    }

    @Test
    void aResetAfterTheCreateWasAcceptedIsNeverResentAndTheTaskIsACandidate() {
        int tasks = emulator.emulator().taskCount();
        fault(s -> s.nextCreate().dropConnectionAfterCreate());
        Exchange done = generate("Lost after acceptance");
        OutcomeUnknownException lost = assertInstanceOf(OutcomeUnknownException.class, done.getException());
        assertEquals(1, emulator.emulator().journal().creates());
        assertEquals(tasks + 1, emulator.emulator().taskCount());
        assertEquals(1, lost.getCandidates().size(), lost.getMessage());
        Task candidate = lost.getCandidates().get(0);
        assertEquals(lost.getModel(), candidate.model());
    }

    @Test
    void aReadTimeoutIsAnUnknownOutcome() {
        fault(s -> s.nextCreate().slowBody(Duration.ofSeconds(20)));
        Exchange done = generate("Slow answer");
        OutcomeUnknownException lost = assertInstanceOf(OutcomeUnknownException.class, done.getException());
        assertEquals(1, emulator.emulator().journal().creates());
        assertEquals(1, lost.getCandidates().size(), lost.getMessage());
    }

    @Test
    void aTruncatedAnswerIsAnUnknownOutcome() {
        fault(s -> s.nextCreate().truncatedBody());
        Exchange done = generate("Truncated answer");
        assertInstanceOf(OutcomeUnknownException.class, done.getException());
        assertEquals(1, emulator.emulator().journal().creates());
    }

    @Test
    void aMalformedAnswerIsAnUnknownOutcome() {
        fault(s -> s.nextCreate().malformedJson());
        Exchange done = generate("Malformed answer");
        OutcomeUnknownException lost = assertInstanceOf(OutcomeUnknownException.class, done.getException());
        assertEquals(1, emulator.emulator().journal().creates());
        assertEquals(1, lost.getCandidates().size(), lost.getMessage());
    }

    @Test
    void aRefusedConnectionIsRetriedThenATransportFailureWithNothingCreated() {
        Exchange done = generate("seedance:generate?baseUrl=http://127.0.0.1:" + closedPort() + "&maxRetries=2",
                "Nobody listens");
        TransportException failure = assertInstanceOf(TransportException.class, done.getException());
        assertTrue(failure.getMessage().contains("nothing was sent"), failure.getMessage());
        assertEquals(0, emulator.emulator().journal().creates());
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
