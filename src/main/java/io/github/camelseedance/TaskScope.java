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

/** Which tasks a {@code seedance:tasks} consumer watches. */
public enum TaskScope {
    /**
     * Tasks created by {@code seedance:} producers of the same CamelContext, and ids registered with the
     * {@code watch} operation or the {@code taskIds} option.
     */
    context,
    /** Only the ids of the {@code taskIds} option and those registered with the {@code watch} operation. */
    ids,
    /** Every task of the account within the filters, created within {@code createdWithin}: for dashboards. */
    account
}
