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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.camelseedance.SeedanceConstants;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.ExpressionAdapter;

/**
 * Pairs {@code <name>-first.<ext>} and {@code <name>-last.<ext>} files for the first/last-frame aggregator: the
 * correlation expression ({@code <name>}), the aggregation strategy (collects the files by role) and the steps run
 * on a completed group (the frame headers, moving the files away).
 */
public final class FramePairs implements AggregationStrategy {

    /** Exchange property: the files of the group, by role ({@code first}, {@code last}). */
    public static final String FRAMES = "SeedanceExamplesFrames";
    /** Exchange property: the pair's name. */
    public static final String PAIR = "SeedanceExamplesPair";

    private static final Pattern NAME = Pattern.compile("(?i)(.+)-(first|last)\\.[a-z0-9]+");

    /** The correlation expression: {@code sunset} for {@code sunset-first.png} and {@code sunset-last.jpg}. */
    public static Expression pairName() {
        return new ExpressionAdapter() {
            @Override
            public Object evaluate(Exchange exchange) {
                return match(exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class)).group(1);
            }
        };
    }

    @Override
    public Exchange aggregate(Exchange group, Exchange next) {
        Exchange target = group == null ? next : group;
        GenericFile<?> file = next.getMessage().getBody(GenericFile.class);
        Matcher name = match(file.getFileNameOnly());
        @SuppressWarnings("unchecked")
        Map<String, List<File>> frames = target.getProperty(FRAMES, Map.class);
        if (frames == null) {
            frames = new LinkedHashMap<>();
            target.setProperty(FRAMES, frames);
        }
        frames.computeIfAbsent(name.group(2).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add((File) file.getFile());
        target.setProperty(PAIR, name.group(1));
        return target;
    }

    /** Whether the group is one first frame and one last frame. */
    public static boolean isPair(Exchange exchange) {
        Map<String, List<File>> frames = frames(exchange);
        return frames.getOrDefault("first", List.of()).size() == 1 && frames.getOrDefault("last", List.of()).size() == 1;
    }

    /** The frame headers of a first-last-frame generation; the files are uploaded by the component. */
    public static void toFrameHeaders(Exchange exchange) {
        Map<String, List<File>> frames = frames(exchange);
        exchange.getMessage().setHeader(SeedanceConstants.FIRST_FRAME, frames.get("first").get(0));
        exchange.getMessage().setHeader(SeedanceConstants.LAST_FRAME, frames.get("last").get(0));
    }

    /** The group's file names, for log lines: {@code sunset-first.png, sunset-last.png}. */
    public static String describe(Exchange exchange) {
        return frames(exchange).values().stream().flatMap(List::stream).map(File::getName)
                .collect(Collectors.joining(", "));
    }

    /** Moves the group's files into {@code folder} beside them ({@code .done}, {@code .failed}, {@code .dead-letter}). */
    public static Processor moveTo(String folder) {
        return exchange -> {
            for (List<File> files : frames(exchange).values()) {
                for (File file : files) {
                    move(file.toPath(), folder);
                }
            }
        };
    }

    static void move(Path file, String folder) {
        try {
            Path target = file.resolveSibling(folder).resolve(file.getFileName());
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<File>> frames(Exchange exchange) {
        Map<String, List<File>> frames = exchange.getProperty(FRAMES, Map.class);
        return frames == null ? Map.of() : frames;
    }

    private static Matcher match(String fileName) {
        Matcher m = NAME.matcher(fileName == null ? "" : fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException(fileName + " is not named <name>-first.<ext> or <name>-last.<ext>");
        }
        return m;
    }
}
