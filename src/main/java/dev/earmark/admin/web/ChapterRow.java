package dev.earmark.admin.web;

import java.io.Serializable;

/** One chapter as the editor's table holds it: the start as people write it ("1:14") and the title. */
public class ChapterRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String start;
    private String title;

    public ChapterRow() {
    }

    ChapterRow(String start, String title) {
        this.start = start;
        this.title = title;
    }

    boolean isBlank() {
        return (start == null || start.isBlank()) && (title == null || title.isBlank());
    }

    /** The row as a line the chapter parser reads, so rows and pasted text follow the same rules. */
    String asLine() {
        return (start == null ? "" : start.strip()) + " " + (title == null ? "" : title.strip());
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
