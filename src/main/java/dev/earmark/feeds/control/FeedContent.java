package dev.earmark.feeds.control;

import dev.earmark.catalogue.entity.Show;
import java.util.List;

/**
 * Everything a show's feed holds, read at once: the show with its people and its guid, and its listener-visible
 * episodes, newest first, each with what the feed says of it.
 *
 * @param feedGuid the show's {@code podcast:guid}
 */
public record FeedContent(Show show, String feedGuid, List<FeedEpisode> episodes) {
}
