package dev.earmark.feeds.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: the show it went into (created by it or not), a line per item and per stored episode the feed
 * no longer has, and notices about the feed as a whole (bundle keys {@code feeds.import.*} with arguments).
 */
public record ImportReport(String showSlug, boolean showCreated, List<ItemReport> items, List<Notice> notices)
        implements Serializable {

    public ImportReport {
        items = List.copyOf(items);
        notices = List.copyOf(notices);
    }

    public long count(ItemOutcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }

    /** For pages: {@link #count} by the outcome's name. */
    public long count(String outcome) {
        return count(ItemOutcome.valueOf(outcome));
    }

    /** A remark about the whole feed ("moved to …", "3 items had no guid"). */
    public record Notice(String key, List<Object> arguments) implements Serializable {

        public Notice {
            arguments = List.copyOf(arguments);
        }
    }
}
