package dev.earmark.snips.boundary;

import dev.earmark.snips.entity.Sharing;
import java.util.List;

/**
 * What a listener changes of a snip: a blank title gives the summary's back; {@code sharing} and {@code includeNote}
 * stay as they are when null.
 */
public record SnipEdit(String title, String note, List<String> tags, Sharing sharing, Boolean includeNote) {

    /** Title, note and tags; the sharing as it is. */
    public SnipEdit(String title, String note, List<String> tags) {
        this(title, note, tags, null, null);
    }
}
