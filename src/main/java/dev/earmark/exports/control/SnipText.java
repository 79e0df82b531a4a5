package dev.earmark.exports.control;

import dev.earmark.notes.control.ChapterParser;
import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.entity.TranscriptCue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the Markdown formats show of a snip beyond its fields: its range as people read it, its words by speaker. */
final class SnipText {

    /** What one speaker said without another speaking between; {@code speaker} null when the transcript does not say. */
    record Turn(String speaker, String text) {
    }

    private SnipText() {
    }

    /** "12:34–13:30", "1:02:03–1:03:00": to the second, as the player shows times. */
    static String range(Snip snip) {
        return ChapterParser.formatTime(wholeSeconds(snip.getStartMillis())) + "–"
                + ChapterParser.formatTime(wholeSeconds(snip.getEndMillis()));
    }

    /** The excerpt's cues, those of one speaker following each other joined into one turn. */
    static List<Turn> turns(Snip snip) {
        List<Turn> turns = new ArrayList<>();
        for (TranscriptCue cue : snip.getExcerpt()) {
            Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
            if (last != null && Objects.equals(last.speaker(), cue.getSpeaker())) {
                turns.set(turns.size() - 1, new Turn(last.speaker(), last.text() + " " + cue.getText()));
            } else {
                turns.add(new Turn(cue.getSpeaker(), cue.getText()));
            }
        }
        return turns;
    }

    /** A turn in Markdown: the speaker in bold, then the words, both escaped. */
    static String markdown(Turn turn) {
        String words = MarkdownText.escape(turn.text());
        return turn.speaker() == null || turn.speaker().isBlank()
                ? words
                : "**" + MarkdownText.escape(turn.speaker()) + ":** " + words;
    }

    private static long wholeSeconds(long millis) {
        return millis / 1000 * 1000;
    }
}
