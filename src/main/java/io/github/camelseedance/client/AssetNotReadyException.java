package io.github.camelseedance.client;

/** An uploaded asset did not get its id before the deadline; the upload job id is kept to look again later. */
public class AssetNotReadyException extends SeedanceException {

    private static final long serialVersionUID = 1L;

    public AssetNotReadyException(ErrorDetails details) {
        super(details, null);
    }
}
