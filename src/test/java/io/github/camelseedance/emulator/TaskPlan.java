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

import java.time.Duration;

/**
 * How one task will play out, fixed at create time from the emulator defaults and the first matching
 * {@link Scenario.TaskScript}. {@code runningPolls} (when set) replaces the run time: the task stays running for
 * that many GETs. {@code neverFinish} keeps it running until {@code execution_expires_after} makes it expired.
 */
record TaskPlan(Duration queueFor, Duration runFor, Integer runningPolls, String failCode, String failMessage,
                boolean neverFinish) {
}
