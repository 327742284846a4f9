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

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One generation task and its life: queued → running → succeeded / failed / expired (or cancelled by DELETE).
 * Transitions are computed lazily from the {@link TaskPlan} and the clock, and stamped with the time they
 * <em>would</em> have happened, so a task read late still shows plausible {@code updated_at} values.
 */
final class EmuTask {

    static final Duration VISIBLE_FOR = Duration.ofDays(7);
    static final Duration CANCELLED_KEPT_FOR = Duration.ofHours(24);

    /** Output-pixel sizes per resolution and ratio, used for the token count the service bills. */
    private static final Map<String, int[]> PIXELS = Map.ofEntries(
            Map.entry("480p16:9", new int[] {864, 480}), Map.entry("480p4:3", new int[] {736, 544}),
            Map.entry("480p1:1", new int[] {640, 640}), Map.entry("480p3:4", new int[] {544, 736}),
            Map.entry("480p9:16", new int[] {480, 864}), Map.entry("480p21:9", new int[] {960, 416}),
            Map.entry("720p16:9", new int[] {1280, 720}), Map.entry("720p4:3", new int[] {1112, 834}),
            Map.entry("720p1:1", new int[] {960, 960}), Map.entry("720p3:4", new int[] {834, 1112}),
            Map.entry("720p9:16", new int[] {720, 1280}), Map.entry("720p21:9", new int[] {1470, 630}),
            Map.entry("1080p16:9", new int[] {1920, 1080}), Map.entry("1080p4:3", new int[] {1664, 1248}),
            Map.entry("1080p1:1", new int[] {1440, 1440}), Map.entry("1080p3:4", new int[] {1248, 1664}),
            Map.entry("1080p9:16", new int[] {1080, 1920}), Map.entry("1080p21:9", new int[] {2206, 946}));

    final String id;
    final String ownerKey;
    final long seq;
    final TaskSpec spec;
    final TaskPlan plan;
    final Instant created;
    final long seed;
    final String ratio;
    final String resolution;
    final int duration;
    final boolean generateAudio;
    final String serviceTier;
    final long expiresAfter;
    final BufferedImage firstImage;
    final BufferedImage lastImage;

    private String status = "queued";
    private Instant updated;
    private Instant runningSince;
    private int runningReads;
    private String errorCode;
    private String errorMessage;
    private String videoUrl;
    private String lastFrameUrl;
    volatile VideoRenderer.Rendered rendered;

    EmuTask(String id, String ownerKey, long seq, TaskSpec spec, TaskPlan plan, Instant created) {
        this.id = id;
        this.ownerKey = ownerKey;
        this.seq = seq;
        this.spec = spec;
        this.plan = plan;
        this.created = created;
        this.updated = created;
        this.seed = spec.seed == null || spec.seed == -1 ? Ids.seed() : spec.seed;
        TaskSpec.Media first = spec.first("first_frame");
        TaskSpec.Media last = spec.first("last_frame");
        this.firstImage = first == null ? null : first.image;
        this.lastImage = last == null ? null : last.image;
        String r = spec.ratio != null ? spec.ratio : (first != null || spec.count("reference_image") > 0 ? "adaptive" : "16:9");
        // adaptive is resolved by the service; the task reports the ratio it picked
        this.ratio = "adaptive".equals(r) ? VideoRenderer.nearestRatio(firstImage) : r;
        this.resolution = spec.resolution != null ? spec.resolution : "720p";
        this.duration = spec.duration == null || spec.duration == -1 ? 5 : spec.duration;
        this.generateAudio = spec.generateAudio == null || spec.generateAudio;
        this.serviceTier = spec.serviceTier != null ? spec.serviceTier : "default";
        this.expiresAfter = spec.executionExpiresAfter != null ? spec.executionExpiresAfter : 172800L;
    }

    /** Hook the task uses to get result URLs when it succeeds, and fresh ones once those have expired. */
    interface Results {
        String[] issue(EmuTask task, Instant at);

        /** Whether a URL issued earlier no longer works at {@code now}. */
        default boolean expired(String url, Instant now) {
            return false;
        }
    }

    synchronized String status() {
        return status;
    }

    synchronized boolean isTerminal() {
        return !"queued".equals(status) && !"running".equals(status);
    }

    synchronized Instant updated() {
        return updated;
    }

