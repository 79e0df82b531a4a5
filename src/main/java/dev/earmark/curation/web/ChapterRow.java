package dev.earmark.curation.web;

import dev.earmark.notes.control.ChapterTable;
import java.io.Serializable;

/**
 * One chapter as the editor's table holds it: the start as people write it ("1:14"), the title and an optional web
 * address.
 */
public class ChapterRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String start;
    private String title;
    private String url;

    public ChapterRow() {
    }

    ChapterRow(String start, String title, String url) {
        this.start = start;
        this.title = title;
        this.url = url;
    }

    ChapterTable.Row cells() {
        return new ChapterTable.Row(start, title, url);
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

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
