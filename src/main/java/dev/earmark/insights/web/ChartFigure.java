package dev.earmark.insights.web;

/**
 * One chart of the dashboard: its heading, the SVG markup (made by the charts of insights.control, every text in it
 * escaped), the same figures as a table, and the address of its CSV file.
 */
public record ChartFigure(String id, String heading, String svg, ChartTable table, String csvHref) {
}
