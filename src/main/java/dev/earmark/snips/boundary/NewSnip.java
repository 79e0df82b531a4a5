package dev.earmark.snips.boundary;

/**
 * A tap on the player: save the {@code lengthMillis} before {@code atMillis} of an episode. The request key, made by
 * the listener's browser, makes sending the same tap again harmless.
 */
public record NewSnip(long episodeId, long atMillis, long lengthMillis, String requestKey) {

    public static final long DEFAULT_LENGTH_MILLIS = 60_000;
    public static final long MIN_LENGTH_MILLIS = 30_000;
    public static final long MAX_LENGTH_MILLIS = 180_000;
}
