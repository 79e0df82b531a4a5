package dev.earmark.feeds.boundary;

import java.net.URI;
import java.util.Optional;

/**
 * What to import a feed into and how.
 *
 * @param showSlug the show to update; empty: a new show (the import does not remember sources: whoever keeps a show's
 *        feed address, such as the refresh, passes the show's slug)
 * @param source the feed's address, when it was fetched from one (relative links resolve against it); null for a file
 * @param copyAudio whether the audio is copied into Earmark's media store rather than referenced at its address (not
 *        yet done: the audio is referenced and the report says so)
 */
public record ImportRequest(Optional<String> showSlug, URI source, boolean copyAudio) {
}
