package dev.earmark.search.boundary;

import dev.earmark.search.control.Hit;

/**
 * A hit as pages and the API show it.
 *
 * @param kind         a show, an episode or a transcript passage
 * @param title        the show's or the episode's title
 * @param showTitle    the episode's show, null for a show
 * @param path         the app path of its page; for a passage with {@code #t=} at the second it starts
 * @param startSeconds where a passage starts, else null
 * @param html         what matched, marked: safe HTML
 */
public record SearchResult(Hit.Kind kind, String title, String showTitle, String path, Double startSeconds,
        String html) {

    public boolean isPassage() {
        return kind == Hit.Kind.PASSAGE;
    }
}
