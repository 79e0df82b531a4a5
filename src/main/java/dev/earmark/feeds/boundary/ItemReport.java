package dev.earmark.feeds.boundary;

import java.util.List;

/**
 * One line of an import's report: the item (its guid and title as the feed gave them, either may be null), what was
 * done, and why as a bundle key with arguments ({@code feeds.import.*}; null for ADDED and UNCHANGED), e.g. which
 * fields an update changed or why an item was skipped.
 */
public record ItemReport(String guid, String title, ItemOutcome outcome, String reasonKey, List<Object> arguments) {

    public ItemReport {
        arguments = List.copyOf(arguments);
    }
}
