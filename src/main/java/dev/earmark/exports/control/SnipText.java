package dev.earmark.exports.control;

import dev.earmark.notes.control.ChapterParser;
import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.control.ExcerptTurns;
import dev.earmark.transcripts.control.ExcerptTurns.Said;
import java.util.List;

/** What the Markdown formats show of a snip beyond its fields: its range as people read it, its words by speaker. */
final class SnipText {

    private SnipText() {
    }

    /** "12:34–13:30", "1:02:03–1:03:00": to the second, as the player shows times. */
    static String range(Snip snip) {
        return ChapterParser.formatTime(wholeSeconds(snip.getStartMillis())) + "–"
                + ChapterParser.formatTime(wholeSeconds(snip.getEndMillis()));
    }

    /** The excerpt's cues as people read them: what one speaker said without another speaking between. */
    static List<Said> turns(Snip snip) {
        return ExcerptTurns.of(snip.getExcerpt());
    }

    /** A turn in Markdown: the speaker in bold, then the words, both escaped. */
    static String markdown(Said turn) {
        String words = MarkdownText.escape(turn.text());
        return turn.speaker() == null || turn.speaker().isBlank()
                ? words
                : "**" + MarkdownText.escape(turn.speaker()) + ":** " + words;
    }

    private static long wholeSeconds(long millis) {
        return millis / 1000 * 1000;
    }
}
