package dev.earmark.feeds.boundary;

import java.net.URI;
import java.util.Optional;

/**
 * What to import a feed into and how.
 *
 * @param showSlug the show to update; empty: the show imported from {@code source} before, else a new show
 * @param source the feed's address, when it was fetched from one (relative links resolve against it); null for a file
 * @param copyAudio whether the audio is copied into Earmark's media store rather than referenced at its address
 */
public record ImportRequest(Optional<String> showSlug, URI source, boolean copyAudio) {
}
