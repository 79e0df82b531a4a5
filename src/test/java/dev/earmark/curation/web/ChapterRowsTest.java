package dev.earmark.curation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earmark.notes.control.ChapterMark;
import dev.earmark.notes.control.ChapterParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChapterRowsTest {

    private final ChapterRows table = ChapterRows.of(List.of(new ChapterMark(6_000, "Intro"),
            new ChapterMark(74_000, "Guest", "https://example.org/guest"), new ChapterMark(150_000, "Outro")));

    @Test
    void chaptersBecomeRowsWithTheirStartsAsPeopleWriteThem() {
        assertEquals(List.of("0:06 Intro null", "1:14 Guest https://example.org/guest", "2:30 Outro null"), rows());
    }

    @Test
    void mergedChaptersJoinByStartAndNeverReplaceARowAtTheirStart() {
        table.add();
        row(3).setStart("not a time");

        int added = table.merge(List.of(new ChapterMark(0, "Opening"), new ChapterMark(74_000, "Suggested guest"),
                new ChapterMark(125_340, "Middle")));

        assertEquals(2, added);
        assertEquals(List.of("0:00 Opening null", "0:06 Intro null", "1:14 Guest https://example.org/guest",
                "2:05.340 Middle null", "2:30 Outro null", "not a time null null"), rows());
    }

    @Test
    void movingARowUpGivesItTheStartAboveAndKeepsTheStartColumn() {
        table.moveUp(row(2));

        assertEquals(List.of("0:06 Intro null", "1:14 Outro null", "2:30 Guest https://example.org/guest"), rows());
    }

    @Test
    void movingARowDownGivesItTheStartBelow() {
        table.moveDown(row(0));

        assertEquals(List.of("0:06 Guest https://example.org/guest", "1:14 Intro null", "2:30 Outro null"), rows());
    }

    @Test
    void theFirstRowCannotGoUpNorTheLastDown() {
        table.moveUp(row(0));
        table.moveDown(row(2));

        assertEquals(List.of("0:06 Intro null", "1:14 Guest https://example.org/guest", "2:30 Outro null"), rows());
    }

    @Test
    void rowsAreRemovedAndAddedEmptyAtTheEnd() {
        table.remove(row(1));
        table.add();

        assertEquals(List.of("0:06 Intro null", "2:30 Outro null", "null null null"), rows());
    }

    @Test
    void readingTheRowsGivesTheChaptersInOrder() {
        table.moveUp(row(2));
        row(0).setTitle("Welcome");

        assertEquals(List.of(new ChapterMark(6_000, "Welcome"), new ChapterMark(74_000, "Outro"),
                new ChapterMark(150_000, "Guest", "https://example.org/guest")), table.read());
    }

    @Test
    void aRowThatCannotBeReadIsRefused() {
        row(1).setStart("soon");

        assertThrows(ChapterParseException.class, table::read);
    }

    @Test
    void pastedChaptersReplaceTheRows() {
        table.setPasted("Welcome 0:00 News 5:30");

        table.readPasted();

        assertEquals(List.of("0:00 Welcome null", "5:30 News null"), rows());
        assertNull(table.getPasted());
    }

    @Test
    void anUnreadablePasteLeavesRowsAndPasteAsTheyWere() {
        table.setPasted("no times here");

        assertThrows(ChapterParseException.class, table::readPasted);

        assertEquals(3, table.getRows().size());
        assertEquals("no times here", table.getPasted());
    }

    private ChapterRow row(int index) {
        return table.getRows().get(index);
    }

    private List<String> rows() {
        return table.getRows().stream().map(row -> row.getStart() + " " + row.getTitle() + " " + row.getUrl()).toList();
    }
}
