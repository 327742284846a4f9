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
package io.github.camelseedance.examples;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.github.camelseedance.SeedanceConstants;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;

/**
 * One batch folder of the reference aggregator: its images (the references, in name order) and its optional
 * {@code prompt.txt}. A multimodal-reference generation takes 1 to {@value #MAX_IMAGES} reference images.
 */
public final class ReferenceBatch implements AggregationStrategy {

    /** The most reference images one generation takes. */
    public static final int MAX_IMAGES = 9;

    /** Exchange property: the batch's images ({@code List<File>}). */
    public static final String IMAGES = "SeedanceExamplesImages";
    /** Exchange property: the batch folder ({@code Path}). */
    public static final String FOLDER = "SeedanceExamplesFolder";
    /** Exchange property: the batch's name (its folder's name). */
    public static final String BATCH = "SeedanceExamplesBatch";

    @Override
    public Exchange aggregate(Exchange group, Exchange next) {
        Exchange target = group == null ? next : group;
        File file = (File) next.getMessage().getBody(GenericFile.class).getFile();
        @SuppressWarnings("unchecked")
        List<File> images = target.getProperty(IMAGES, List.class);
        if (images == null) {
            images = new ArrayList<>();
            target.setProperty(IMAGES, images);
        }
        if (file.getName().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            target.setProperty(VideoObjects.PROMPT, read(file.toPath()));
        } else {
            images.add(file);
        }
        Path folder = file.toPath().toAbsolutePath().getParent();
        target.setProperty(FOLDER, folder);
        target.setProperty(BATCH, folder.getFileName().toString());
        return target;
    }

    /** Why the batch cannot be one reference generation, or null when it can. */
    public static String refusal(Exchange exchange) {
        int n = images(exchange).size();
        if (n == 0) {
            return "no image: a reference generation takes 1 to " + MAX_IMAGES + " reference images";
        }
        if (n > MAX_IMAGES) {
            return n + " images: a reference generation takes 1 to " + MAX_IMAGES + " reference images";
        }
        return null;
    }

    /** The reference images header (files, uploaded by the component) and the prompt (the batch's or the default). */
    public static void toReferenceHeaders(Exchange exchange, String defaultPrompt) {
        List<File> images = new ArrayList<>(images(exchange));
        images.sort(Comparator.comparing(File::getName));
        exchange.getMessage().setHeader(SeedanceConstants.REFERENCE_IMAGES, images);
        String prompt = exchange.getProperty(VideoObjects.PROMPT, String.class);
        if (prompt == null || prompt.isBlank()) {
            exchange.setProperty(VideoObjects.PROMPT, defaultPrompt);
        }
        exchange.getMessage().setBody(exchange.getProperty(VideoObjects.PROMPT));
    }

    /** The batch, for log lines: {@code spring (3 images, prompt.txt)}. */
    public static String describe(Exchange exchange) {
        return exchange.getProperty(BATCH) + " (" + images(exchange).stream().map(File::getName).sorted()
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Moves the whole batch folder to {@code <references>/<folder>/<batch>}. */
    public static Processor moveTo(String folder) {
        return exchange -> {
            Path batch = exchange.getProperty(FOLDER, Path.class);
            Path target = batch.resolveSibling(folder).resolve(batch.getFileName());
            try {
                Files.createDirectories(target.getParent());
                if (Files.exists(target)) {
                    target = target.resolveSibling(batch.getFileName() + "-" + System.currentTimeMillis());
                }
                Files.move(batch, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static List<File> images(Exchange exchange) {
        List<File> images = exchange.getProperty(IMAGES, List.class);
        return images == null ? List.of() : images;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
