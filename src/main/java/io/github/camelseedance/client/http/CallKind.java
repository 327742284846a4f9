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
package io.github.camelseedance.client.http;

/** What a call does, which decides what may be retried and what a lost answer means. */
enum CallKind {
    /** Reads change nothing: retried on connection failures, 429 and 5xx. */
    READ,
    /**
     * A create is paid for: retried only when provably nothing was created; a lost answer, or a 5xx that is not
     * the provider's own refusal, leaves the outcome unknown.
     */
    CREATE,
    /**
     * Uploads and cancels change state (a second DELETE removes the record of the task the first cancelled):
     * retried only when provably nothing happened.
     */
    CHANGE
}
