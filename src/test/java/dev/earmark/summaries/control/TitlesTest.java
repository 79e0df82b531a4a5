package dev.earmark.summaries.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void aShortSentenceIsTheTitleWithoutItsFullStop() {
        assertEquals("Threads is built on Instagram's infrastructure",
                title("Threads is built on Instagram's infrastructure."));
        assertEquals("The engineering and design work was remarkable, especially the animations",
                title("But the engineering and design work was remarkable, especially the animations."));
        assertEquals("iOS shares a lot of code", title("And iOS shares a lot of code."));
    }

    @Test
    void aLongSentenceGivesItsClauseWithTheMostContentWords() {
        assertEquals("The migration to native made the app much faster", title("The migration to native made the app "
                + "much faster, and it taught a lot of web engineers how to build for phones."));
        assertEquals("Other messaging apps can follow the same approach", title("Very positively, yes, really, and "
                + "there we are; so other messaging apps can follow the same approach, as we hoped it would be."));
    }

    @Test
    void aLongSentenceWithoutClausesIsCutAfterAWordThatIsNoStopWord() {
        assertEquals("Facebook Home replaced the lock screen and home screen on Android phones\u2026",
                title("Facebook Home replaced the lock screen and home screen on Android phones with a full screen "
                        + "feed of your friends' photos."));
    }

    private static String title(String sentence) {
        return Titles.of(sentence, ContentWords.of(Locale.ENGLISH), Locale.ENGLISH);
    }
}
