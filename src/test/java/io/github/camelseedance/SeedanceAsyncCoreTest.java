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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelseedance.client.Provider;
import io.github.camelseedance.client.SeedanceException;
import io.github.camelseedance.client.VirtualClock;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.runtime.RuntimeProbe;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The asynchronous core seen from routes: no thread sleeps or waits for the provider, every operation completes on
 * the worker pool (or in the caller's thread with {@code synchronous=true}), a full worker pool delays completions
 * instead of running them on I/O threads, and a redelivery repeats the operation a header asked for. Time is a
 * {@link VirtualClock}: a 30-second Retry-After costs no real second.
 */
class SeedanceAsyncCoreTest extends CamelTestSupport {

    private static final String TASKS = Provider.POWERTOKENS.tasksPath();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40))
            .build();

    private final VirtualClock clock = new VirtualClock();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    /** The thread that sent each request, as "path thread". */
    private final List<String> senders = new CopyOnWriteArrayList<>();
    private final List<String> callers = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent component = new SeedanceComponent();
        component.setClock(clock);
        component.setWorkerPoolSize(1);
        component.setWorkerPoolMaxSize(1);
        component.setWorkerQueueSize(1);
        SeedanceConfiguration config = component.getConfiguration();
        config.setApiKey("sk-async-core");
        config.setBaseUrl(wm.baseUrl());
        config.setModel("dreamina-seedance-2-0-260128");
        config.setAssetPollInterval(Duration.ofMillis(1000));
        config.setAssetTimeout(Duration.ofMinutes(10));
        config.setRetryMaxBackoff(Duration.ofMinutes(1));
        context.addComponent("seedance", component);
        context.getRegistry().bind("senders", (HttpClientConfigurer) builder -> builder.addRequestInterceptorLast(
                (request, entity, http) -> senders.add(request.getPath() + " " + Thread.currentThread().getName())));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(SeedanceException.class).maximumRedeliveries(2).redeliveryDelay(0).handled(true)
                        .setHeader("failedWith", simple("${exception.class.simpleName}"));
                from("direct:get").to("seedance:get").process(e -> threads.add(Thread.currentThread().getName()));
                from("direct:getSync").to("seedance:get?synchronous=true")
                        .process(e -> threads.add(Thread.currentThread().getName()));
                from("direct:blocked").to("seedance:get").process(e -> {
                    threads.add(Thread.currentThread().getName());
                    release.await(30, TimeUnit.SECONDS);
                });
                from("direct:redeliver").to("seedance:get").to("seedance:create");
                from("direct:getSyncSenders").process(e -> callers.add(Thread.currentThread().getName()))
                        .to("seedance:get?synchronous=true&httpClientConfigurer=#senders");
                from("direct:getSenders").to("seedance:get?httpClientConfigurer=#senders");
            }
        };
    }

    @Test
    void fiftyUploadsWaitWhileOneLookupIsThrottledAndNoThreadSleeps() {
        int n = 50;
        for (int i = 0; i < n; i++) {
            wm.stubFor(post(urlPathEqualTo("/v1/asset/upload")).withMultipartRequestBody(aMultipart().withName("file")
                    .withHeader("Content-Disposition", containing("\"f" + i + ".png\"")))
                    .willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-" + i + "\"}}")));
            if (i > 0) {
                wm.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id")).withQueryParam("task_id", equalTo("up-" + i))
                        .willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"asset-" + i + "\"}}")));
            }
        }
        // the lookup of up-0 is throttled once, for 30 seconds
        wm.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id")).withQueryParam("task_id", equalTo("up-0"))
                .inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                        .withBody("{\"error\":{\"code\":\"RateLimitExceeded\",\"message\":\"slow down\"}}"))
                .willSetStateTo("open"));
        wm.stubFor(get(urlPathEqualTo("/v1/asset/jobs/get-asset-id")).withQueryParam("task_id", equalTo("up-0"))
                .inScenario("throttled").whenScenarioStateIs("open")
                .willReturn(okJson("{\"code\":200,\"data\":{\"asset_id\":\"asset-0\"}}")));
        Map<Integer, Exchange> done = new ConcurrentHashMap<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            template.asyncSend("seedance:upload", e -> {
                e.getMessage().setBody(TestImages.png(400 + index, 400));
                e.getMessage().setHeader(SeedanceConstants.FILE_NAME, "f" + index + ".png");
            }).thenAccept(exchange -> done.put(index, exchange));
        }
        // virtual time stands still: the 49 free lookups finish at once, the throttled one waits for its 30 seconds
        java.time.Instant start = clock.now();
        await().atMost(20, TimeUnit.SECONDS).until(() -> {
            clock.runDue();
            return done.size() >= n - 1;
        });
        assertNoThreadOfOursSleeps();
        System.out.println("50 uploads, one waiting 30 s for its Retry-After: " + threadFigures());
        assertEquals(start, clock.now(), "no time had to pass for the others");
        for (int i = 1; i < n; i++) {
            assertNull(done.get(i).getException());
            assertEquals("asset-" + i, done.get(i).getMessage().getHeader(SeedanceConstants.ASSET_ID));
        }
        assertFalse(done.containsKey(0), "the throttled lookup waits for its Retry-After");
        clock.advance(Duration.ofSeconds(29));
        assertFalse(done.containsKey(0), "not before the 30 seconds");
        clock.advance(Duration.ofSeconds(1));
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            clock.runDue();
            return done.containsKey(0);
        });
        assertEquals("asset-0", done.get(0).getMessage().getHeader(SeedanceConstants.ASSET_ID));
    }

    /** How many threads of the component exist and how many of them are doing something right now. */
    private static String threadFigures() {
        int workers = 0;
        int io = 0;
        int busyIo = 0;
        int sleeping = 0;
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            String name = thread.getKey().getName();
            boolean parked = thread.getValue().length > 0 && java.util.Arrays.stream(thread.getValue())
                    .anyMatch(f -> f.getMethodName().equals("getTask") || f.getMethodName().equals("take"));
            workers += name.contains("SeedanceWorker") ? 1 : 0;
            io += name.contains("SeedanceIO") ? 1 : 0;
            busyIo += name.contains("SeedanceIO") && !parked ? 1 : 0;
            sleeping += java.util.Arrays.stream(thread.getValue()).anyMatch(SeedanceAsyncCoreTest::isSleep) ? 1 : 0;
        }
        return workers + " worker threads, " + io + " I/O threads (" + busyIo + " busy), " + sleeping
               + " sleeping threads in the whole JVM";
    }

    /** A frame of {@code java.lang.Thread}'s sleep methods. */
    private static boolean isSleep(StackTraceElement frame) {
        return frame.getClassName().equals("java.lang.Thread") && frame.getMethodName().startsWith("sleep");
    }

    private static void assertNoThreadOfOursSleeps() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            boolean sleeping = false;
            boolean ours = false;
            for (StackTraceElement frame : thread.getValue()) {
                sleeping |= isSleep(frame);
                ours |= frame.getClassName().startsWith("io.github.camelseedance.")
                        && !frame.getClassName().contains("Test");
            }
            assertFalse(sleeping && ours, "thread " + thread.getKey().getName() + " sleeps in our code");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "get", "list", "cancel", "create" })
    void everyOperationReturnsFalseAndCompletesOnTheWorkerPool(String operation) throws Exception {
        stubTasks();
        AsyncProducer producer = context.getEndpoint("seedance:" + operation).createAsyncProducer();
        ServiceHelper.startService(producer);
        try {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(operation.equals("create") ? "A kitten" : "cgt-1");
            CountDownLatch completed = new CountDownLatch(1);
            List<String> callbackThread = new ArrayList<>();
            boolean doneSync = producer.process(exchange, sync -> {
                callbackThread.add(Thread.currentThread().getName());
                completed.countDown();
            });
            assertFalse(doneSync, operation + " must not complete on the caller's thread");
            assertTrue(completed.await(10, TimeUnit.SECONDS));
            assertNull(exchange.getException());
            assertTrue(callbackThread.get(0).contains("SeedanceWorker"), callbackThread.toString());
        } finally {
            ServiceHelper.stopService(producer);
        }
    }

    @Test
    void synchronousTrueCompletesInTheCallersThread() {
        stubTasks();
        template.sendBody("direct:getSync", "cgt-1");
        assertEquals(Thread.currentThread().getName(), threads.get(0));
        template.sendBody("direct:get", "cgt-1");
        assertTrue(threads.get(1).contains("SeedanceWorker"), threads.toString());
    }

    @Test
    void aSynchronousExchangeNeedsNoWorkerItsCallerGoesOn() {
        stubTasks();
        SeedanceComponent component = context.getComponent("seedance", SeedanceComponent.class);
        List<CompletableFuture<Exchange>> blocked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            blocked.add(template.asyncSend("direct:blocked", e -> e.getMessage().setBody("cgt-1")));
        }
        // the one worker is held by a route, its queue is full, and work waits in the overflow
        await().atMost(10, TimeUnit.SECONDS).until(() -> RuntimeProbe.workerBacklog(component) > 0);
        // the caller waits for its own exchange: ending it needs no worker
        String caller = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            template.sendBody("direct:getSync", "cgt-1");
            return Thread.currentThread().getName();
        });
        assertTrue(threads.contains(caller), threads.toString());
        release.countDown();
        await().atMost(20, TimeUnit.SECONDS).until(() -> {
            clock.advance(Duration.ofMillis(10));
            return blocked.stream().allMatch(CompletableFuture::isDone);
        });
    }

    @Test
    void aSynchronousProducerSendsItsCallOnTheCallersThreadAndTheDefaultOnTheIoPool() {
        stubTasks();
        String caller = Thread.currentThread().getName();
        assertEquals("cgt-1", template.requestBody("direct:getSyncSenders", "cgt-1", Task.class).id());
        assertEquals(List.of(TASKS + "/cgt-1 " + caller), senders);
        senders.clear();
        assertEquals("cgt-1", template.requestBody("direct:getSenders", "cgt-1", Task.class).id());
        assertEquals(1, senders.size());
        assertTrue(senders.get(0).contains("SeedanceIO"), senders.toString());
    }

    @Test
    void aSynchronousCallsRetryWaitsOnTheClockAndIsSentFromTheIoPool() {
        wm.stubFor(get(urlPathEqualTo(TASKS + "/cgt-3")).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("answered"));
        wm.stubFor(get(urlPathEqualTo(TASKS + "/cgt-3")).inScenario("retry").whenScenarioStateIs("answered")
                .willReturn(okJson("{\"id\":\"cgt-3\",\"status\":\"running\"}")));
        CompletableFuture<Exchange> sent = template.asyncSend("direct:getSyncSenders",
                e -> e.getMessage().setBody("cgt-3"));
        await().atMost(20, TimeUnit.SECONDS).until(() -> {
            clock.advance(Duration.ofSeconds(1)); // the retry's backoff
            return sent.isDone();
        });
        assertNull(sent.join().getException());
        assertEquals("cgt-3", sent.join().getMessage().getBody(Task.class).id());
        assertEquals(2, senders.size(), senders.toString());
        // the first attempt went at once, on the caller's thread; the retry waited on the clock, never on the caller
        assertEquals(TASKS + "/cgt-3 " + callers.get(0), senders.get(0));
        assertTrue(senders.get(1).contains("SeedanceIO"), senders.toString());
    }

    @Test
    void aFullWorkerPoolDelaysCompletionsButNeverRunsThemElsewhere() throws Exception {
        stubTasks();
        SeedanceComponent component = context.getComponent("seedance", SeedanceComponent.class);
        int n = 12;
        AtomicInteger completed = new AtomicInteger();
        for (int i = 0; i < n; i++) {
            template.asyncSend("direct:blocked", e -> e.getMessage().setBody("cgt-1"))
                    .thenAccept(exchange -> completed.incrementAndGet());
        }
        // one worker, busy with the first exchange; one queued; the rest wait in the completer's overflow
        await().atMost(10, TimeUnit.SECONDS).until(() -> RuntimeProbe.workerBacklog(component) > 0);
        release.countDown();
        await().atMost(20, TimeUnit.SECONDS).until(() -> {
            clock.advance(Duration.ofMillis(10)); // the overflow is handed back to the pool on the clock
            return completed.get() == n;
        });
        assertEquals(n, threads.size());
        threads.forEach(name -> assertTrue(name.contains("SeedanceWorker"), name));
    }

    @Test
    void redeliveryRepeatsTheOperationOfTheHeaderAndALaterEndpointDoesItsOwn() {
        wm.stubFor(delete(urlPathEqualTo(TASKS + "/cgt-7")).inScenario("cancel").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"code\":\"InternalServiceError\","
                        + "\"message\":\"try again\"}}")).willSetStateTo("second"));
        wm.stubFor(delete(urlPathEqualTo(TASKS + "/cgt-7")).inScenario("cancel").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"code\":\"InternalServiceError\","
                        + "\"message\":\"try again\"}}")).willSetStateTo("third"));
        wm.stubFor(delete(urlPathEqualTo(TASKS + "/cgt-7")).inScenario("cancel").whenScenarioStateIs("third")
                .willReturn(okJson("{}")));
        wm.stubFor(post(urlPathEqualTo(TASKS)).willReturn(okJson("{\"id\":\"cgt-8\"}")));
        Exchange result = template.request("direct:redeliver", e -> {
            e.getMessage().setHeader(SeedanceConstants.OPERATION, "cancel");
            e.getMessage().setHeader(SeedanceConstants.TASK_ID, "cgt-7");
            e.getMessage().setHeader(SeedanceConstants.PROMPT, "A kitten");
        });
        assertNull(result.getMessage().getHeader("failedWith"));
        assertEquals("cgt-8", result.getMessage().getHeader(SeedanceConstants.TASK_ID));
        wm.verify(3, deleteRequestedFor(urlPathEqualTo(TASKS + "/cgt-7")));
        wm.verify(0, getRequestedFor(urlPathMatching(TASKS + "/.*")));
        wm.verify(1, postRequestedFor(urlPathEqualTo(TASKS)));
    }

    private static void stubTasks() {
        wm.stubFor(get(urlPathEqualTo(TASKS + "/cgt-1")).willReturn(okJson("{\"id\":\"cgt-1\",\"status\":\"running\"}")));
        wm.stubFor(get(urlPathEqualTo(TASKS)).willReturn(okJson("{\"total\":0,\"items\":[]}")));
        wm.stubFor(delete(urlPathEqualTo(TASKS + "/cgt-1")).willReturn(okJson("{}")));
        wm.stubFor(post(urlPathEqualTo(TASKS)).willReturn(okJson("{\"id\":\"cgt-2\"}")));
    }
}
