package dev.earmark.catalogue.control;

/** One chapter as written in show notes or a chapter list, before it becomes a {@code Chapter} of an episode. */
public record ChapterMark(long startMillis, String title) {
}
