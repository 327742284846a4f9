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
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelseedance.model.MediaSamples;
import io.github.camelseedance.model.SeedanceValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelseedance.client.WireMockClients.client;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A stream upload: its first bytes are peeked before the request and every byte is still sent. */
class StreamUploadSniffingTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockClients.newServer();

    private static final String UPLOAD = SeedanceClientConfig.DEFAULT_ASSET_UPLOAD_PATH;

    @Test
    void everyByteOfAPeekedStreamIsUploaded() {
        wm.stubFor(post(urlEqualTo(UPLOAD)).willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"up-1\"}}")));
        byte[] media = new byte[70_000];
        for (int i = 0; i < media.length; i++) {
            media[i] = (byte) (i % 251); // no byte could move unnoticed
        }
        System.arraycopy(MediaSamples.mp3Frame(), 0, media, 0, 4);
        // the first 10 bytes come from a stream of their own: the peek reads across the seam, and any byte it lost or
        // repeated would show
        InputStream stream = new SequenceInputStream(new ByteArrayInputStream(media, 0, 10),
                new ByteArrayInputStream(media, 10, media.length - 10));
        try (BlockingClient client = client(wm, Provider.POWERTOKENS)) {
            assertEquals("up-1", client.upload(AssetSource.ofStream(stream, "voice.mp3", null), null).body());
        }
        List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlEqualTo(UPLOAD)));
        assertEquals(1, sent.size());
        assertArrayEquals(media, sent.get(0).getPart("file").getBody().asBytes());
    }

    @Test
    void anEmptyOrForeignStreamIsNeverUploaded() {
        try (BlockingClient client = client(wm, Provider.POWERTOKENS)) {
            AssetSource empty = AssetSource.ofStream(InputStream.nullInputStream(), "voice.mp3", null);
            assertEquals("file", assertThrows(SeedanceValidationException.class, () -> client.upload(empty, null)).getField());
            AssetSource text = AssetSource.ofStream(new ByteArrayInputStream(MediaSamples.text()), "cat.png", null);
            assertEquals("file", assertThrows(SeedanceValidationException.class, () -> client.upload(text, null)).getField());
        }
        assertEquals(0, wm.getAllServeEvents().size(), "no request was sent");
    }
}
