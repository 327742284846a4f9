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

import org.apache.camel.spi.Metadata;

/**
 * The headers the Seedance component reads (to override an option for one exchange) and writes (results).
 */
public final class SeedanceConstants {

    @Metadata(label = "producer", description = "The operation to perform, overriding the one in the URI for this exchange.",
              javaType = "io.github.camelseedance.SeedanceOperations")
    public static final String OPERATION = "CamelSeedanceOperation";
    @Metadata(description = "The task id: set by create, generate, get, cancel and the consumer; read by get, cancel, download "
              + "and watch when the body is not a task id.",
              javaType = "String", important = true)
    public static final String TASK_ID = "CamelSeedanceTaskId";
    @Metadata(description = "The task's status: queued, running, succeeded, failed, cancelled or expired (an unknown status is "
              + "passed as the server sent it).",
              javaType = "String", important = true)
    public static final String TASK_STATUS = "CamelSeedanceTaskStatus";
    @Metadata(label = "consumer", description = "The status the task had before this change, as the consumer last handled it; "
              + "absent for the first observation of a task.",
              javaType = "String")
    public static final String PREVIOUS_STATUS = "CamelSeedancePreviousStatus";
    @Metadata(description = "The URL of the generated video of a succeeded task; it expires, download it promptly.",
              javaType = "String", important = true)
    public static final String VIDEO_URL = "CamelSeedanceVideoUrl";
    @Metadata(description = "The URL of the last frame, when the task was created with returnLastFrame.",
              javaType = "String")
    public static final String LAST_FRAME_URL = "CamelSeedanceLastFrameUrl";
    @Metadata(description = "The completion tokens a succeeded task was billed for.",
              javaType = "Long")
    public static final String COMPLETION_TOKENS = "CamelSeedanceCompletionTokens";
    @Metadata(description = "The total tokens a succeeded task was billed for.",
              javaType = "Long")
    public static final String TOTAL_TOKENS = "CamelSeedanceTotalTokens";
    @Metadata(description = "The error code of a failed task, for example OutputVideoSensitiveContentDetected.",
              javaType = "String")
    public static final String ERROR_CODE = "CamelSeedanceErrorCode";
    @Metadata(description = "The error message of a failed task.",
              javaType = "String")
    public static final String ERROR_MESSAGE = "CamelSeedanceErrorMessage";
    @Metadata(label = "producer", description = "The downloaded video, with output=file (generate, download): its path.",
              javaType = "String")
    public static final String VIDEO_FILE = "CamelSeedanceVideoFile";
    @Metadata(label = "producer", description = "The downloaded last frame, with output=file and downloadLastFrame: its path.",
              javaType = "String")
    public static final String LAST_FRAME_FILE = "CamelSeedanceLastFrameFile";
    @Metadata(label = "producer", description = "The announced length in bytes of a downloaded video (output=stream or file), "
              + "when the file host announced it.",
              javaType = "Long")
    public static final String CONTENT_LENGTH = "CamelSeedanceContentLength";
    @Metadata(label = "producer", description = "The correlation key under which generate records its task in taskRepository, "
              + "overriding the correlationKey option.",
              javaType = "String")
    public static final String CORRELATION_KEY = "CamelSeedanceCorrelationKey";
    @Metadata(label = "producer", description = "For generate with a correlation key and taskRepository: the id of the task "
              + "the key's create paid for, when its answer was lost. The key adopts that task and waits for it instead of "
              + "creating; the failed exchange's OutcomeUnknownException lists the candidates.",
              javaType = "String")
    public static final String ADOPT_TASK_ID = "CamelSeedanceAdoptTaskId";
    @Metadata(label = "producer", description = "The provider's request id of the last call (X-Request-Id), for support and "
              + "reconciliation.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelSeedanceRequestId";
    @Metadata(label = "producer", description = "The number of tasks matching a list query (all pages).",
              javaType = "Long")
    public static final String TOTAL = "CamelSeedanceTotal";
    @Metadata(label = "producer", description = "The asset id an upload produced; use it as asset://ID or as a media header.",
              javaType = "String", important = true)
    public static final String ASSET_ID = "CamelSeedanceAssetId";
    @Metadata(label = "producer", description = "The id of the Asset Library upload job.",
              javaType = "String")
    public static final String UPLOAD_TASK_ID = "CamelSeedanceUploadTaskId";
    @Metadata(label = "producer", description = "The model id, overriding the model option.",
              javaType = "String")
    public static final String MODEL = "CamelSeedanceModel";
    @Metadata(label = "producer", description = "The prompt, when the body carries something else.",
              javaType = "String")
    public static final String PROMPT = "CamelSeedancePrompt";
    @Metadata(label = "producer", description = "The first frame: an asset id, asset://ID, an https URL, a data: URI, or a "
              + "local file (a File, Path or GenericFile, or byte[]; never a string) that is uploaded to the Asset Library "
              + "first.",
              javaType = "Object", important = true)
    public static final String FIRST_FRAME = "CamelSeedanceFirstFrame";
    @Metadata(label = "producer", description = "The last frame (needs a first frame), in any form the first frame takes.",
              javaType = "Object")
    public static final String LAST_FRAME = "CamelSeedanceLastFrame";
    @Metadata(label = "producer", description = "Reference images (1 to 9): one value or a collection, each in any form the "
              + "first frame takes.",
              javaType = "Object")
    public static final String REFERENCE_IMAGES = "CamelSeedanceReferenceImages";
    @Metadata(label = "producer", description = "Reference videos (at most 3): one value or a collection.",
              javaType = "Object")
    public static final String REFERENCE_VIDEOS = "CamelSeedanceReferenceVideos";
    @Metadata(label = "producer", description = "Reference audios (at most 3, beside an image or a video): one value or a "
              + "collection.",
              javaType = "Object")
    public static final String REFERENCE_AUDIOS = "CamelSeedanceReferenceAudios";
    @Metadata(label = "producer", description = "The Asset Library group to upload to, overriding the groupId option.",
              javaType = "String")
    public static final String GROUP_ID = "CamelSeedanceGroupId";
    @Metadata(label = "producer", description = "The file name an upload declares (default: the file's name, or "
              + "CamelFileName).",
              javaType = "String")
    public static final String FILE_NAME = "CamelSeedanceFileName";
    @Metadata(label = "producer", description = "The media type an upload declares (default: from the file name, or the bytes' "
              + "signature).",
              javaType = "String")
    public static final String CONTENT_TYPE = "CamelSeedanceContentType";
    @Metadata(label = "producer", description = "The page to list, overriding the pageNum option.",
              javaType = "Integer")
    public static final String PAGE_NUM = "CamelSeedancePageNum";
    @Metadata(label = "producer", description = "The page size, overriding the pageSize option.",
              javaType = "Integer")
    public static final String PAGE_SIZE = "CamelSeedancePageSize";
    @Metadata(label = "producer", description = "List only tasks with this status, overriding the statusFilter option.",
              javaType = "String")
    public static final String STATUS_FILTER = "CamelSeedanceStatusFilter";
    @Metadata(label = "producer", description = "List only tasks of this model, overriding the modelFilter option.",
              javaType = "String")
    public static final String MODEL_FILTER = "CamelSeedanceModelFilter";
    @Metadata(label = "producer", description = "List only tasks of this service tier, overriding the serviceTierFilter "
              + "option.",
              javaType = "String")
    public static final String SERVICE_TIER_FILTER = "CamelSeedanceServiceTierFilter";
    @Metadata(label = "producer", description = "List only these tasks: a collection of ids or a comma-separated string, "
              + "overriding the taskIds option.",
              javaType = "Object")
    public static final String TASK_IDS = "CamelSeedanceTaskIds";

    // the generation parameters: each header overrides the option of the same name (GenerationParameter pairs them)
    @Metadata(label = "producer", description = "The aspect ratio, overriding the ratio option.",
              javaType = "String")
    public static final String RATIO = "CamelSeedanceRatio";
    @Metadata(label = "producer", description = "The duration in seconds (4..15 or -1), overriding the duration option.",
              javaType = "Integer")
    public static final String DURATION = "CamelSeedanceDuration";
    @Metadata(label = "producer", description = "The resolution (480p, 720p, 1080p), overriding the resolution option.",
              javaType = "String")
    public static final String RESOLUTION = "CamelSeedanceResolution";
    @Metadata(label = "producer", description = "The seed, overriding the seed option.",
              javaType = "Long")
    public static final String SEED = "CamelSeedanceSeed";
    @Metadata(label = "producer", description = "The number of frames, overriding the frames option.",
              javaType = "Integer")
    public static final String FRAMES = "CamelSeedanceFrames";
    @Metadata(label = "producer", description = "Whether the camera is fixed, overriding the cameraFixed option.",
              javaType = "Boolean")
    public static final String CAMERA_FIXED = "CamelSeedanceCameraFixed";
    @Metadata(label = "producer", description = "Whether to watermark, overriding the watermark option.",
              javaType = "Boolean")
    public static final String WATERMARK = "CamelSeedanceWatermark";
    @Metadata(label = "producer", description = "Whether to generate audio, overriding the generateAudio option.",
              javaType = "Boolean")
    public static final String GENERATE_AUDIO = "CamelSeedanceGenerateAudio";
    @Metadata(label = "producer", description = "Whether to return the last frame, overriding the returnLastFrame option.",
              javaType = "Boolean")
    public static final String RETURN_LAST_FRAME = "CamelSeedanceReturnLastFrame";
    @Metadata(label = "producer", description = "The callback URL, overriding the callbackUrl option.",
              javaType = "String")
    public static final String CALLBACK_URL = "CamelSeedanceCallbackUrl";
    @Metadata(label = "producer", description = "The service tier, overriding the serviceTier option.",
              javaType = "String")
    public static final String SERVICE_TIER = "CamelSeedanceServiceTier";
    @Metadata(label = "producer",
            description = "Seconds after which an unfinished task expires, overriding the executionExpiresAfter option.",
              javaType = "Long")
    public static final String EXECUTION_EXPIRES_AFTER = "CamelSeedanceExecutionExpiresAfter";
    @Metadata(label = "producer", description = "The priority, overriding the priority option.",
              javaType = "Integer")
    public static final String PRIORITY = "CamelSeedancePriority";
    @Metadata(label = "producer", description = "The end-user identifier, overriding the safetyIdentifier option.",
              javaType = "String")
    public static final String SAFETY_IDENTIFIER = "CamelSeedanceSafetyIdentifier";
    @Metadata(label = "producer", description = "Whether to generate a draft, overriding the draft option.",
              javaType = "Boolean")
    public static final String DRAFT = "CamelSeedanceDraft";

    private SeedanceConstants() {
    }
}
