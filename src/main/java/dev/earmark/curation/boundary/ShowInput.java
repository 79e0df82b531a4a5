package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import java.util.List;

/**
 * A show as curators send it to the API. Omitted fields take the defaults of a new show (downloads allowed, summaries
 * reviewed); the version is the one the client read, and is required for a change.
 */
public record ShowInput(String slug, String title, String description, String author, String ownerEmail,
        String language, List<String> categories, Boolean explicit, Boolean downloadsAllowed, ShowType type,
        Boolean acceptSummaries, Long version) {

    ShowDraft toDraft() {
        return new ShowDraft(slug, title, description, author, ownerEmail,
                language == null ? Show.DEFAULT_LANGUAGE : language, categories, Boolean.TRUE.equals(explicit),
                !Boolean.FALSE.equals(downloadsAllowed), type,
                Boolean.TRUE.equals(acceptSummaries));
    }
}
