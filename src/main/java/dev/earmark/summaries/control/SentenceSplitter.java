package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The sentences of an excerpt. A transcript's cues hold a sentence each, several, or parts of one, so each speaker's
 * turn (consecutive cues of one speaker) is read as one text and split by the language's {@link BreakIterator}; a
 * sentence never runs across a change of speaker. The break iterator ends a sentence after any abbreviation followed
 * by a capital ("Dr. Smith"), so a sentence it ends with one of {@link Abbreviations} goes on. A sentence longer
 * than the longest takeaway is read as pieces, each cut after a clause or a word and marked "…", so that one
 * unpunctuated transcript still has parts to choose from.
 */
final class SentenceSplitter {

    private static final String CLAUSE_ENDS = ",;:";
    private static final String CLOSERS = ")]}\"'\u201D\u2019\u00BB";
    private static final String SENTENCE_ENDS = ".!?\u2026\u3002\uFF01\uFF1F";
    private static final String QUESTION_MARKS = "?\uFF1F";

    private SentenceSplitter() {
    }

    static List<Sentence> split(List<Cue> cues, Locale language) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        while (from < cues.size()) {
            int to = from + 1;
            while (to < cues.size() && Objects.equals(cues.get(to).speaker(), cues.get(from).speaker())) {
                to++;
            }
            splitTurn(cues.subList(from, to), language, sentences);
            from = to;
        }
        return sentences;
    }

    private static void splitTurn(List<Cue> turn, Locale language, List<Sentence> sentences) {
        StringBuilder joined = new StringBuilder();
        int[] cueStarts = new int[turn.size()];
        for (int i = 0; i < turn.size(); i++) {
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            cueStarts[i] = joined.length();
            joined.append(turn.get(i).text().strip());
        }
        String text = joined.toString();
        BreakIterator boundaries = BreakIterator.getSentenceInstance(language);
        boundaries.setText(text);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
            if (end == text.length() || !Abbreviations.endsWithOne(text.substring(start, end).strip(), language)) {
                addSentence(text, start, end, turn, cueStarts, sentences);
                start = end;
            }
        }
    }

    private static void addSentence(String text, int start, int end, List<Cue> turn, int[] cueStarts,
            List<Sentence> sentences) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        boolean cut = false;
        while (to - from > ExtractiveSummariser.MAX_TAKEAWAY_LENGTH) {
            int pieceEnd = pieceEnd(text, from, from + ExtractiveSummariser.MAX_TAKEAWAY_LENGTH - 1);
            String piece = TextCuts.stripTrailingPunctuation(text.substring(from, pieceEnd)) + TextCuts.ELLIPSIS;
            sentences.add(new Sentence(piece, startOf(from, turn, cueStarts), false, false));
            from = pieceEnd;
            cut = true;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        if (from < to) {
            String sentence = text.substring(from, to);
            sentences.add(new Sentence(sentence, startOf(from, turn, cueStarts),
                    !cut && startsAsSentence(sentence) && endsAsSentence(sentence), endsAsQuestion(sentence)));
        }
    }

    /** Where a piece of an over-long sentence ends: after the last clause in its second half, else after a word. */
    private static int pieceEnd(String text, int from, int limit) {
        for (int i = limit - 1; i > from + (limit - from) / 2; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return TextCuts.wordEnd(text, from, limit);
    }

    private static long startOf(int offset, List<Cue> turn, int[] cueStarts) {
        int cue = 0;
        while (cue + 1 < cueStarts.length && cueStarts[cue + 1] <= offset) {
            cue++;
        }
        return turn.get(cue).startMillis();
    }

    private static boolean startsAsSentence(String sentence) {
        return sentence.codePoints().filter(Character::isLetterOrDigit).findFirst()
                .stream().noneMatch(Character::isLowerCase);
    }

    private static boolean endsAsSentence(String sentence) {
        return SENTENCE_ENDS.indexOf(lastBeforeClosers(sentence)) >= 0;
    }

    private static boolean endsAsQuestion(String sentence) {
        return QUESTION_MARKS.indexOf(lastBeforeClosers(sentence)) >= 0;
    }

    private static char lastBeforeClosers(String sentence) {
        int last = sentence.length() - 1;
        while (last > 0 && CLOSERS.indexOf(sentence.charAt(last)) >= 0) {
            last--;
        }
        return sentence.charAt(last);
    }
}
