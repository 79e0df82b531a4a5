package dev.earmark.transcripts.control;

import dev.earmark.transcripts.entity.TranscriptCue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A few cues copied from a transcript (a snip's or a moment's words) as people read them: what one speaker said
 * without another speaking between, as one turn. Unlike {@link SpeakerTurns}, a whole transcript's reading, an
 * excerpt is short enough to need no paragraphs.
 */
public final class ExcerptTurns {

    /** @param speaker who speaks, or null when the transcript does not say */
    public record Said(String speaker, String text) {
    }

    private ExcerptTurns() {
    }

    public static List<Said> of(List<TranscriptCue> cues) {
        List<Said> said = new ArrayList<>();
        for (TranscriptCue cue : cues) {
            int last = said.size() - 1;
            if (last >= 0 && Objects.equals(said.get(last).speaker(), cue.getSpeaker())) {
                said.set(last, new Said(cue.getSpeaker(), said.get(last).text() + " " + cue.getText()));
            } else {
                said.add(new Said(cue.getSpeaker(), cue.getText()));
            }
        }
        return said;
    }
}
