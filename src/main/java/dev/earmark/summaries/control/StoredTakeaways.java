package dev.earmark.summaries.control;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takeaways as one column holds them (a snip's, a highlight's): one a line, each with its white space made single
 * spaces, blank ones left out. They are always read and written whole, never one by one.
 */
public final class StoredTakeaways {

    /** The most takeaways a summary has. */
    public static final int MAX = 3;
    /** What {@link #MAX} takeaways of {@link ExtractiveSummariser}'s or a model's length take, with their breaks. */
    public static final int COLUMN_MAX = 1_000;

    private static final String SEPARATOR = "\n";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private StoredTakeaways() {
    }

    /** @throws IllegalArgumentException for more than {@link #MAX} */
    public static String join(List<String> takeaways) {
        if (takeaways.size() > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " takeaways: " + takeaways);
        }
        return takeaways.stream()
                .map(takeaway -> WHITESPACE.matcher(takeaway).replaceAll(" ").strip())
                .filter(takeaway -> !takeaway.isEmpty())
                .collect(Collectors.joining(SEPARATOR));
    }

    public static List<String> split(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split(SEPARATOR));
    }
}
