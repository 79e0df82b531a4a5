package dev.earmark.snips.boundary;

import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.snips.entity.Sharing;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A listener's change of a snip, with the version they changed: a blank title gives the summary's back; sharing
 * ({@code NOBODY}, {@code SIGNED_IN}, {@code ANYONE}) and includeNote stay as they are when left out.
 */
public record SnipEditJson(@NotNull Long version, String title, String note, List<String> tags, String sharing,
        Boolean includeNote) {

    SnipEdit toEdit() {
        return new SnipEdit(title, note, tags, sharing == null ? null : sharing(sharing), includeNote);
    }

    private static Sharing sharing(String name) {
        return Arrays.stream(Sharing.values()).filter(choice -> choice.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("snips.error.sharing", name,
                        Arrays.stream(Sharing.values()).map(Sharing::name).collect(Collectors.joining(", "))));
    }
}
