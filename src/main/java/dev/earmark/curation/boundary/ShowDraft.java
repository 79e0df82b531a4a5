package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a curator wants a show to be, as its form or the API sends it. A blank slug is made from the title; the artwork
 * comes on its own, as an {@link Upload}. {@code acceptSummaries}: the show takes the summaries and topics suggested
 * for its episodes that get a transcript without review (never chapters). Its components are the fields the history
 * names when they change.
 */
public record ShowDraft(String slug, String title, String description, String author, String ownerEmail,
        String language, List<String> categories, boolean explicit, boolean downloadsAllowed, ShowType type,
        boolean acceptSummaries) {

    public ShowDraft {
        // Blank or missing categories are refused by validation, with a message, rather than here.
        categories = categories == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(categories));
        type = type == null ? ShowType.EPISODIC : type;
    }

    /** The show as stored, to tell what a save changed. */
    static ShowDraft of(Show show) {
        return new ShowDraft(show.getSlug(), show.getTitle(), show.getDescription(), show.getAuthor(),
                show.getOwnerEmail(), show.getLanguage(), show.getCategories(), show.isExplicit(),
                show.isDownloadsAllowed(), show.getType(), show.isAcceptSummaries());
    }
}
