package dev.earmark.notes.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChapterTableTest {

    @Test
    void takesTitlesAsWrittenEvenWithAClockTimeInThem() {
        List<ChapterMark> chapters = ChapterTable.read(List.of(
                new ChapterTable.Row("0:06", "Breakfast at 7:30", null),
                new ChapterTable.Row(" 1:14 ", " Q&A at 9:30 ", "")));

        assertEquals(List.of(new ChapterMark(6_000, "Breakfast at 7:30"), new ChapterMark(74_000, "Q&A at 9:30")),
                chapters);
    }

    @Test
    void keepsEachChaptersAddress() {
        List<ChapterMark> chapters = ChapterTable.read(List.of(
                new ChapterTable.Row("1:02:03.250", "Guest", " https://example.org/guest ")));

        assertEquals(List.of(new ChapterMark(3_723_250, "Guest", "https://example.org/guest")), chapters);
    }

    @Test
    void ordersRowsByStart() {
        List<ChapterMark> chapters = ChapterTable.read(List.of(
                new ChapterTable.Row("2:30", "Outro", null),
                new ChapterTable.Row("0:06", "Intro", null),
                new ChapterTable.Row("1:14", "Guest", null)));

        assertEquals(List.of("Intro", "Guest", "Outro"), chapters.stream().map(ChapterMark::title).toList());
    }

    @Test
    void skipsEmptyRows() {
        List<ChapterMark> chapters = ChapterTable.read(List.of(
                new ChapterTable.Row(null, null, null),
                new ChapterTable.Row("0:06", "Intro", null),
                new ChapterTable.Row(" ", "", " ")));

        assertEquals(List.of(new ChapterMark(6_000, "Intro")), chapters);
    }

    @Test
    void refusesTwoChaptersAtTheSameStart() {
        ChapterParseException e = assertThrows(ChapterParseException.class, () -> ChapterTable.read(List.of(
                new ChapterTable.Row("1:14", "Guest", null),
                new ChapterTable.Row("0:06", "Intro", null),
                new ChapterTable.Row("01:14", "News", null))));

        assertEquals("chapters.error.sameStart", e.messageKey());
        assertArrayEquals(new Object[] {"Guest", "News", "1:14"}, e.arguments());
    }

    @Test
    void refusesARowWithoutStart() {
        ChapterParseException e = assertThrows(ChapterParseException.class,
                () -> ChapterTable.read(List.of(new ChapterTable.Row("", "Intro", null))));

        assertEquals("chapters.error.noStart", e.messageKey());
        assertArrayEquals(new Object[] {"Intro"}, e.arguments());
    }

    @Test
    void refusesARowWithoutTitle() {
        ChapterParseException e = assertThrows(ChapterParseException.class,
                () -> ChapterTable.read(List.of(new ChapterTable.Row("0:06", " ", "https://example.org"))));

        assertEquals("chapters.error.emptyTitle", e.messageKey());
        assertArrayEquals(new Object[] {"0:06"}, e.arguments());
    }

    @Test
    void refusesAStartThatIsNotATime() {
        ChapterParseException e = assertThrows(ChapterParseException.class,
                () -> ChapterTable.read(List.of(new ChapterTable.Row("7:30 Breakfast", "Breakfast", null))));

        assertEquals("chapters.error.notATime", e.messageKey());
    }
}
