package dev.earmark.snips.boundary;

import java.util.List;

/** What a listener changes of a snip: a blank title gives the summary's back. */
public record SnipEdit(String title, String note, List<String> tags) {
}
