package dev.earmark.snips.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A listener's change of a snip, with the version they changed: a blank title gives the summary's back. */
public record SnipEditJson(@NotNull Long version, String title, String note, List<String> tags) {

    SnipEdit toEdit() {
        return new SnipEdit(title, note, tags);
    }
}
