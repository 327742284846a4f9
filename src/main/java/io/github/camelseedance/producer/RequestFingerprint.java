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
package io.github.camelseedance.producer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.github.camelseedance.model.GenerationParameter;
import io.github.camelseedance.model.GenerationRequest;
import io.github.camelseedance.model.Media;

/**
 * What a correlation key's request was, as a SHA-256 of the model, the prompt, every parameter and each medium (the
 * bytes of a medium to upload, the reference of one given by URL or asset id): the same key with the same fingerprint
 * is the same generation, paid once; with another fingerprint it is a new one. Computed before staging, so that a
 * medium uploaded again (a new asset id for the same bytes) still gives the same fingerprint.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** Hashes the files it reads: run it on a worker thread, not the caller's. */
    static String of(RequestReader.Draft draft) {
        GenerationRequest r = draft.request();
        StringBuilder s = new StringBuilder("model=").append(r.model()).append("\nprompt=").append(r.prompt())
                .append("\ndraftTask=").append(r.draftTaskId());
        for (GenerationParameter<?> parameter : GenerationParameter.ALL) {
            s.append('\n').append(parameter.option()).append('=').append(r.get(parameter));
        }
        s.append("\ntools=").append(r.tools());
        List<PendingMedia> pending = draft.pending();
        for (Media m : r.media()) {
            int index = MediaResolver.placeholderIndex(m);
            s.append('\n').append(m.role()).append('=');
            if (index < 0) {
                s.append(m.url());
            } else {
                PendingMedia medium = pending.get(index);
                String hash = medium.contentHash();
                s.append(hash != null ? "sha256:" + hash : "url:" + medium.source().url());
            }
        }
        return sha256(s.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
