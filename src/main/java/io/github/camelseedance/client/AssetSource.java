package io.github.camelseedance.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import io.github.camelseedance.model.MediaKind;
import io.github.camelseedance.model.SeedanceValidationException;

/**
 * A medium to upload to the Asset Library: a file (streamed, never read whole), bytes, or a stream, with the name
 * and content type the upload declares. Built through the factories, which check what can be checked locally
 * (existence, type, size) before anything is sent.
 */
public final class AssetSource {

    private final String fileName;
    private final String contentType;
    private final long size;
    private final Path path;
    private final byte[] bytes;
    private final InputStream stream;
    private final URI url;
    private final boolean privateHostAllowed;

    private AssetSource(String fileName, String contentType, long size, Path path, byte[] bytes, InputStream stream) {
        this(fileName, contentType, size, path, bytes, stream, null, false);
    }

    private AssetSource(String fileName, String contentType, long size, Path path, byte[] bytes, InputStream stream,
                        URI url, boolean privateHostAllowed) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.path = path;
        this.bytes = bytes;
        this.stream = stream;
        this.url = url;
        this.privateHostAllowed = privateHostAllowed;
    }

    /**
     * A medium on a web server, fetched by the client (without the API key) and streamed into the upload; its type
     * and size are checked when the server answers. Check the URL with a {@link MediaUrlGuard} first; unless
     * {@code privateHostAllowed}, the fetch itself also refuses a host that resolves to an internal address, so that a
     * DNS answer changed after the check cannot reach one.
     */
    public static AssetSource ofUrl(URI url, boolean privateHostAllowed) {
        Objects.requireNonNull(url, "url");
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new AssetSource(name.isEmpty() ? "remote-media" : name, MediaTypes.fromFileName(name), -1, null, null, null,
                url, privateHostAllowed);
    }

    /** A local file; its type comes from the extension, or the given content type when not null. */
    public static AssetSource ofFile(Path path, String contentType) {
        Objects.requireNonNull(path, "path");
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new SeedanceValidationException("file", path, "an existing, readable file");
        }
        String name = path.getFileName().toString();
        String type = contentType != null ? contentType : MediaTypes.fromFileName(name);
        if (type == null) {
            type = MediaTypes.sniff(head(path));
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new SeedanceValidationException("file", path, "a readable file (" + e.getMessage() + ")");
        }
        return checked(new AssetSource(name, type, size, path, null, null));
    }

    /** Bytes in memory; the type is taken from the name, the given type, or the bytes' signature. */
    public static AssetSource ofBytes(byte[] bytes, String fileName, String contentType) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new SeedanceValidationException("file", fileName == null ? "0 bytes" : fileName + " of 0 bytes",
                    "a non-empty medium");
        }
        String type = contentType != null ? contentType : MediaTypes.fromFileName(fileName);
        if (type == null) {
            type = MediaTypes.sniff(bytes);
        }
        String name = fileName != null ? fileName : "upload" + MediaTypes.extensionOf(type);
        return checked(new AssetSource(name, type, bytes.length, null, bytes, null));
    }

    /** A stream of unknown length, sent chunked; it can be read once, so an upload from it is never retried. */
    public static AssetSource ofStream(InputStream stream, String fileName, String contentType) {
        Objects.requireNonNull(stream, "stream");
        String type = contentType != null ? contentType : MediaTypes.fromFileName(fileName);
        if (type == null) {
            throw new SeedanceValidationException("contentType", null,
                    "a content type or a file name with an extension for a stream body: " + MediaTypes.ALLOWED);
        }
        String name = fileName != null ? fileName : "upload" + MediaTypes.extensionOf(type);
        return checked(new AssetSource(name, type, -1, null, null, stream));
    }

    /** A stream whose length the sender announced (-1 when unknown), checked against the limits before upload. */
    public static AssetSource ofStream(InputStream stream, String fileName, String contentType, long size) {
        AssetSource source = ofStream(stream, fileName, contentType);
        return size < 0 ? source : checked(new AssetSource(source.fileName, source.contentType, size, null, null, stream));
    }

    private static AssetSource checked(AssetSource source) {
        AssetChecks.check(source);
        return source;
    }

    private static byte[] head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(16);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    /** The size in bytes, or -1 for a stream. */
    public long size() {
        return size;
    }

    public MediaKind kind() {
        return MediaTypes.kindOf(contentType);
    }

    Path path() {
        return path;
    }

    byte[] bytes() {
        return bytes;
    }

    InputStream stream() {
        return stream;
    }

    boolean isPrivateHostAllowed() {
        return privateHostAllowed;
    }

    /** The web address of a remote medium, or null. */
    public URI url() {
        return url;
    }

    /** Whether the body can be sent again (files and bytes can; a stream or a remote medium cannot). */
    public boolean isRepeatable() {
        return stream == null && url == null;
    }

    /** Opens the content for local checks; the caller closes it. */
    InputStream open() throws IOException {
        if (path != null) {
            return Files.newInputStream(path);
        }
        return bytes != null ? new ByteArrayInputStream(bytes) : null;
    }

    /** Opens a repeatable source's content (a file or bytes); the caller closes it. */
    public InputStream openForReading() throws IOException {
        InputStream in = open();
        if (in == null) {
            throw new IOException("a stream source can be read only once, by the upload");
        }
        return in;
    }

    @Override
    public String toString() {
        return "AssetSource[" + (url != null ? url : fileName) + ", " + contentType + ", " + size + " bytes]";
    }
}
