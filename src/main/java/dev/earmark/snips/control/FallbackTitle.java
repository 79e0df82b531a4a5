package dev.earmark.snips.control;

import dev.earmark.notes.control.ChapterMark;
import dev.earmark.notes.control.ShowNotes;
import dev.earmark.snips.entity.Snip;
import java.util.List;

/**
 * The title of a snip with nothing to summarise (no transcript yet, or small talk only): the chapter it starts in,
 * then the episode, as a listener would name the moment ("Launch day · The history of key transparency").
 */
public final class FallbackTitle {

    private static final String SEPARATOR = " · ";

    private FallbackTitle() {
    }

    public static String of(String episodeTitle, List<ChapterMark> chapters, long startMillis) {
        String chapter = chapters.stream()
                .filter(mark -> mark.startMillis() <= startMillis)
                .reduce((earlier, later) -> later)
                .map(ChapterMark::title)
                .orElse(null);
        String title = chapter == null || chapter.isBlank() ? episodeTitle : chapter.strip() + SEPARATOR + episodeTitle;
        return ShowNotes.shortened(title.strip(), Snip.TITLE_MAX);
    }
}
