package dev.earmark.transcripts.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: each paragraph (lines up to a blank line) is a cue without times. The text is taken as written, markup
 * and all, with its white space collapsed. Nobody is named as the speaker, not even for "Name: text" lines: a word
 * before a colon is as often a label ("Note:", "Update:") as a name, and a wrong speaker is worse than none.
 */
final class PlainTextReader {

    private PlainTextReader() {
    }

    static List<Cue> read(List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        for (TranscriptText.Block paragraph : TranscriptText.blocks(lines, 0)) {
            cues.add(new Cue(0, 0, null, CueText.collapseWhiteSpace(String.join("\n", paragraph.lines()))));
        }
        if (cues.isEmpty()) {
            throw TranscriptException.noCues();
        }
        return cues;
    }
}
