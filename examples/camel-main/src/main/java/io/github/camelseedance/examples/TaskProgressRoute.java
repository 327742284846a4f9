package io.github.camelseedance.examples;

import io.github.camelseedance.SeedanceConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Progress: one line each time a task of this application changes status ({@code seedance:tasks}, the default
 * {@code scope=context}: the tasks this CamelContext's producers created).
 */
public class TaskProgressRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("seedance:tasks?initialDelay=0&delay={{examples.tasks-delay}}").routeId("task-progress")
                .setBody(TaskProgressRoute::line)
                .log("${body}");
    }

    static String line(Exchange exchange) {
        String previous = exchange.getMessage().getHeader(SeedanceConstants.PREVIOUS_STATUS, String.class);
        String status = exchange.getMessage().getHeader(SeedanceConstants.TASK_STATUS, String.class);
        String code = exchange.getMessage().getHeader(SeedanceConstants.ERROR_CODE, String.class);
        return "Task " + exchange.getMessage().getHeader(SeedanceConstants.TASK_ID) + ": "
               + (previous == null ? "" : previous + " -> ") + status + (code == null ? "" : " (" + code + ")");
    }
}
