package dev.earmark.insights.control;

/** A show's plays and downloads over a period, for the dashboard's list of shows. */
public record ShowFigures(String slug, String title, long plays, long downloads) {
}
