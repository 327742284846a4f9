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
/**
 * Seedance 2.0 service emulator for tests: an in-process HTTP server (JDK {@code HttpServer}, 127.0.0.1, free port)
 * that behaves like the API documented in {@code shared/reference} (official task API under {@code /api/v3} and
 * {@code /byteplus/api/v3}, OpenAI-style {@code /v1/videos}, Asset Library, result downloads). It does not use the
 * project's own client or model classes, so it can serve as ground truth for them.
 *
 * <p>Entry points: {@link io.github.camelseedance.emulator.SeedanceEmulator} (builder, start, baseUrl, close),
 * {@link io.github.camelseedance.emulator.SeedanceEmulatorExtension} (JUnit 5),
 * {@link io.github.camelseedance.emulator.SeedanceEmulatorMain} (stand-alone, real time). Time is the
 * {@link io.github.camelseedance.emulator.EmulatorClock}'s: tests advance it instead of sleeping. Faults and outcomes
 * are scripted through {@link io.github.camelseedance.emulator.Scenario}; every request lands in the
 * {@link io.github.camelseedance.emulator.Journal}.
 *
 * <p>HTTP: every answer goes out through {@code GuardedExchange}, which reads what a handler left of the request
 * body first (so an early refusal keeps the connection usable) and closes the connection when an answer is cut
 * short; any failure of a handler, an {@code Error} included, is a 500 {@code InternalServiceError}. TCP_NODELAY is
 * on (see {@link io.github.camelseedance.emulator.SeedanceEmulator}).
 *
 * <p>Not emulated: fetching or checking {@code https://} media (never contacted), image/video/audio limits that need
 * decoding (sides, aspect, durations, fps), per-account RPM rate limiting (script a 429 instead), billing/overdue
 * (403), draft tasks and {@code tools}, {@code revised_prompt}, the {@code pending} status, model-id rewriting, the
 * real video content (24 frames of 1 s at 160 px regardless of {@code duration}/{@code resolution}; the last frame
 * PNG is that frame scaled to 360 px on its shorter side, a valid first frame for chaining segments), HTTP Range
 * requests, asset groups beyond storing {@code group_id}, signed callback requests (the real ones are unsigned too).
 *
 * <p>Outside this project: the artifact {@code io.github.camelseedance:camel-seedance:VERSION:jar:emulator} carries
 * the emulator with the Jackson and JCodec it needs (relocated), so one test dependency is enough; it also runs
 * stand-alone: {@code java -jar camel-seedance-VERSION-emulator.jar --port 8089 --api-key demo-key}.
 */
package io.github.camelseedance.emulator;
