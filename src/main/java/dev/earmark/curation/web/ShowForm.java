package dev.earmark.curation.web;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import dev.earmark.curation.boundary.ShowDraft;
import dev.earmark.media.control.MediaPaths;
import java.util.Arrays;
import java.util.List;

/**
 * What the show form holds between requests: plain values, so a refused save (invalid field,
 * conflicting change, rejected artwork) shows the curator exactly what they typed.
 */
public class ShowForm extends CurationForm {

    private static final long serialVersionUID = 1L;

    private String author;
    private String ownerEmail;
    private String language = Show.DEFAULT_LANGUAGE;
    /** Comma-separated, as curators type them. */
    private String categories;
    private boolean explicit;
    private boolean downloadsAllowed = true;
    private ShowType type = ShowType.EPISODIC;
    private boolean acceptSummaries;
    private String artworkPath;

    static ShowForm of(Show show) {
        ShowForm form = new ShowForm();
        form.load(show, show.getTitle(), show.getSlug(), show.getDescription());
        form.author = show.getAuthor();
        form.ownerEmail = show.getOwnerEmail();
        form.language = show.getLanguage();
        form.categories = String.join(", ", show.getCategories());
        form.explicit = show.isExplicit();
        form.downloadsAllowed = show.isDownloadsAllowed();
        form.type = show.getType();
        form.acceptSummaries = show.isAcceptSummaries();
        form.artworkPath = show.getArtwork() == null ? null : MediaPaths.of(show.getArtwork());
        return form;
    }

    /** The values as the boundary takes them. */
    ShowDraft toDraft() {
        return new ShowDraft(getSlug(), getTitle(), getDescription(), author, ownerEmail, language,
                categories == null ? List.of() : Arrays.stream(categories.split(","))
                        .map(String::strip)
                        .filter(category -> !category.isEmpty())
                        .toList(),
                explicit, downloadsAllowed, type, acceptSummaries);
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCategories() {
        return categories;
    }

    public void setCategories(String categories) {
        this.categories = categories;
    }

    public boolean isDownloadsAllowed() {
        return downloadsAllowed;
    }

    public void setDownloadsAllowed(boolean downloadsAllowed) {
        this.downloadsAllowed = downloadsAllowed;
    }

    public boolean isExplicit() {
        return explicit;
    }

    public void setExplicit(boolean explicit) {
        this.explicit = explicit;
    }

    public ShowType getType() {
        return type;
    }

    public void setType(ShowType type) {
        this.type = type;
    }

    public boolean isAcceptSummaries() {
        return acceptSummaries;
    }

    public void setAcceptSummaries(boolean acceptSummaries) {
        this.acceptSummaries = acceptSummaries;
    }

    public String getArtworkPath() {
        return artworkPath;
    }
}
