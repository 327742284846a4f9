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
package io.github.camelseedance.producer;

/** What tests read of a correlation key's record, through the package rather than public members of main code. */
public final class LedgerProbe {

    private LedgerProbe() {
    }

    /** The task id a key's record holds, or null while the key is pending (its create sent, its answer unknown). */
    public static String recordedTaskId(String record) {
        return TaskLedger.parse(record) instanceof TaskLedger.Task task ? task.taskId() : null;
    }
}
