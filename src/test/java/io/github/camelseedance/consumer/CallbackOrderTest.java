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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelseedance.SeedanceComponent;
import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.client.Provider;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskStatus;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a callback's re-read hands the consumer joins its stream in order: an answer older than one already handled
 * (a look that started before the callback and ended after it) never takes a task back, nor is a change emitted twice.
 * No HTTP here: the consumer never polls during a test, and the answers are handed to it directly.
 */
class CallbackOrderTest {

    private static final String ID = "cgt-20261206000000-order";
    private static final String LATER = "cgt-20261206000000-later";

    private final List<String> emitted = new CopyOnWriteArrayList<>();
    private DefaultCamelContext context;
    private SeedanceConsumer consumer;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private void start(String polls) throws Exception {
        context = new DefaultCamelContext();
        SeedanceComponent component = new SeedanceComponent();
        component.getConfiguration().setApiKey("order-test-key");
        component.getConfiguration().setBaseUrl(wm.baseUrl());
        component.getConfiguration().setListRequestsPerSecond(0);
        context.addComponent("seedance", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?scope=ids&taskIds=" + ID + "," + LATER + "&" + polls).routeId("order")
                        .process(e -> emitted.add(e.getMessage().getHeader(SeedanceConstants.TASK_ID) + ":"
                                                  + e.getMessage().getHeader(SeedanceConstants.TASK_STATUS)));
            }
        });
        context.start();
        Route route = context.getRoute("order");
        consumer = (SeedanceConsumer) route.getConsumer();
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
    }

    private static Task task(TaskStatus status) {
        return task(ID, status);
    }

    private static Task task(String id, TaskStatus status) {
        return new Task(id, null, status, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    @Test
    void anOlderAnswerNeverTakesATaskBack() throws Exception {
        start("delay=3600000&initialDelay=3600000");
        consumer.offer(task(TaskStatus.RUNNING));
        await().atMost(10, TimeUnit.SECONDS).until(() -> emitted.equals(List.of(ID + ":running")));
        consumer.offer(task(TaskStatus.SUCCEEDED));
        await().atMost(10, TimeUnit.SECONDS).until(() -> emitted.size() == 2);
        assertTrue(consumer.handledFinal(ID));
        consumer.offer(task(TaskStatus.RUNNING)); // a stale answer, after the end
        consumer.offer(task(TaskStatus.QUEUED));
        consumer.offer(task(TaskStatus.SUCCEEDED)); // the same end again
        consumer.offer(task("cgt-20261206000000-stranger", TaskStatus.RUNNING)); // not watched
        // emissions are serialized: once the later task's change is out, every offer above was considered
        consumer.offer(task(LATER, TaskStatus.RUNNING));
        await().atMost(10, TimeUnit.SECONDS).until(() -> emitted.size() >= 3);
        assertEquals(List.of(ID + ":running", ID + ":succeeded", LATER + ":running"), emitted);
        assertFalse(consumer.watches("cgt-20261206000000-stranger"));
    }

    @Test
    void aLookThatStartedBeforeACallbackDoesNotTakeTheTaskBack() throws Exception {
        wm.stubFor(get(urlPathEqualTo(Provider.POWERTOKENS.tasksPath())).willReturn(okJson("{\"total\":1,\"items\":"
                + "[{\"id\":\"" + ID + "\",\"status\":\"running\"}]}").withFixedDelay(1500)));
        wm.stubFor(get(urlPathEqualTo(Provider.POWERTOKENS.tasksPath() + "/" + ID)).willReturn(okJson("{\"id\":\"" + ID
                + "\",\"status\":\"running\"}").withFixedDelay(1500)));
        start("delay=20&initialDelay=0");
        // the look is under way (its answer, running, is held); meanwhile a callback's re-read finds the end
        await().atMost(10, TimeUnit.SECONDS).until(() -> wm.getAllServeEvents().size() >= 1);
        consumer.offer(task(TaskStatus.SUCCEEDED));
        await().atMost(10, TimeUnit.SECONDS).until(() -> emitted.equals(List.of(ID + ":succeeded")));
        // polls run one after the other and a look starts only once the last one ended: the poll that sent the
        // second request had the held answer and sent its changes after that request; the third request's poll came
        // after that poll had finished
        await().atMost(10, TimeUnit.SECONDS).until(() -> wm.getAllServeEvents().size() >= 3);
        assertEquals(List.of(ID + ":succeeded"), emitted, "the older answer took the task back");
    }
}
