package io.github.camelseedance.emulator;

/** The paths the emulator serves, in one place so the router, journal helpers and tests agree. */
public final class Routes {

    /** Official-compatible tasks path as BytePlus ModelArk and Volcengine Ark serve it (https and data: URLs allowed). */
    public static final String TASKS = "/api/v3/contents/generations/tasks";
    /** The same API under the PowerTokens prefix (media must be Asset Library assets). */
    public static final String PT_TASKS = "/byteplus" + TASKS;
    /** OpenAI-style create / get (PowerTokens). */
    public static final String VIDEOS = "/v1/videos";
    public static final String ASSET_UPLOAD = "/v1/asset/upload";
    public static final String ASSET_ID = "/v1/asset/jobs/get-asset-id";
    /** Result files (video and last frame), standing in for the provider's signed object-store URLs. */
    public static final String FILES = "/files/";

    private Routes() {
    }

    public static boolean isCreatePath(String path) {
        return TASKS.equals(path) || PT_TASKS.equals(path) || VIDEOS.equals(path);
    }
}
