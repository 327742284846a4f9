package io.github.camelseedance.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A video generation request, independent of the dialect it is sent in: the client writes it as the official
 * {@code content[]} body or as the OpenAI-style {@code media[]} body. Null parameters are not sent, so the server
 * applies its defaults. Build one with {@link #builder()}; check it with {@link GenerationRequestValidator}.
 */
public final class GenerationRequest {

    private final String model;
    private final String prompt;
    private final List<Media> media;
    private final String draftTaskId;
    private final String ratio;
    private final Integer duration;
    private final String resolution;
    private final Integer frames;
    private final Long seed;
    private final Boolean cameraFixed;
    private final Boolean watermark;
    private final Boolean generateAudio;
    private final Boolean returnLastFrame;
    private final String callbackUrl;
    private final String serviceTier;
    private final Long executionExpiresAfter;
    private final Integer priority;
    private final String safetyIdentifier;
    private final Boolean draft;
    private final List<Map<String, Object>> tools;

    private GenerationRequest(Builder b) {
        this.model = b.model;
        this.prompt = b.prompt;
        this.media = List.copyOf(b.media);
        this.draftTaskId = b.draftTaskId;
        this.ratio = b.ratio;
        this.duration = b.duration;
        this.resolution = b.resolution;
        this.frames = b.frames;
        this.seed = b.seed;
        this.cameraFixed = b.cameraFixed;
        this.watermark = b.watermark;
        this.generateAudio = b.generateAudio;
        this.returnLastFrame = b.returnLastFrame;
        this.callbackUrl = b.callbackUrl;
        this.serviceTier = b.serviceTier;
        this.executionExpiresAfter = b.executionExpiresAfter;
        this.priority = b.priority;
        this.safetyIdentifier = b.safetyIdentifier;
        this.draft = b.draft;
        this.tools = b.tools == null ? null : List.copyOf(b.tools);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.model = model;
        b.prompt = prompt;
        b.media.addAll(media);
        b.draftTaskId = draftTaskId;
        b.ratio = ratio;
        b.duration = duration;
        b.resolution = resolution;
        b.frames = frames;
        b.seed = seed;
        b.cameraFixed = cameraFixed;
        b.watermark = watermark;
        b.generateAudio = generateAudio;
        b.returnLastFrame = returnLastFrame;
        b.callbackUrl = callbackUrl;
        b.serviceTier = serviceTier;
        b.executionExpiresAfter = executionExpiresAfter;
        b.priority = priority;
        b.safetyIdentifier = safetyIdentifier;
        b.draft = draft;
        b.tools = tools == null ? null : new ArrayList<>(tools);
        return b;
    }

    public GenerationMode mode() {
        return GenerationMode.of(media, draftTaskId);
    }

    public List<Media> media(MediaRole role) {
        return media.stream().filter(m -> m.role() == role).toList();
    }

    public String model() {
        return model;
    }

    public String prompt() {
        return prompt;
    }

    public List<Media> media() {
        return media;
    }

    public String draftTaskId() {
        return draftTaskId;
    }

    public String ratio() {
        return ratio;
    }

    public Integer duration() {
        return duration;
    }

    public String resolution() {
        return resolution;
    }

    public Integer frames() {
        return frames;
    }

    public Long seed() {
        return seed;
    }

    public Boolean cameraFixed() {
        return cameraFixed;
    }

    public Boolean watermark() {
        return watermark;
    }

    public Boolean generateAudio() {
        return generateAudio;
    }

    public Boolean returnLastFrame() {
        return returnLastFrame;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public String serviceTier() {
        return serviceTier;
    }

    public Long executionExpiresAfter() {
        return executionExpiresAfter;
    }

    public Integer priority() {
        return priority;
    }

    public String safetyIdentifier() {
        return safetyIdentifier;
    }

    public Boolean draft() {
        return draft;
    }

    public List<Map<String, Object>> tools() {
        return tools;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenerationRequest r && Objects.equals(model, r.model) && Objects.equals(prompt, r.prompt)
                && media.equals(r.media) && Objects.equals(draftTaskId, r.draftTaskId) && Objects.equals(ratio, r.ratio)
                && Objects.equals(duration, r.duration) && Objects.equals(resolution, r.resolution)
                && Objects.equals(frames, r.frames) && Objects.equals(seed, r.seed)
                && Objects.equals(cameraFixed, r.cameraFixed) && Objects.equals(watermark, r.watermark)
                && Objects.equals(generateAudio, r.generateAudio) && Objects.equals(returnLastFrame, r.returnLastFrame)
                && Objects.equals(callbackUrl, r.callbackUrl) && Objects.equals(serviceTier, r.serviceTier)
                && Objects.equals(executionExpiresAfter, r.executionExpiresAfter) && Objects.equals(priority, r.priority)
                && Objects.equals(safetyIdentifier, r.safetyIdentifier) && Objects.equals(draft, r.draft)
                && Objects.equals(tools, r.tools);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, prompt, media, draftTaskId, ratio, duration, resolution, seed);
    }

    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ", "GenerationRequest[", "]");
        s.add("model=" + model).add("mode=" + mode());
        if (prompt != null) {
            s.add("prompt=" + RedactedText.shorten(prompt));
        }
        if (!media.isEmpty()) {
            s.add("media=" + media);
        }
        if (ratio != null) {
            s.add("ratio=" + ratio);
        }
        if (duration != null) {
            s.add("duration=" + duration);
        }
        if (resolution != null) {
            s.add("resolution=" + resolution);
        }
        return s.toString();
    }

    /** Collects the fields of a request; {@link #build()} does not validate (see {@link GenerationRequestValidator}). */
    public static final class Builder {
        private String model;
        private String prompt;
        private final List<Media> media = new ArrayList<>();
        private String draftTaskId;
        private String ratio;
        private Integer duration;
        private String resolution;
        private Integer frames;
        private Long seed;
        private Boolean cameraFixed;
        private Boolean watermark;
        private Boolean generateAudio;
        private Boolean returnLastFrame;
        private String callbackUrl;
        private String serviceTier;
        private Long executionExpiresAfter;
        private Integer priority;
        private String safetyIdentifier;
        private Boolean draft;
        private List<Map<String, Object>> tools;

        private Builder() {
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        public Builder media(Media item) {
            this.media.add(Objects.requireNonNull(item, "media"));
            return this;
        }

        public Builder media(MediaRole role, String url) {
            return media(new Media(role, url));
        }

        /** Replaces every medium of this role. */
        public Builder replaceMedia(MediaRole role, List<Media> items) {
            this.media.removeIf(m -> m.role() == role);
            this.media.addAll(items);
            return this;
        }

        public Builder clearMedia() {
            this.media.clear();
            return this;
        }

        public Builder firstFrame(String url) {
            return media(MediaRole.FIRST_FRAME, url);
        }

        public Builder lastFrame(String url) {
            return media(MediaRole.LAST_FRAME, url);
        }

        public Builder referenceImage(String url) {
            return media(MediaRole.REFERENCE_IMAGE, url);
        }

        public Builder referenceVideo(String url) {
            return media(MediaRole.REFERENCE_VIDEO, url);
        }

        public Builder referenceAudio(String url) {
            return media(MediaRole.REFERENCE_AUDIO, url);
        }

        public Builder draftTaskId(String draftTaskId) {
            this.draftTaskId = draftTaskId;
            return this;
        }

        public Builder ratio(String ratio) {
            this.ratio = ratio;
            return this;
        }

        public Builder duration(Integer duration) {
            this.duration = duration;
            return this;
        }

        public Builder resolution(String resolution) {
            this.resolution = resolution;
            return this;
        }

        public Builder frames(Integer frames) {
            this.frames = frames;
            return this;
        }

        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        public Builder cameraFixed(Boolean cameraFixed) {
            this.cameraFixed = cameraFixed;
            return this;
        }

        public Builder watermark(Boolean watermark) {
            this.watermark = watermark;
            return this;
        }

        public Builder generateAudio(Boolean generateAudio) {
            this.generateAudio = generateAudio;
            return this;
        }

        public Builder returnLastFrame(Boolean returnLastFrame) {
            this.returnLastFrame = returnLastFrame;
            return this;
        }

        public Builder callbackUrl(String callbackUrl) {
            this.callbackUrl = callbackUrl;
            return this;
        }

        public Builder serviceTier(String serviceTier) {
            this.serviceTier = serviceTier;
            return this;
        }

        public Builder executionExpiresAfter(Long executionExpiresAfter) {
            this.executionExpiresAfter = executionExpiresAfter;
            return this;
        }

        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        public Builder safetyIdentifier(String safetyIdentifier) {
            this.safetyIdentifier = safetyIdentifier;
            return this;
        }

        public Builder draft(Boolean draft) {
            this.draft = draft;
            return this;
        }

        public Builder tools(List<Map<String, Object>> tools) {
            this.tools = tools;
            return this;
        }

        public GenerationRequest build() {
            return new GenerationRequest(this);
        }
    }
}
