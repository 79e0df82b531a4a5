package dev.earmark.search.control;

/**
 * One thing a search found.
 *
 * @param kind        a show, an episode, or a passage of an episode's transcript
 * @param id          the show's id, else the episode's
 * @param startMillis where a passage starts in the episode (0 for the others)
 * @param seekable    whether the passage has a time to play from: a plain-text transcript has none
 * @param html        the passage, notes or description with the matched words marked: safe HTML
 */
public record Hit(Kind kind, long id, long startMillis, boolean seekable, String html) {

    public enum Kind { SHOW, EPISODE, PASSAGE }
}
