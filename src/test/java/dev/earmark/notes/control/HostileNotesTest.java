package dev.earmark.notes.control;

import static dev.earmark.notes.control.ChapterParserTest.ARCHIVE;
import static dev.earmark.testing.CpuTimeBound.withinBound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Notes written to keep the server busy: every page that shows them runs these algorithms, so each must take time in
 * proportion to the notes' length (see {@link dev.earmark.testing.CpuTimeBound}). Notes of 200 KB are ten times the
 * longest an episode keeps; a feed could still bring them.
 */
class HostileNotesTest {

    private static final int NOTES_LENGTH = 200_000;

    /** The notes of the issue that took 12.6 s of CPU per view of the show page. */
    private static final String REPEATED_LABELS_AND_DASHES =
            "<p>" + "Chapters: ".repeat(40) + "0:01 a" + "-".repeat(5000) + "b 0:00</p>";

    @Test
    void leavesRepeatedLabelsAndALongDashInTheTeaser() {
        String teaser = withinBound(() -> ShowNotes.teaser(REPEATED_LABELS_AND_DASHES, 200));

        assertTrue(teaser.startsWith("Chapters: Chapters: "), teaser);
        assertTrue(teaser.length() <= 200, teaser);
    }

    @Test
    void keepsRepeatedLabelsAndALongDashInTheNotes() {
        String notes = withinBound(() -> ShowNotes.withoutTimestamps(REPEATED_LABELS_AND_DASHES));

        assertEquals(REPEATED_LABELS_AND_DASHES, notes);
    }

    @Test
    void reportsTheTimesGoingBackAfterRepeatedLabels() {
        ChapterParseException e = withinBound(() -> assertThrows(ChapterParseException.class,
                () -> ChapterParser.findInShowNotes(REPEATED_LABELS_AND_DASHES)));

        assertEquals("chapters.error.outOfOrder", e.messageKey());
    }

    @Test
    void stripsALongRunOfSeparatorsBeforeATitle() {
        String text = "0:00" + " -".repeat(NOTES_LENGTH / 2) + " Intro\n1:00 Outro";

        List<ChapterMark> chapters = withinBound(() -> ChapterParser.parse(text));

        assertEquals(List.of(new ChapterMark(0, "Intro"), new ChapterMark(60_000, "Outro")), chapters);
    }

    @Test
    void keepsALongRunOfSeparatorsInsideATitle() {
        String title = "a" + "-–—:|•*".repeat(NOTES_LENGTH / 7) + "b";

        List<ChapterMark> chapters = withinBound(() -> ChapterParser.parse("0:00 " + title + " 1:00 Outro"));

        assertEquals(List.of(new ChapterMark(0, title), new ChapterMark(60_000, "Outro")), chapters);
    }

    @Test
    void readsAParagraphOfNothingButLabelsAndBackwardTimesAsText() {
        String notes = "<p>" + "Chapters: 0:01 x 0:00 ".repeat(NOTES_LENGTH / 22) + "</p>";

        String teaser = withinBound(() -> ShowNotes.teaser(notes));

        assertEquals(notes.substring("<p>".length(), notes.length() - "</p>".length()).strip(), teaser);
    }

    @Test
    void findsNoSectionInLabelsWithoutTimes() {
        String notes = "<p>" + "Chapters: ".repeat(NOTES_LENGTH / 10) + "</p>";

        Optional<TimestampSection> section = withinBound(() -> ChapterParser.findInShowNotes(notes));

        assertEquals(Optional.empty(), section);
    }

    @Test
    void triesOnlyTheFirstLabelsBeforeALongListOfChapters() {
        String chapters = IntStream.range(0, 500)
                .mapToObj(minute -> ChapterParser.formatTime(minute * 60_000L) + " Chapter " + minute + " ")
                .reduce("", String::concat);
        String notes = "<p>" + "Chapters: ".repeat(500) + chapters + "0:00 Again</p>";

        ChapterParseException e = withinBound(() -> assertThrows(ChapterParseException.class,
                () -> ChapterParser.findInShowNotes(notes)));

        assertEquals("chapters.error.outOfOrder", e.messageKey());
    }

    @Test
    void endsASectionAtTheFirstBlankLineOfALongRun() {
        String notes = "Chapters:" + " \n\t".repeat(NOTES_LENGTH / 3) + "0:00 Intro 1:00 Outro";

        Optional<TimestampSection> section = withinBound(() -> ChapterParser.findInShowNotes(notes));

        assertEquals(Optional.empty(), section, "the label's paragraph has no time");
    }

    @Test
    void takesABookLengthSectionForProse() {
        String notes = "<p>Chapters:" + " ".repeat(NOTES_LENGTH) + "0:00 Intro 1:00 Outro</p>";

        String teaser = withinBound(() -> ShowNotes.teaser(notes));

        assertEquals("Chapters: 0:00 Intro 1:00 Outro", teaser);
    }

    @Test
    void readsASectionOfManyTimesWithoutTitles() {
        String notes = "<p>Chapters: " + "1:00 ".repeat(3_000) + "</p>";

        ChapterParseException e = withinBound(() -> assertThrows(ChapterParseException.class,
                () -> ChapterParser.findInShowNotes(notes)));

        assertEquals("chapters.error.emptyTitle", e.messageKey());
    }

