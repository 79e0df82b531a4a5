package dev.earmark.notes.control;

import static java.util.regex.Pattern.UNICODE_CHARACTER_CLASS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.owasp.html.HtmlSanitizer;

/**
 * Reads chapter marks from the way people write them in show notes: "Intro 0:06 Will Bailey 1:14", "0:06 Intro",
 * one per line as "(12:34) Title", "[12:34] Title", "1:02:03 - Title", "Title - 1:02:03" and the like.
 */
public final class ChapterParser {

    // Case matters: a capitalised "Timestamps" is a label, "timestamps" is more likely part of a sentence.
    private static final Pattern LABEL = Pattern.compile("\\b(?:Timestamps\\b:?|Chapters:)");
    private static final Pattern LEADING_LABEL = Pattern.compile("^\\s*" + LABEL.pattern(), UNICODE_CHARACTER_CLASS);

    // Brackets belong to the time so that "(12:34) Title" leaves a clean title. The look-arounds keep version numbers
    // ("PyTorch 2.0", "Python 3.12"), ports in addresses and longer digit runs from being taken for times.
    private static final Pattern TIME = Pattern.compile(
            "[(\\[]?(?<![\\p{Alnum}:.])"
                    + "(([0-9]{1,3}):([0-9]{2})(?::([0-9]{2}))?(?:\\.([0-9]{1,3}))?)"
                    + "(?!\\p{Alnum}|:[0-9])[)\\]]?",
            UNICODE_CHARACTER_CLASS);
    private static final int WHOLE_TIME = 1;
    private static final int FIRST_FIELD = 2;
    private static final int SECOND_FIELD = 3;
    private static final int THIRD_FIELD = 4;
    private static final int FRACTION = 5;

    private static final Pattern BLANK = Pattern.compile("\\s*", UNICODE_CHARACTER_CLASS);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", UNICODE_CHARACTER_CLASS);
    // What people put between a time and its title; whitespace is one space by the time they are stripped.
    private static final String SEPARATORS = " -–—:|•*";
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    // In plain-text notes a blank line is what ends a paragraph, and so the section. Atomic: \R would otherwise give
    // back the \n of a \r\n to match a second line break, and every line of a browser's form would end a paragraph.
    private static final Pattern PARAGRAPH_BREAK =
            Pattern.compile("(?>\\R)\\h*+(?>\\R)\\s*+", UNICODE_CHARACTER_CLASS);
    // Each label with a time after it is read up to the end of its paragraph: without caps, notes of nothing but
    // labels would cost labels × length. Real notes have one label, sometimes a second where prose says "Chapters:",
    // and their section fits in the longest notes an episode keeps; a longer "section" is prose.
    private static final int MAX_LABELS_TRIED = 5;
    private static final int MAX_SECTION_LENGTH = 20_000;

    private ChapterParser() {
    }

