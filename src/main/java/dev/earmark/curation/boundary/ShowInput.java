package dev.earmark.curation.boundary;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import java.util.List;

/**
 * A show as curators send it to the API. Omitted fields take the defaults of a new show (downloads allowed); the version
 * is the one the client read, and is required for a change.
 */
public record ShowInput(String slug, String title, String description, String author, String ownerEmail,
        String language, List<String> categories, Boolean explicit, Boolean downloadsAllowed, ShowType type, Long version) {

    public Show toShow() {
        Show show = new Show();
        show.setSlug(slug);
        show.setTitle(title);
        show.setDescription(description);
        show.setAuthor(author);
        show.setOwnerEmail(ownerEmail);
        if (language != null) {
            show.setLanguage(language);
        }
        show.setCategories(categories == null ? List.of() : categories);
        show.setExplicit(Boolean.TRUE.equals(explicit));
        show.setDownloadsAllowed(!Boolean.FALSE.equals(downloadsAllowed));
        if (type != null) {
            show.setType(type);
        }
        return show;
    }
}
