package dev.earmark.transcripts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * WebVTT as the W3C defines it: the header line "WEBVTT" (with text after a blank, and metadata lines up to the
 * first blank line), then blocks separated by blank lines: NOTE, STYLE and REGION blocks, which hold no cue, and cues,
 * each an optional identifier line, a timing line ({@code [hh:]mm:ss.ttt --> [hh:]mm:ss.ttt}, cue settings after it)
 * and its text.
 */
final class WebVttReader {

    private static final Pattern HEADER = Pattern.compile("WEBVTT([ \\t].*)?");
    // Hours have two digits or more; nine keep the milliseconds in a long.
    private static final String TIME = "(?:(\\d{2,9}+):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})";
    private static final Pattern TIMING = Pattern.compile(TIME + WrittenCue.ARROW + TIME + "(?:[ \\t].*)?");
    private static final Pattern OTHER_BLOCK = Pattern.compile("(NOTE|STYLE|REGION)([ \\t].*)?");

    private WebVttReader() {
    }

    static boolean isWebVtt(List<String> lines) {
        return HEADER.matcher(lines.get(0)).matches();
    }

    /** The cues, in order; a block that is neither a cue nor a NOTE, STYLE or REGION block is refused. */
    static List<WrittenCue> read(List<String> lines) {
        // The header runs to the first blank line and may carry metadata lines of its own.
        int afterHeader = lines.indexOf("") < 0 ? lines.size() : lines.indexOf("");
        List<WrittenCue> cues = new ArrayList<>();
        for (TranscriptText.Block block : TranscriptText.blocks(lines, afterHeader)) {
            if (OTHER_BLOCK.matcher(block.first()).matches()) {
                continue;
            }
            int timingIndex = block.hasTimingAt(0, TIMING) ? 0 : block.hasTimingAt(1, TIMING) ? 1 : -1;
            cues.add(WrittenCue.of(block, timingIndex, TIMING));
        }
        return WrittenCue.inOrder(cues);
    }
}
