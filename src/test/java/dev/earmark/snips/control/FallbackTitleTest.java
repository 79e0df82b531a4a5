package dev.earmark.snips.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.notes.control.ChapterMark;
import dev.earmark.snips.entity.Snip;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackTitleTest {

    private static final List<ChapterMark> CHAPTERS = List.of(new ChapterMark(0, "Intro"),
            new ChapterMark(300_000, "Launch day"));

    @Test
    void theChapterTheSnipStartsInThenTheEpisode() {
        assertEquals("Intro · Keys", FallbackTitle.of("Keys", CHAPTERS, 299_999));
        assertEquals("Launch day · Keys", FallbackTitle.of("Keys", CHAPTERS, 300_000));
        assertEquals("Keys", FallbackTitle.of("Keys", List.of(), 300_000));
    }

    @Test
    void aLongOneIsCutAtAWord() {
        String title = FallbackTitle.of("word ".repeat(40), CHAPTERS, 0);
        assertTrue(title.length() <= Snip.TITLE_MAX, title);
        assertTrue(title.endsWith("word…"), title);
    }
}
