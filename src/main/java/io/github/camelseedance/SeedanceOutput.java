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

/** What {@code generate} and {@code download} put in the body once a video is ready. */
public enum SeedanceOutput {
    /** The task, with the video URL in it and in a header. */
    task,
    /** The video URL (it expires: download it promptly). */
    url,
    /** The video as an InputStream from the file host, never buffered whole; the route must read and close it. */
    stream,
    /** The video downloaded into {@code directory} under {@code fileName}; the body is the java.io.File. */
    file
}
