package dev.earmark.curation.web;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import dev.earmark.media.control.MediaPaths;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What the show form holds between requests: plain values, so a refused save (invalid field,
 * conflicting change, rejected artwork) shows the curator exactly what they typed.
 */
public class ShowForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String title;
    private String slug;
    private String description;
    private String author;
    private String ownerEmail;
    private String language = "en";
    /** Comma-separated, as curators type them. */
    private String categories;
    private boolean explicit;
    private boolean downloadsAllowed = true;
    private ShowType type = ShowType.EPISODIC;
    private String artworkPath;

    static ShowForm of(Show show) {
        ShowForm form = new ShowForm();
        form.id = show.getId();
        form.version = show.getVersion();
        form.title = show.getTitle();
        form.slug = show.getSlug();
        form.description = show.getDescription();
        form.author = show.getAuthor();
        form.ownerEmail = show.getOwnerEmail();
        form.language = show.getLanguage();
        form.categories = String.join(", ", show.getCategories());
        form.explicit = show.isExplicit();
        form.downloadsAllowed = show.isDownloadsAllowed();
        form.type = show.getType();
        form.artworkPath = show.getArtwork() == null ? null : MediaPaths.of(show.getArtwork());
        return form;
    }

    /** The values as a show that is not persisted, for the boundary to validate and take over. */
    Show toShow() {
        Show show = new Show();
        show.setTitle(title);
        show.setSlug(slug);
        show.setDescription(description);
        show.setAuthor(author);
        show.setOwnerEmail(ownerEmail);
        show.setLanguage(language);
        show.setCategories(categories == null ? List.of() : Arrays.stream(categories.split(","))
                .map(String::strip)
                .filter(category -> !category.isEmpty())
                .toList());
        show.setExplicit(explicit);
        show.setDownloadsAllowed(downloadsAllowed);
        show.setType(type);
        return show;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public String getArtworkPath() {
        return artworkPath;
    }
}
