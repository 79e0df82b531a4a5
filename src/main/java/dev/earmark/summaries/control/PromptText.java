package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the prompts' messages say of a transcript: the show's and the episode's titles, then a line per turn. */
final class PromptText {

    /** Consecutive cues of one speaker, their words joined, starting where the first starts. */
    record Turn(long startMillis, String speaker, String words) {

        /** "Speaker: words", or the words alone when the speaker is not known. */
        String line() {
            return speaker == null ? words : speaker + ": " + words;
        }
    }

    private PromptText() {
    }

    /** "Show: …" and "Episode: …" on a line each. */
    static StringBuilder titles(String showTitle, String episodeTitle) {
        return new StringBuilder("Show: ").append(oneLine(showTitle)).append("\nEpisode: ").append(oneLine(episodeTitle));
    }

    /**
     * The cues as turns, each on one line: a new turn where the speaker changes, and at the first cue that starts
     * {@code longestMillis} or more after its turn's start (so that a monologue's lines still say when they are said).
     */
    static List<Turn> turns(List<Cue> cues, long longestMillis) {
        List<Turn> turns = new ArrayList<>();
        StringBuilder words = null;
        long start = 0;
        String speaker = null;
        for (Cue cue : cues) {
            String name = cue.speaker() == null ? null : oneLine(cue.speaker());
            if (words == null || !Objects.equals(speaker, name) || cue.startMillis() - start >= longestMillis) {
                if (words != null) {
                    turns.add(new Turn(start, speaker, words.toString()));
                }
                words = new StringBuilder();
                start = cue.startMillis();
                speaker = name;
            } else {
                words.append(' ');
            }
            words.append(oneLine(cue.text()));
        }
        if (words != null) {
            turns.add(new Turn(start, speaker, words.toString()));
        }
        return turns;
    }

    /** Cuts the text after {@code from} to at most {@code maxChars} more, at a word's end, marked by an ellipsis. */
    static void cutAfter(StringBuilder text, int from, int maxChars) {
        if (text.length() - from > maxChars) {
            text.setLength(TextCuts.wordEnd(text.toString(), from, from + maxChars));
            text.append(TextCuts.ELLIPSIS);
        }
    }

    /** A title, name or cue on one line, so that none can pass for a line of the prompt's form. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
