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
