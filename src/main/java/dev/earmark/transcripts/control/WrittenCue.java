package dev.earmark.transcripts.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue of a WebVTT or SubRip file as it is written: its identifier (null without one), its times and its lines of
 * text with their markup.
 *
 * @param timingLine the number (from 1) of the line with its times, which errors about them name
 */
record WrittenCue(int timingLine, String identifier, long startMillis, long endMillis, List<String> textLines) {

    /** Between the times of a timing line; blanks around the arrow are read possessively, never given back. */
    static final String ARROW = "[ \\t]++-->[ \\t]++";

    /**
     * The cue of a block whose timing line is at {@code timingIndex} (-1: it has none where it should, and is refused,
     * naming its first line). The timing pattern has four groups per time: hours (optional), minutes, seconds,
     * milliseconds.
     */
    static WrittenCue of(TranscriptText.Block block, int timingIndex, Pattern timingLine) {
        if (timingIndex < 0) {
            throw TranscriptException.badCue(block.firstLineNumber());
        }
        Matcher timing = timingLine.matcher(block.lines().get(timingIndex).strip());
        timing.matches();
        return new WrittenCue(block.firstLineNumber() + timingIndex, timingIndex == 0 ? null : block.first().strip(),
                millis(timing, 1), millis(timing, 5), List.copyOf(block.after(timingIndex)));
    }

    /** Refuses cues that end before they start or start before the cue above them: players would skip them. */
    static List<WrittenCue> inOrder(List<WrittenCue> cues) {
        long previousStart = 0;
        for (WrittenCue cue : cues) {
            if (cue.endMillis < cue.startMillis) {
                throw TranscriptException.endBeforeStart(cue.timingLine);
            }
            if (cue.startMillis < previousStart) {
                throw TranscriptException.outOfOrder(cue.timingLine);
            }
            previousStart = cue.startMillis;
        }
        if (cues.isEmpty()) {
            throw TranscriptException.noCues();
        }
        return cues;
    }

    private static long millis(Matcher timing, int firstGroup) {
        String hours = timing.group(firstGroup);
        return (hours == null ? 0 : Long.parseLong(hours)) * 3_600_000
                + Integer.parseInt(timing.group(firstGroup + 1)) * 60_000L
                + Integer.parseInt(timing.group(firstGroup + 2)) * 1_000L
                + Integer.parseInt(timing.group(firstGroup + 3));
    }
}
