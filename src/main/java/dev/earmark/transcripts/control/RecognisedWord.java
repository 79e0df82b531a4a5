package dev.earmark.transcripts.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word that PocketSphinx heard, with when it was said. */
public record RecognisedWord(String text, long startMillis, long endMillis) {

    /** {@code word start end confidence}, times in seconds: what {@code pocketsphinx_continuous -time yes} prints. */
    private static final Pattern TIMED_WORD = Pattern.compile("(\\S+) (\\d{1,7}(?:\\.\\d+)?) (\\d{1,7}(?:\\.\\d+)?) \\S+");
    /** The second and later pronunciations of a word in the dictionary: "the(2)". */
    private static final Pattern VARIANT = Pattern.compile("\\(\\d+\\)$");

    /**
     * The word of one line of the recogniser's output; empty for the other lines (the utterance's text alone, log
     * lines) and for what is no word: sentence marks {@code <s>}, {@code </s>}, silence {@code <sil>} and noises
     * ({@code [NOISE]}, {@code ++BREATH++}).
     */
    public static Optional<RecognisedWord> parse(String line) {
        Matcher timed = TIMED_WORD.matcher(line.strip());
        if (!timed.matches()) {
            return Optional.empty();
        }
        String word = VARIANT.matcher(timed.group(1)).replaceFirst("");
        if (word.isEmpty() || "<[+".indexOf(word.charAt(0)) >= 0) {
            return Optional.empty();
        }
        long start = millis(timed.group(2));
        long end = Math.max(start, millis(timed.group(3)));
        return Optional.of(new RecognisedWord(word, start, end));
    }

    private static long millis(String seconds) {
        return Math.round(Double.parseDouble(seconds) * 1000);
    }
}
