package io.github.camelseedance;

import io.github.camelseedance.client.AssetSource;
import io.github.camelseedance.model.MediaRole;

/** A medium that must go through the Asset Library before the create: a local file, bytes or a data URI. */
record PendingMedia(MediaRole role, AssetSource source) {
}
