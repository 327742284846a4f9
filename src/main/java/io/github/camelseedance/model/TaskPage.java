package io.github.camelseedance.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of the task list: the total count of matching tasks and the tasks of this page. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskPage(long total, List<Task> items) {

    public TaskPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
