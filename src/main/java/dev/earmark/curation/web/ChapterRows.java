package dev.earmark.curation.web;

import dev.earmark.notes.control.ChapterMark;
import dev.earmark.notes.control.ChapterParseException;
import dev.earmark.notes.control.ChapterParser;
import dev.earmark.notes.control.ChapterTable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The episode editor's chapter table: rows as the curator types, moves, adds and removes them, read into chapters
 * when the episode is saved.
 */
public class ChapterRows implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ChapterRow> rows = new ArrayList<>();
    /** Chapters as show notes write them, pasted to replace the rows. */
    private String pasted;

    /** A row for each chapter, its start written as people write it ("1:14"). */
    static ChapterRows of(List<ChapterMark> chapters) {
        ChapterRows table = new ChapterRows();
        chapters.forEach(table::addRow);
        return table;
    }

    private void addRow(ChapterMark chapter) {
        rows.add(new ChapterRow(ChapterParser.formatTime(chapter.startMillis()), chapter.title(), chapter.url()));
    }

    /**
     * Replaces the rows with the pasted chapters, and empties the paste.
     *
     * @throws ChapterParseException when the text cannot be read, leaving rows and paste as they were
     */
    void readPasted() {
        List<ChapterMark> chapters = ChapterParser.parse(pasted);
        rows.clear();
        chapters.forEach(this::addRow);
        pasted = null;
    }

    /**
     * Adds a row for each chapter whose start no row has yet, and orders the rows by start (rows whose start cannot be
     * read stay at the end, for the curator to mend): taking suggested chapters never replaces one of the curator's.
     *
     * @return how many rows were added
     */
    int merge(List<ChapterMark> chapters) {
        Set<Long> starts = rows.stream().map(ChapterRows::startOf).flatMap(Optional::stream)
                .collect(Collectors.toCollection(HashSet::new));
        int before = rows.size();
        chapters.stream().filter(chapter -> starts.add(chapter.startMillis())).forEach(this::addRow);
        rows.sort(Comparator.comparing((ChapterRow row) -> startOf(row).orElse(Long.MAX_VALUE)));
        return rows.size() - before;
    }

    private static Optional<Long> startOf(ChapterRow row) {
        try {
            return Optional.of(ChapterParser.parseTime(row.getStart()));
        } catch (ChapterParseException unreadable) {
            return Optional.empty();
        }
    }

    /** An empty row at the end. */
    public void add() {
        rows.add(new ChapterRow());
    }

    public void remove(ChapterRow row) {
        rows.remove(row);
    }

    public void moveUp(ChapterRow row) {
        moveBy(row, -1);
    }

    public void moveDown(ChapterRow row) {
        moveBy(row, 1);
    }

    /**
     * Moves the row's title and address to the neighbouring row's start, and the neighbour's to this one's: the start
     * column stays as it was. Chapters are ordered by start, so moving a row means giving it the other start; swapping
     * whole rows would put the times out of order, and saving sorts them back.
     */
    private void moveBy(ChapterRow row, int offset) {
        int index = rows.indexOf(row);
        int other = index + offset;
        if (index < 0 || other < 0 || other >= rows.size()) {
            return;
        }
        ChapterRow neighbour = rows.get(other);
        String start = row.getStart();
        row.setStart(neighbour.getStart());
        neighbour.setStart(start);
        Collections.swap(rows, index, other);
    }

    /**
     * The chapters the rows stand for, each row read on its own.
     *
     * @throws ChapterParseException naming the first row that cannot be read
     */
    List<ChapterMark> read() {
        return ChapterTable.read(rows.stream().map(ChapterRow::cells).toList());
    }

    public List<ChapterRow> getRows() {
        return rows;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }
}
