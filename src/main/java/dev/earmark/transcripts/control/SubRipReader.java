package dev.earmark.transcripts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SubRip (SRT): blocks of a cue number, a timing line ({@code hh:mm:ss,ttt --> hh:mm:ss,ttt}) and the text. Some tools
 * write a dot like WebVTT, one-digit hours, trailing coordinates (an old extension) or leave the number out; all are
 * read.
 */
final class SubRipReader {

    private static final Pattern INDEX = Pattern.compile("\\d++");
    private static final String TIME = "(\\d{1,2}):([0-5]\\d):([0-5]\\d)[,.](\\d{3})";
    private static final Pattern TIMING = Pattern.compile(TIME + WrittenCue.ARROW + TIME + "(?:[ \\t].*)?");
    private static final String ARROW = "-->";

    private SubRipReader() {
    }

    /**
     * Whether the file starts like SubRip: with a timing line, or a number and then a line with an arrow. A file that
     * merely starts with a number (a year, say) is not taken for SubRip.
     */
    static boolean isSubRip(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return false;
        }
        String line = lines.get(first);
        return line.contains(ARROW) || INDEX.matcher(line.strip()).matches() && first + 1 < lines.size()
                && lines.get(first + 1).contains(ARROW);
    }

    /** The cues, in order; a block without a timing line where it belongs is refused. */
    static List<WrittenCue> read(List<String> lines) {
        List<WrittenCue> cues = new ArrayList<>();
        for (TranscriptText.Block block : TranscriptText.blocks(lines, 0)) {
            int timingIndex = block.hasTimingAt(1, TIMING) && INDEX.matcher(block.first().strip()).matches() ? 1
                    : block.hasTimingAt(0, TIMING) ? 0 : -1;
            if (timingIndex < 0) {
                throw TranscriptException.badCue(block.firstLineNumber());
            }
            Matcher timing = TIMING.matcher(block.lines().get(timingIndex).strip());
            timing.matches();
            cues.add(WrittenCue.of(block, timingIndex, timing));
        }
        return WrittenCue.inOrder(cues);
    }
}
