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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Streaming multipart/form-data reader (RFC 7578): each part's body is handed over as an InputStream that ends at
 * the next boundary, so a 50 MB upload is never held in memory by the parser. Tolerates a preamble, quoted
 * boundaries, LF-only header lines and parts without Content-Type.
 */
final class MultipartReader {

    /** Receives one part; the body stream ends at the part's boundary and need not be read to the end. */
    interface PartHandler {
        void part(String name, String filename, String contentType, InputStream body) throws IOException;
    }

    private static final int MAX_HEADER_LINE = 16 * 1024;

    private final InputStream in;
    private final byte[] delim;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;
    private boolean eof;

    private MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delim = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // a virtual CRLF in front lets the first boundary match the same delimiter as all others
        buf[0] = '\r';
        buf[1] = '\n';
        lim = 2;
    }

    /** The {@code boundary} parameter of a multipart Content-Type, or null. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        for (String p : contentType.split(";")) {
            String t = p.trim();
            if (t.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = t.substring(9).trim();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 200 ? null : b;
            }
        }
        return null;
    }

    static void read(InputStream in, String boundary, PartHandler handler) throws IOException {
        new MultipartReader(in, boundary).run(handler);
    }

    private void run(PartHandler handler) throws IOException {
        new PartStream().transferTo(OutputStreamSink.NULL); // preamble
        while (true) {
            if (!ensure(2)) {
                throw new IOException("multipart body ends without a closing boundary");
            }
            if (buf[pos] == '-' && buf[pos + 1] == '-') {
                return; // closing boundary
            }
            readLine(); // rest of the boundary line (transport padding)
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line; !(line = readLine()).isEmpty(); ) {
                int c = line.indexOf(':');
                if (c > 0) {
                    headers.put(line.substring(0, c).trim().toLowerCase(Locale.ROOT), line.substring(c + 1).trim());
                }
            }
            String disposition = headers.getOrDefault("content-disposition", "");
            PartStream body = new PartStream();
            handler.part(param(disposition, "name"), param(disposition, "filename"), headers.get("content-type"), body);
            body.transferTo(OutputStreamSink.NULL); // skip whatever the handler left
        }
    }

    /** Value of {@code key=value} or {@code key="value"} inside a Content-Disposition header. */
    static String param(String header, String key) {
        String lower = header.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int i = lower.indexOf(key + "=", from);
            if (i < 0) {
                return null;
            }
            boolean boundaryBefore = i == 0 || lower.charAt(i - 1) == ';' || lower.charAt(i - 1) == ' ';
            if (!boundaryBefore) {
                from = i + 1;
                continue;
            }
            int s = i + key.length() + 1;
            if (s < header.length() && header.charAt(s) == '"') {
                StringBuilder sb = new StringBuilder();
                for (int j = s + 1; j < header.length(); j++) {
                    char ch = header.charAt(j);
                    if (ch == '\\' && j + 1 < header.length()) {
                        sb.append(header.charAt(++j));
                    } else if (ch == '"') {
                        break;
                    } else {
                        sb.append(ch);
                    }
                }
                return sb.toString();
            }
            int e = header.indexOf(';', s);
            return header.substring(s, e < 0 ? header.length() : e).trim();
        }
    }

    private boolean ensure(int n) throws IOException {
        while (lim - pos < n && !eof) {
            fill();
        }
        return lim - pos >= n;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
        } else {
            lim += n;
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            if (!ensure(1)) {
                throw new IOException("multipart header ends unexpectedly");
            }
            byte b = buf[pos++];
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
            if (line.size() > MAX_HEADER_LINE) {
                throw new IOException("multipart header line too long");
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private int indexOfDelim() {
        outer:
        for (int i = pos; i <= lim - delim.length; i++) {
            for (int j = 0; j < delim.length; j++) {
                if (buf[i + j] != delim[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A part body: the bytes up to the next delimiter. */
    private final class PartStream extends InputStream {
        private boolean done;
        private int safeEnd = -1; // bytes in [pos, safeEnd) are known to be body, no rescan needed

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            while (true) {
                if (safeEnd > pos) {
                    int n = Math.min(len, safeEnd - pos);
                    System.arraycopy(buf, pos, b, off, n);
                    pos += n;
                    return n;
                }
                safeEnd = -1; // ensure() may compact the buffer
                ensure(delim.length);
                int idx = indexOfDelim();
                if (idx == pos) {
                    pos += delim.length;
                    done = true;
                    return -1;
                }
                if (idx > pos) {
                    safeEnd = idx;
                } else if (eof) {
                    throw new IOException("multipart body ends inside a part");
                } else if (lim - pos >= delim.length) {
                    safeEnd = lim - delim.length + 1;
                } else {
                    fill();
                }
            }
        }
    }

    /** A sink for skipped bytes. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink NULL = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
