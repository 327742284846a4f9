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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.github.camelseedance.SeedanceConfiguration;
import io.github.camelseedance.SeedanceConstants;
import io.github.camelseedance.SeedanceOutput;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.runtime.TaskHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the result of {@code generate} or {@code download} goes, decided and checked before anything is sent: the
 * task, its URL, a stream from the file host, or a file in a directory that must be writable. A file name comes from
 * the {@code fileName} expression once the task's headers are set, and must stay inside the directory.
 */
final class ResultTarget {

    private static final Logger LOG = LoggerFactory.getLogger(ResultTarget.class);

    private final SeedanceOutput output;
    private final Path directory;
    private final String fileName;
    private final boolean lastFrame;

    private ResultTarget(SeedanceOutput output, Path directory, String fileName, boolean lastFrame) {
        this.output = output;
        this.directory = directory;
        this.fileName = fileName;
        this.lastFrame = lastFrame;
    }

    static ResultTarget of(SeedanceConfiguration config) {
        SeedanceOutput output = config.getOutput();
        Path directory = null;
        if (output == SeedanceOutput.file) {
            directory = writableDirectory(config.getDirectory());
        }
        return new ResultTarget(output, directory, config.getFileName(), config.isDownloadLastFrame());
    }

    /** For the download operation: a file with output=file, a stream otherwise. */
    ResultTarget forDownload() {
        return output == SeedanceOutput.file ? this : new ResultTarget(SeedanceOutput.stream, null, fileName, false);
    }

    private static Path writableDirectory(String name) {
        if (name == null || name.isBlank()) {
            throw new SeedanceValidationException("directory", name, "a directory to download into with output=file");
        }
        try {
            Path directory = Path.of(name).toAbsolutePath().normalize();
            Files.createDirectories(directory);
            if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
                throw new SeedanceValidationException("directory", name, "a writable directory");
            }
            return directory;
        } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
            throw new SeedanceValidationException("directory", name, "a writable directory (" + e.getMessage() + ")");
        }
    }

    /** The result of a succeeded task, in the body as configured; the task's headers are set in every case. */
    CompletableFuture<Consumer<Message>> deliver(Exchange exchange, Task task, ResultDownloader downloader) {
        return switch (output) {
            case task -> CompletableFuture.completedFuture(m -> {
                TaskHeaders.write(m, task, null);
                m.setBody(task);
            });
            case url -> CompletableFuture.completedFuture(m -> {
                TaskHeaders.write(m, task, null);
                m.setBody(task.videoUrl());
            });
            case stream -> stream(exchange, task, task.id(), task.videoUrl(), downloader);
            case file -> toFile(exchange, task, task.id(), task.videoUrl(), downloader);
        };
    }

    /** A result known only by its URL (and maybe its task id, to refresh an expired URL). */
    CompletableFuture<Consumer<Message>> deliverUrl(Exchange exchange, String taskId, String url,
            ResultDownloader downloader) {
        if (output == SeedanceOutput.file) {
            return toFile(exchange, null, taskId, url, downloader);
        }
        return stream(exchange, null, taskId, url, downloader);
    }

    /**
     * The video as a stream from the file host, with the task's headers when the task is known. The stream is closed
     * when the exchange completes, whether the route read it or not (it filtered the exchange out, or failed first):
     * one nobody read would otherwise hold its pooled connection for ever.
     */
    private static CompletableFuture<Consumer<Message>> stream(Exchange exchange, Task task, String taskId, String url,
            ResultDownloader downloader) {
        return downloader.open(taskId, url, ResultDownloader.Result.VIDEO).thenApply(stream -> m -> {
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    IOHelper.close(stream, "result stream", LOG);
                }
            });
            if (task != null) {
                TaskHeaders.write(m, task, null);
            }
            setLength(m, stream.contentLength());
            m.setBody(stream.body()); // closing it closes the stream
        });
    }

    private CompletableFuture<Consumer<Message>> toFile(Exchange exchange, Task task, String taskId, String url,
            ResultDownloader downloader) {
        // the name is an expression over the exchange: the task's headers are set first, on the worker pool
        return CompletableFuture.supplyAsync(() -> {
            if (task != null) {
                TaskHeaders.write(exchange.getMessage(), task, null);
            } else if (taskId != null) {
                exchange.getMessage().setHeader(SeedanceConstants.TASK_ID, taskId);
            }
            return target(exchange);
        }, downloader.worker()).thenCompose(video -> downloader.toFile(taskId, url, ResultDownloader.Result.VIDEO, video)
                .thenCompose(written -> lastFrame && task != null && task.lastFrameUrl() != null
                        ? downloader.toFile(taskId, task.lastFrameUrl(), ResultDownloader.Result.LAST_FRAME,
                                lastFrameOf(written)).thenApply(frame -> files(task, written, frame))
                        : CompletableFuture.completedFuture(files(task, written, null))));
    }

    private static Consumer<Message> files(Task task, Path video, Path frame) {
        return m -> {
            if (task != null) {
                TaskHeaders.write(m, task, null);
            }
            m.setHeader(SeedanceConstants.VIDEO_FILE, video.toString());
            if (frame != null) {
                m.setHeader(SeedanceConstants.LAST_FRAME_FILE, frame.toString());
            }
            try {
                m.setHeader(SeedanceConstants.CONTENT_LENGTH, Files.size(video));
            } catch (IOException e) {
                m.removeHeader(SeedanceConstants.CONTENT_LENGTH);
            }
            m.setBody(video.toFile());
        };
    }

    private Path target(Exchange exchange) {
        String name = exchange.getContext().resolveLanguage("simple").createExpression(fileName)
                .evaluate(exchange, String.class);
        Exception failed = exchange.getException();
        if (failed != null) {
            // the expression failed (a bean it calls threw, an Error too) and said so on the exchange: that is the cause
            exchange.setException(null);
            throw RuntimeCamelException.wrapRuntimeCamelException(failed);
        }
        if (name == null || name.isBlank()) {
            throw new SeedanceValidationException("fileName", fileName, "an expression that gives a file name");
        }
        Path target;
        try {
            target = directory.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new SeedanceValidationException("fileName", name, "a valid file name");
        }
        // a name from a message must not write outside the directory
        if (!target.startsWith(directory) || target.equals(directory)) {
            throw new SeedanceValidationException("fileName", name, "a file name inside " + directory);
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new SeedanceValidationException("fileName", name, "a file in a writable directory (" + e + ")");
        }
        return target;
    }

    private static Path lastFrameOf(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return video.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-last.png");
    }

    private static void setLength(Message m, long length) {
        if (length >= 0) {
            m.setHeader(SeedanceConstants.CONTENT_LENGTH, length);
        } else {
            m.removeHeader(SeedanceConstants.CONTENT_LENGTH);
        }
    }
}
