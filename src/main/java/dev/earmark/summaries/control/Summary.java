package dev.earmark.summaries.control;

import java.util.List;
import java.util.Objects;

/**
 * What a snip's excerpt says, in short: a title and one to three key takeaways in the order they were said. Both are
 * plain text taken from the excerpt, which may hold anything a transcript held, markup-like text included: whoever
 * shows them escapes them.
 *
 * @param title at most {@link ExtractiveSummariser#MAX_TITLE_LENGTH} characters
 */
public record Summary(String title, List<Takeaway> takeaways) {

    public Summary {
        Objects.requireNonNull(title, "title");
        takeaways = List.copyOf(takeaways);
    }

    /** The takeaways' texts, in the order they were said. */
    public List<String> texts() {
        return takeaways.stream().map(Takeaway::text).toList();
    }
}
