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
package io.github.camelseedance.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import io.github.camelseedance.model.MediaKind;
import io.github.camelseedance.model.MediaSignature;
import io.github.camelseedance.model.SeedanceValidationException;

/**
 * A medium to upload to the Asset Library: a file (streamed, never read whole), bytes, or a stream, with the name
 * and content type the upload declares. Built through the factories, which check what can be checked locally before
 * anything is sent: existence, size, and that the first bytes show a recognised format, the declared type (content
 * type or file extension) and, when given, the kind that the medium's role takes.
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
    private final MediaKind expectedKind;
    private InputStream checkedStream;

    private AssetSource(String fileName, String contentType, long size, Path path, byte[] bytes, InputStream stream,
                        URI url, boolean privateHostAllowed, MediaKind expectedKind) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.path = path;
        this.bytes = bytes;
        this.stream = stream;
        this.url = url;
        this.privateHostAllowed = privateHostAllowed;
        this.expectedKind = expectedKind;
    }

    /**
     * A medium on a web server, fetched by the client (without the API key) and streamed into the upload; its type
     * and size are checked when the server answers. Check the URL with a {@link MediaUrlGuard} first; unless
     * {@code privateHostAllowed}, the fetch itself also refuses a host that resolves to an internal address, so that a
     * DNS answer changed after the check cannot reach one.
     */
    public static AssetSource ofUrl(URI url, boolean privateHostAllowed) {
        return ofUrl(url, privateHostAllowed, null);
    }

    /**
     * A remote medium for a role that takes {@code expected} media (null: any): a type the URL's file name shows is
     * checked against it now; the fetch should pass {@link #expectedKind()} on to the stream it uploads.
     */
    public static AssetSource ofUrl(URI url, boolean privateHostAllowed, MediaKind expected) {
        Objects.requireNonNull(url, "url");
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        String type = MediaTypes.fromFileName(name);
        if (type != null) {
            AssetChecks.checkKind(name, type, expected);
        }
        return new AssetSource(name.isEmpty() ? "remote-media" : name, type, -1, null, null, null, url, privateHostAllowed,
                expected);
    }

    /** A local file; its type comes from the extension, or the given content type when not null. */
    public static AssetSource ofFile(Path path, String contentType) {
        return ofFile(path, contentType, null);
    }

    /** A local file for a role that takes {@code expected} media (null: any). */
    public static AssetSource ofFile(Path path, String contentType, MediaKind expected) {
        Objects.requireNonNull(path, "path");
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new SeedanceValidationException("file", path, "an existing, readable file");
        }
        String name = path.getFileName().toString();
        long size;
        byte[] head;
        try {
            size = Files.size(path);
            head = head(path);
        } catch (IOException e) {
            throw new SeedanceValidationException("file", path, "a readable file (" + e.getMessage() + ")");
        }
        String declared = contentType != null ? contentType : MediaTypes.fromFileName(name);
        String type = AssetChecks.checkContent(name, head, declared, expected);
        return checked(new AssetSource(name, type, size, path, null, null, null, false, expected));
    }

    /** Bytes in memory; the type is taken from the name, the given type, or the bytes' signature. */
    public static AssetSource ofBytes(byte[] bytes, String fileName, String contentType) {
        return ofBytes(bytes, fileName, contentType, null);
    }

    /** Bytes in memory for a role that takes {@code expected} media (null: any). */
    public static AssetSource ofBytes(byte[] bytes, String fileName, String contentType, MediaKind expected) {
        Objects.requireNonNull(bytes, "bytes");
        String declared = contentType != null ? contentType : MediaTypes.fromFileName(fileName);
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, MediaSignature.HEAD_BYTES));
        String description = fileName != null ? fileName : "a medium of " + bytes.length + " bytes";
        String type = AssetChecks.checkContent(description, head, declared, expected);
        String name = fileName != null ? fileName : "upload" + MediaTypes.extensionOf(type);
        return checked(new AssetSource(name, type, bytes.length, null, bytes, null, null, false, expected));
    }

    /** A stream of unknown length, sent chunked; it can be read once, so an upload from it is never retried. */
    public static AssetSource ofStream(InputStream stream, String fileName, String contentType) {
        return ofStream(stream, fileName, contentType, -1, null);
    }

    /**
     * A stream for a role that takes {@code expected} media (null: any). Its declared type and announced size are
     * checked at once; its first bytes when the upload takes it ({@link #stream()}), before anything is sent: they are
     * peeked and put back, so every byte is uploaded, and a stream is not read here before its upload starts.
     */
    public static AssetSource ofStream(InputStream stream, String fileName, String contentType, long size,
                                       MediaKind expected) {
        Objects.requireNonNull(stream, "stream");
        String type = contentType != null ? contentType : MediaTypes.fromFileName(fileName);
        if (type == null) {
            throw new SeedanceValidationException("contentType", null,
                    "a content type or a file name with an extension for a stream body: " + MediaTypes.ALLOWED);
        }
        String name = fileName != null ? fileName : "upload" + MediaTypes.extensionOf(type);
        return checked(new AssetSource(name, type, size, null, null, stream, null, false, expected));
    }

    private static AssetSource checked(AssetSource source) {
        AssetChecks.check(source);
        return source;
    }

    private static byte[] head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(MediaSignature.HEAD_BYTES);
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

    /** The file to upload, or null for other sources. */
    public Path path() {
        return path;
    }

    /** The bytes to upload (not a copy), or null for other sources. */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * The stream to upload, null for other sources. Its first bytes are checked on the first call, which the upload
     * makes before it sends anything; a refusal is a {@link SeedanceValidationException} naming {@code file}.
     */
    public synchronized InputStream stream() {
        if (stream != null && checkedStream == null) {
            checkedStream = checkedHead(stream);
        }
        return checkedStream;
    }

    /** Peeks the first bytes and puts them back, so that the upload still sends every byte. */
    private InputStream checkedHead(InputStream in) {
        PushbackInputStream peekable = new PushbackInputStream(in, MediaSignature.HEAD_BYTES);
        try {
            byte[] head = peekable.readNBytes(MediaSignature.HEAD_BYTES);
            peekable.unread(head);
            AssetChecks.checkContent(fileName, head, contentType, expectedKind);
            return peekable;
        } catch (IOException e) {
            throw new TransportException(new ErrorDetails(0, null, "could not read the medium " + fileName + " (" + e + ")",
                    null, null, null), e);
        }
    }

    /** The kind of media the role this medium is for takes, or null when given without a role. */
    public MediaKind expectedKind() {
        return expectedKind;
    }

    /** Whether a remote medium may be fetched from an internal host. */
    public boolean isPrivateHostAllowed() {
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
