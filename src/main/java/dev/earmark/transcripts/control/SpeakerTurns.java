package dev.earmark.transcripts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A transcript as people read it on a page: turns of one speaker each, in paragraphs. Consecutive timed cues of one
 * speaker join into a paragraph that starts at its first cue, so each paragraph can link to the moment it is said; a
 * long turn, or one with a long pause in it, goes on in a new paragraph. The cues of an untimed transcript are the
 * paragraphs of the text as written, so they stay apart.
 */
public final class SpeakerTurns {

    /** A paragraph grows by whole cues up to about this length: a screenful to read, not a wall. */
    static final int PARAGRAPH_CHARACTERS = 600;
    /** A silence this long inside one speaker's cues (an announcer's titles minutes apart) starts a new paragraph. */
    static final long PAUSE_MILLIS = 5_000;

    /** @param speaker who speaks, or null when the transcript does not say */
    public record Turn(String speaker, List<Paragraph> paragraphs) {

        public Turn {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** @param startMillis when its first cue is said (0 in an untimed transcript) */
    public record Paragraph(long startMillis, String text) {
    }

    private SpeakerTurns() {
    }

    public static List<Turn> of(Transcript transcript) {
        List<Turn> turns = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Cue first = null;
        Cue previous = null;
        for (Cue cue : transcript.cues()) {
            boolean sameSpeaker = previous != null && Objects.equals(previous.speaker(), cue.speaker());
            if (previous != null && !(sameSpeaker && joins(transcript, previous, cue, text))) {
                paragraphs.add(new Paragraph(first.startMillis(), text.toString()));
                text.setLength(0);
                first = cue;
                if (!sameSpeaker) {
                    turns.add(new Turn(previous.speaker(), paragraphs));
                    paragraphs.clear();
                }
            }
            if (first == null) {
                first = cue;
            }
            text.append(text.isEmpty() ? "" : " ").append(cue.text());
            previous = cue;
        }
        if (previous != null) {
            paragraphs.add(new Paragraph(first.startMillis(), text.toString()));
            turns.add(new Turn(previous.speaker(), paragraphs));
        }
        return turns;
    }

    private static boolean joins(Transcript transcript, Cue previous, Cue cue, CharSequence paragraph) {
        return transcript.timed()
                && cue.startMillis() - previous.endMillis() < PAUSE_MILLIS
                && paragraph.length() + 1 + cue.text().length() <= PARAGRAPH_CHARACTERS;
    }
}