    /**
     * Applies every transition that is due at {@code now}. {@code poll} = this is a GET of the task, which is what
     * {@link TaskPlan#runningPolls()} counts. Returns a JSON snapshot per transition (for callbacks), oldest first.
     */
    synchronized List<ObjectNode> evaluate(Instant now, boolean poll, Results results) {
        List<ObjectNode> changes = new ArrayList<>(0);
        Instant expireAt = created.plusSeconds(expiresAfter);
        if ("queued".equals(status)) {
            Instant runAt = created.plus(plan.queueFor());
            if (!now.isBefore(runAt) && runAt.isBefore(expireAt)) {
                move("running", runAt, changes);
                runningSince = runAt;
            } else if (!now.isBefore(expireAt)) {
                move("expired", expireAt, changes);
            }
        }
        if ("running".equals(status) && plan.runningPolls() == null && !plan.neverFinish()) {
            Instant doneAt = runningSince.plus(plan.runFor());
            if (!now.isBefore(doneAt) && doneAt.isBefore(expireAt)) {
                finish(doneAt, results, changes);
            }
        }
        if ("running".equals(status) && !now.isBefore(expireAt)) {
            move("expired", expireAt, changes);
        }
        if ("running".equals(status) && plan.runningPolls() != null && !plan.neverFinish() && poll) {
            if (runningReads >= plan.runningPolls()) {
                finish(now, results, changes);
            } else {
                runningReads++;
            }
        }
        if ("succeeded".equals(status) && results.expired(videoUrl, now)) {
            // like an object store's signed URLs: a read of the task after they expired gets freshly signed ones
            String[] urls = results.issue(this, now);
            videoUrl = urls[0];
            lastFrameUrl = urls[1];
        }
        return changes;
    }

    private void finish(Instant at, Results results, List<ObjectNode> changes) {
        if (plan.failCode() != null) {
            errorCode = plan.failCode();
            errorMessage = plan.failMessage();
            move("failed", at, changes);
        } else {
            String[] urls = results.issue(this, at);
            videoUrl = urls[0];
            lastFrameUrl = urls[1];
            move("succeeded", at, changes);
        }
    }

    private void move(String to, Instant at, List<ObjectNode> changes) {
        status = to;
        updated = at;
        if (spec.callbackUrl != null) {
            changes.add(toJson());
        }
    }

    /** DELETE of a queued task. */
    synchronized List<ObjectNode> cancel(Instant now) {
        List<ObjectNode> changes = new ArrayList<>(1);
        move("cancelled", now, changes);
        return changes;
    }

    /** Whether GET/list may still see the task (the service keeps 7 days, cancelled tasks 24 hours). */
    synchronized boolean visible(Instant now) {
        if (now.isAfter(created.plus(VISIBLE_FOR))) {
            return false;
        }
        return !"cancelled".equals(status) || !now.isAfter(updated.plus(CANCELLED_KEPT_FOR));
    }

    long completionTokens() {
        int[] px = PIXELS.getOrDefault(resolution + ratio, PIXELS.get(resolution + "16:9"));
        return (long) px[0] * px[1] * (duration * 24L + 1) / 1024;
    }

    synchronized ObjectNode toJson() {
        ObjectNode n = HttpIo.JSON.createObjectNode();
        n.put("id", id);
        n.put("model", spec.model);
        n.put("status", status);
        if ("failed".equals(status)) {
            ObjectNode e = n.putObject("error");
            e.put("code", errorCode);
            e.put("message", errorMessage);
        }
        if ("succeeded".equals(status)) {
            ObjectNode c = n.putObject("content");
            c.put("video_url", videoUrl);
            if (lastFrameUrl != null) {
                c.put("last_frame_url", lastFrameUrl);
            }
            ObjectNode u = n.putObject("usage");
            long tokens = completionTokens();
            u.put("completion_tokens", tokens);
            u.put("total_tokens", tokens);
        }
        n.put("created_at", created.getEpochSecond());
        n.put("updated_at", updated.getEpochSecond());
        n.put("seed", seed);
        n.put("resolution", resolution);
        n.put("ratio", ratio);
        n.put("duration", duration);
        n.put("framespersecond", 24);
        n.put("generate_audio", generateAudio);
        n.put("service_tier", serviceTier);
        n.put("execution_expires_after", expiresAfter);
        if (spec.priority != null) {
            n.put("priority", spec.priority);
        }
        if (spec.safetyIdentifier != null) {
            n.put("safety_identifier", spec.safetyIdentifier);
        }
        if (spec.tools != null) {
            n.set("tools", spec.tools);
        }
        return n;
    }
}
