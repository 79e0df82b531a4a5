package dev.earmark.insights.web;

import java.util.List;

/**
 * A chart's figures as the accessible table that follows it: a caption, column headers and rows whose first cell
 * heads the row (linked where it names something with a dashboard of its own, such as an episode).
 */
public record ChartTable(String caption, List<String> columns, List<Row> rows) {

    /** A row: its header cell (with a link, or null) and the other cells. */
    public record Row(String header, String href, List<String> cells) {
    }
}