    @Test
    void leavesALongRunOfClosingBracketsOutOfTheLink() {
        String notes = "https://example.com/" + ")".repeat(NOTES_LENGTH);

        String html = withinBound(() -> ShowNotes.toSafeHtml(notes));

        assertEquals("<a href=\"https://example.com/\" rel=\"nofollow noopener noreferrer\">https://example.com/</a>"
                + ")".repeat(NOTES_LENGTH), html);
    }

    @Test
    void leavesALongRunOfPunctuationOutOfTheLink() {
        String notes = "https://example.com/x" + ".,;:!?]".repeat(NOTES_LENGTH / 7);

        String html = withinBound(() -> ShowNotes.toSafeHtml(notes));

        assertTrue(html.startsWith("<a href=\"https://example.com/x\""), html.substring(0, 100));
    }

    @Test
    void leavesAnAddressLongerThanAnyStoredAsText() {
        String address = "https://example.com/" + "([".repeat(NOTES_LENGTH / 4) + "])".repeat(NOTES_LENGTH / 4);

        String html = withinBound(() -> ShowNotes.toSafeHtml("See " + address));

        assertEquals("See " + address, html);
    }

    @Test
    void linksAnAddressOfTheLongestLengthStored() {
        String longest = "https://example.com/" + "x".repeat(WebAddresses.MAX_LENGTH - "https://example.com/".length());

        assertTrue(ShowNotes.toSafeHtml(longest).startsWith("<a href="));
        assertFalse(ShowNotes.toSafeHtml(longest + "x").contains("<a "));
    }

    @Test
    void keepsTheTextOfNestedTags() {
        String notes = "<b>".repeat(200) + "https://example.com/ deep" + "</b>".repeat(200);

        assertEquals("https://example.com/ deep", withinBound(() -> ShowNotes.teaser(notes)));
        assertTrue(withinBound(() -> ShowNotes.toSafeHtml(notes)).contains(">https://example.com/</a> deep"));
    }

    @Test
    void dropsWhatIsNestedDeeperThanTheSanitiserGoes() {
        String notes = "<b>".repeat(NOTES_LENGTH / 7) + "https://example.com/ deep" + "</b>".repeat(NOTES_LENGTH / 7);

        String teaser = withinBound(() -> ShowNotes.teaser(notes));
        String html = withinBound(() -> ShowNotes.toSafeHtml(notes));

        assertEquals("", teaser);
        assertFalse(html.contains("deep"));
        assertTrue(html.length() < 2_000, "at most the sanitiser's nesting limit of tags");
    }

    @Test
    void removesTheSectionFromNestedBlocks() {
        String nested = "<blockquote>".repeat(100) + "<p>Chapters: 0:00 Intro 1:00 Outro</p><p>Bye</p>"
                + "</blockquote>".repeat(100);
        String notes = nested.repeat(NOTES_LENGTH / nested.length() + 1);

        String teaser = withinBound(() -> ShowNotes.teaser(notes));

        assertTrue(teaser.startsWith("Bye Chapters: 0:00 Intro 1:00 Outro Bye"), teaser.substring(0, 100));
    }

    @Test
    void escapesAllOfAnUnclosedTagRun() {
        String notes = "<".repeat(NOTES_LENGTH);

        String html = withinBound(() -> ShowNotes.toSafeHtml(notes));

        assertEquals("&lt;".repeat(NOTES_LENGTH), html);
    }

    @Test
    void handlesLongRealisticNotes() {
        String paragraph = "<p>" + ARCHIVE + "</p>";
        String notes = paragraph.repeat(NOTES_LENGTH / paragraph.length() + 1);

        String html = withinBound(() -> ShowNotes.toSafeHtml(notes));
        String withoutTimestamps = withinBound(() -> ShowNotes.withoutTimestamps(notes));
        String teaser = withinBound(() -> ShowNotes.teaser(notes, 200));

        int paragraphs = notes.length() / paragraph.length();
        assertEquals(9 * paragraphs, html.split("<a ", -1).length - 1);
        assertEquals(paragraphs - 1, withoutTimestamps.split("Timestamps Intro", -1).length - 1,
                "only the first section is the episode's");
        assertTrue(teaser.startsWith("We’re jumping into our time machine"), teaser);
    }

    @Test
    void refusesALongStartCell() {
        String start = "1:".repeat(NOTES_LENGTH / 2) + "00";

        ChapterParseException e = withinBound(() -> assertThrows(ChapterParseException.class,
                () -> ChapterTable.read(List.of(new ChapterTable.Row(start, "Intro", null)))));

        assertEquals("chapters.error.notATime", e.messageKey());
    }

    @Test
    void ordersManyRows() {
        List<ChapterTable.Row> rows = IntStream.range(0, 10_000).map(row -> 9_999 - row)
                .mapToObj(second -> new ChapterTable.Row(ChapterParser.formatTime(second * 1000L), "Part " + second, null))
                .toList();

        List<ChapterMark> chapters = withinBound(() -> ChapterTable.read(rows));

        assertEquals(new ChapterMark(0, "Part 0"), chapters.get(0));
        assertEquals(new ChapterMark(9_999_000, "Part 9999"), chapters.get(9_999));
    }

    @Test
    void refusesAnAddressLongerThanAnyStored() {
        String address = "https://example.com/" + "a".repeat(NOTES_LENGTH);

        assertEquals(Optional.empty(), withinBound(() -> WebAddresses.http(address)));
        assertTrue(WebAddresses.http(address.substring(0, WebAddresses.MAX_LENGTH)).isPresent());
    }
}
