package dev.earmark.notes.control;

/**
 * One chapter as written in show notes, a chapter list or the editor's table, before it becomes a {@code Chapter} of
 * an episode. The address is optional: a page about what the chapter talks about.
 */
public record ChapterMark(long startMillis, String title, String url) {

    /** Chapters read from text have no address: show notes give times and titles only. */
    public ChapterMark(long startMillis, String title) {
        this(startMillis, title, null);
    }
}
