package dev.earmark.transcripts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SubRip (SRT): blocks of a cue number, a timing line ({@code hh:mm:ss,ttt --> hh:mm:ss,ttt}) and the text. Some tools
 * write a dot like WebVTT, one-digit hours, trailing coordinates (an old extension) or leave the number out; all are
 * read. The text is read like WebVTT's ({@link CueText}): SubRip's HTML-like tags ({@code <i>}, {@code <font>}) go,
 * and a voice tag, which some tools write in SubRip too, names the speaker. SubRip's own conventions for speakers, a
 * "NAME:" before the text or a "- " before each speaker's line, stay text: they cannot be told from a label ("Note:")
 * or a dash, and a wrong speaker is worse than none; as text they still read as they did and are searchable.
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
            cues.add(WrittenCue.of(block, timingIndex, TIMING));
        }
        return WrittenCue.inOrder(cues);
    }
}