    /**
     * The chapters in the text, in the order given.
     *
     * @throws ChapterParseException when the text has no time, a time is impossible, a title is missing, there is text
     *                               that belongs to no time, or the times do not keep increasing
     */
    public static List<ChapterMark> parse(String timestampText) {
        if (timestampText == null || BLANK.matcher(timestampText).matches()) {
            return List.of();
        }
        Matcher leadingLabel = LEADING_LABEL.matcher(timestampText);
        String text = leadingLabel.lookingAt() ? timestampText.substring(leadingLabel.end()) : timestampText;
        List<MatchResult> times = TIME.matcher(text).results().toList();
        if (times.isEmpty()) {
            throw ChapterParseException.noTimestamp();
        }
        List<String> textAroundTimes = textAround(times, text);
        boolean titleBeforeTime = hasLetterOrDigit(textAroundTimes.get(0));
        List<ChapterMark> chapters = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            long startMillis = millisOf(times.get(i));
            String title = titleIn(textAroundTimes.get(titleBeforeTime ? i : i + 1), titleBeforeTime, startMillis);
            if (!chapters.isEmpty() && startMillis <= chapters.get(chapters.size() - 1).startMillis()) {
                throw ChapterParseException.outOfOrder(title, formatTime(startMillis));
            }
            chapters.add(new ChapterMark(startMillis, title));
        }
        if (titleBeforeTime) {
            rejectWords(textAroundTimes.get(times.size()));
        }
        return List.copyOf(chapters);
    }

    /**
     * The timestamps section of show notes: the text after a "Timestamps", "Timestamps:" or "Chapters:" label up to the
     * end of its paragraph or element, when it holds times. Only sections of up to {@value #MAX_SECTION_LENGTH}
     * characters, and of those the first {@value #MAX_LABELS_TRIED}, are read: the time taken grows with the length of
     * the notes only.
     *
     * @throws ChapterParseException when there is such a section but it cannot be read as chapters
     */
    public static Optional<TimestampSection> findInShowNotes(String showNotesHtml) {
        if (showNotesHtml == null) {
            return Optional.empty();
        }
        ChapterParseException firstFailure = null;
        int labelsTried = 0;
        for (TextBlock block : TextBlockReader.read(showNotesHtml)) {
            String text = block.text();
            ForwardSearch nextTime = new ForwardSearch(TIME, text);
            ForwardSearch nextParagraphBreak = new ForwardSearch(PARAGRAPH_BREAK, text);
            Matcher label = LABEL.matcher(text);
            while (labelsTried < MAX_LABELS_TRIED && label.find()) {
                int end = nextParagraphBreak.findFrom(label.end()) ? nextParagraphBreak.end() : text.length();
                // Without a time the word is part of a sentence, not a label; before a book-length "section" too.
                if (!nextTime.findFrom(label.start()) || nextTime.start() >= end
                        || end - label.start() > MAX_SECTION_LENGTH) {
                    continue;
                }
                labelsTried++;
                try {
                    return Optional.of(new TimestampSection(
                            parse(text.substring(label.start(), end)), block.textOffset(label.start()),
                            block.textOffset(end)));
                } catch (ChapterParseException unreadable) {
                    // A label used in prose can fail where a later, real one succeeds.
                    if (firstFailure == null) {
                        firstFailure = unreadable;
                    }
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return Optional.empty();
    }

    /**
     * One start time on its own, as a chapter table's start cell holds it: "1:02:03", "12:34", "0:06", "12:34.500".
     *
     * @throws ChapterParseException when the text is not a time, or minutes or seconds go past 59
     */
    public static long parseTime(String time) {
        String text = time == null ? "" : time.strip();
        Matcher matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            throw ChapterParseException.notATime(text);
        }
        return millisOf(matcher);
    }

    /** A start time as people write it: "7:16", "1:02:03", "12:34.500" when it falls between seconds. */
    public static String formatTime(long millis) {
        long seconds = millis / 1000;
        long fraction = millis % 1000;
        String clock = seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
        return fraction == 0 ? clock : clock + String.format(Locale.ROOT, ".%03d", fraction);
    }

    /** The text before the first time, between each two times and after the last one. */
    private static List<String> textAround(List<MatchResult> times, String text) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (MatchResult time : times) {
            pieces.add(text.substring(from, time.start()));
            from = time.end();
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    private static long millisOf(MatchResult time) {
        boolean withHours = time.group(THIRD_FIELD) != null;
        int first = Integer.parseInt(time.group(FIRST_FIELD));
        int second = Integer.parseInt(time.group(SECOND_FIELD));
        int hours = withHours ? first : 0;
        int minutes = withHours ? second : first;
        int seconds = withHours ? Integer.parseInt(time.group(THIRD_FIELD)) : second;
        // Minutes past 59 are fine without hours ("75:30"), people write long episodes that way.
        if (seconds >= 60 || withHours && minutes >= 60) {
            throw ChapterParseException.badTime(time.group(WHOLE_TIME));
        }
        String fraction = time.group(FRACTION);
        long millis = fraction == null ? 0 : Long.parseLong((fraction + "00").substring(0, 3));
        return ((hours * 60L + minutes) * 60 + seconds) * 1000 + millis;
    }

    /**
     * The title in the text next to a time. With one chapter per line that text spans a line break, so the title is its
     * only line with words in it; any other such line has no time of its own.
     */
    private static String titleIn(String between, boolean titleBeforeTime, long startMillis) {
        List<String> lines = LINE_BREAK.splitAsStream(between)
                .map(ChapterParser::cleaned)
                .filter(ChapterParser::hasLetterOrDigit)
                .toList();
        if (lines.isEmpty()) {
            throw ChapterParseException.emptyTitle(formatTime(startMillis));
        }
        if (lines.size() > 1) {
            // Name the line farther from the time: the one next to it reads as the title.
            throw ChapterParseException.textWithoutTime(titleBeforeTime ? lines.get(0) : lines.get(1));
        }
        return lines.get(0);
    }

    private static void rejectWords(String text) {
        if (hasLetterOrDigit(text)) {
            throw ChapterParseException.textWithoutTime(cleaned(text));
        }
    }

    private static String cleaned(String text) {
        return Strip.around(WHITESPACE.matcher(text).replaceAll(" "), SEPARATORS);
    }

    private static boolean hasLetterOrDigit(String text) {
        return LETTER_OR_DIGIT.matcher(text).find();
    }

    /**
     * The first match at or after a position, for positions that only grow, so that each stretch of the text is
     * searched once however many positions ask. A match does not depend on where the search started: the whole text
     * stays visible to look-behinds.
     */
    private static final class ForwardSearch {

        private final Matcher matcher;
        private boolean searched;
        private boolean found;

        ForwardSearch(Pattern pattern, String text) {
            this.matcher = pattern.matcher(text);
        }

        boolean findFrom(int position) {
            if (!searched || found && matcher.start() < position) {
                found = matcher.find(position);
                searched = true;
            }
            return found;
        }

        int start() {
            return matcher.start();
        }

        int end() {
            return matcher.end();
        }
    }

    /**
     * The text of one paragraph or other element of show notes, with a line break for each {@code <br>}, and for each
     * of its characters the offset in the notes' text where it comes from.
     */
    private record TextBlock(String text, int[] textOffsets, int textEnd) {

        int textOffset(int index) {
            return index < textOffsets.length ? textOffsets[index] : textEnd;
        }
    }

    /** Splits show notes into text blocks where a reader sees paragraphs, list items, headings and the like. */
    private static final class TextBlockReader implements HtmlSanitizer.Policy {

        private static final Set<String> BLOCK_ELEMENTS = Set.of(
                "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption",
                "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
                "pre", "section", "summary", "table", "td", "th", "tr", "ul");

        private final List<TextBlock> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private IntStream.Builder textOffsets = IntStream.builder();
        private int textOffset;

        static List<TextBlock> read(String html) {
            TextBlockReader reader = new TextBlockReader();
            HtmlSanitizer.sanitize(html, reader);
            return reader.blocks;
        }

        @Override
        public void openDocument() {
            // Blocks start with the first text.
        }

        @Override
        public void closeDocument() {
            endBlock();
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            if ("br".equals(elementName)) {
                text.append('\n');
                textOffsets.add(textOffset);
            } else if (BLOCK_ELEMENTS.contains(elementName)) {
                endBlock();
            }
        }

        @Override
        public void closeTag(String elementName) {
            if (BLOCK_ELEMENTS.contains(elementName)) {
                endBlock();
            }
        }

        @Override
        public void text(String chunk) {
            text.append(chunk);
            for (int i = 0; i < chunk.length(); i++) {
                textOffsets.add(textOffset++);
            }
        }

        private void endBlock() {
            if (!text.isEmpty()) {
                blocks.add(new TextBlock(text.toString(), textOffsets.build().toArray(), textOffset));
            }
            text.setLength(0);
            textOffsets = IntStream.builder();
        }
    }
}
