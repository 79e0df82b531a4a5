package dev.earmark.feeds.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One line of an import's report: the item (its guid and title as the feed gave them, either may be null), what was
 * done, and why as a bundle key with arguments ({@code feeds.import.*}; null for ADDED and UNCHANGED), e.g. which
 * fields an update changed or why an item was skipped; and what was wrong with an imported item but left out
 * (warnings: a date or duration that could not be read, a transcript that could not be fetched).
 */
public record ItemReport(String guid, String title, ItemOutcome outcome, String reasonKey, List<Object> arguments,
        List<ImportReport.Notice> warnings) implements Serializable {

    public ItemReport {
        arguments = List.copyOf(arguments);
        warnings = List.copyOf(warnings);
    }

    /** A line without warnings. */
    public ItemReport(String guid, String title, ItemOutcome outcome, String reasonKey, List<Object> arguments) {
        this(guid, title, outcome, reasonKey, arguments, List.of());
    }
}
