package dev.earmark.notes.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chapters as a table holds them, one row each. Only the start cell is read as a time: the title is taken as written,
 * so a title such as "Breakfast at 7:30" stays whole, which re-reading the rows as text would not do.
 */
public final class ChapterTable {

    /** The cells of one row, as typed. */
    public record Row(String start, String title, String url) {

        boolean isBlank() {
            return isBlank(start) && isBlank(title) && isBlank(url);
        }

        private static boolean isBlank(String cell) {
            return cell == null || cell.isBlank();
        }
    }

    private ChapterTable() {
    }

    /**
     * The chapters of the rows, ordered by start whatever the rows' order, because that is the order in which
     * listeners meet them. Rows left empty are skipped.
     *
     * @throws ChapterParseException when a start is missing or not a time, a title is missing, or two chapters start
     *                               at the same time
     */
    public static List<ChapterMark> read(List<Row> rows) {
        List<ChapterMark> chapters = new ArrayList<>();
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            String title = row.title() == null ? "" : row.title().strip();
            if (Row.isBlank(row.start())) {
                throw ChapterParseException.noStart(title);
            }
            long startMillis = ChapterParser.parseTime(row.start());
            if (title.isEmpty()) {
                throw ChapterParseException.emptyTitle(ChapterParser.formatTime(startMillis));
            }
            String url = Row.isBlank(row.url()) ? null : row.url().strip();
            chapters.add(new ChapterMark(startMillis, title, url));
        }
        return inOrder(chapters);
    }

    /**
     * Chapters from anywhere (the editor's rows, the API) ordered by start.
     *
     * @throws ChapterParseException when two start at the same time: a listener could not jump to both
     */
    public static List<ChapterMark> inOrder(List<ChapterMark> chapters) {
        List<ChapterMark> ordered = new ArrayList<>(chapters);
        ordered.sort(Comparator.comparingLong(ChapterMark::startMillis));
        for (int i = 1; i < ordered.size(); i++) {
            ChapterMark before = ordered.get(i - 1);
            ChapterMark chapter = ordered.get(i);
            if (chapter.startMillis() == before.startMillis()) {
                throw ChapterParseException.sameStart(before.title(), chapter.title(),
                        ChapterParser.formatTime(chapter.startMillis()));
            }
        }
        return List.copyOf(ordered);
    }
}
