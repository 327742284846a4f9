package io.github.camelseedance.client;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.camelseedance.model.Asset;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Task;
import io.github.camelseedance.model.TaskPage;
import io.github.camelseedance.model.TaskQuery;

/**
 * The Seedance API, free of Camel: the task API in the configured dialect, and the Asset Library. Every call either
 * answers or throws a {@link SeedanceException}; requests are not validated here beyond what the dialect cannot
 * express (validate a {@link GenerationRequest} with {@code GenerationRequestValidator} first).
 */
public interface SeedanceClient extends Closeable {

    /** Creates a (paid) generation task. Never resent when its answer is lost: see {@link OutcomeUnknownException}. */
    SeedanceResponse<CreatedTask> create(GenerationRequest request);

    SeedanceResponse<Task> get(String taskId);

    /** One page of the task list; official dialect only. */
    SeedanceResponse<TaskPage> list(TaskQuery query);

    /** Cancels a queued task, or deletes the record of a finished one; official dialect only. */
    SeedanceResponse<Void> cancel(String taskId);

    /** Uploads a medium to the Asset Library; answers the upload job id to wait on. */
    SeedanceResponse<String> upload(AssetSource source, String groupId);

    /** Asks once whether an upload job has its asset id yet; null while it is being processed. */
    String findAssetId(String uploadTaskId);

    /**
     * Waits for an upload job's asset id without holding a thread: the check is re-scheduled every {@code interval}
     * until the id appears or {@code timeout} passes ({@link AssetNotReadyException}).
     */
    CompletableFuture<Asset> awaitAsset(String uploadTaskId, Duration interval, Duration timeout);

    SeedanceClientConfig config();

    @Override
    void close();
}
