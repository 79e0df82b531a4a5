package dev.earmark.transcripts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognised words grouped into cues a listener can read and click: a new cue starts after a pause of
 * {@value #PAUSE_MILLIS} ms or more (where a speaker breathes or a sentence ends) and after {@value #MAX_WORDS} words.
 * The recogniser knows neither capitals nor punctuation: a cue starts with a capital, and "i" is "I".
 */
public final class SpokenCues {

    static final long PAUSE_MILLIS = 300;
    static final int MAX_WORDS = 15;

    private SpokenCues() {
    }

    public static List<Cue> of(List<RecognisedWord> words) {
        List<Cue> cues = new ArrayList<>();
        List<RecognisedWord> current = new ArrayList<>();
        for (RecognisedWord word : words) {
            if (!current.isEmpty() && (current.size() == MAX_WORDS
                    || word.startMillis() - current.get(current.size() - 1).endMillis() >= PAUSE_MILLIS)) {
                cues.add(cue(current));
                current.clear();
            }
            current.add(word);
        }
        if (!current.isEmpty()) {
            cues.add(cue(current));
        }
        return cues;
    }

    private static Cue cue(List<RecognisedWord> words) {
        StringBuilder text = new StringBuilder();
        for (RecognisedWord word : words) {
            text.append(text.isEmpty() ? "" : " ").append("i".equals(word.text()) ? "I" : word.text());
        }
        text.replace(0, 1, text.substring(0, 1).toUpperCase(Locale.ROOT));
        return new Cue(words.get(0).startMillis(), words.get(words.size() - 1).endMillis(), null, text.toString());
    }
}
