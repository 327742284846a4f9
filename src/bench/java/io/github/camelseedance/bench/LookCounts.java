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

import java.util.List;

import io.github.camelseedance.client.Provider;
import io.github.camelseedance.emulator.Journal;

/**
 * What the emulator's journal says about the task reads since it was last cleared: list requests, the task ids they
 * asked for (repeated {@code filter.task_ids}), and reads of one task by id.
 */
record LookCounts(long lists, long idsAsked, long getsById) {

    private static final String TASKS = Provider.POWERTOKENS.tasksPath();

    static LookCounts of(Journal journal) {
        List<Journal.Entry> entries = journal.entries(e -> "GET".equals(e.method()) && e.path().startsWith(TASKS));
        long lists = 0;
        long ids = 0;
        long gets = 0;
        for (Journal.Entry e : entries) {
            if (e.path().equals(TASKS)) {
                lists++;
                ids += occurrences(e.query() == null ? "" : e.query(), "task_ids");
            } else {
                gets++;
            }
        }
        return new LookCounts(lists, ids, gets);
    }

    private static long occurrences(String text, String word) {
        long n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    long requests() {
        return lists + getsById;
    }

    /** How many complete looks at {@code watched} tasks these requests amount to. */
    double looks(int watched) {
        return (double) (idsAsked + getsById) / watched;
    }
}
