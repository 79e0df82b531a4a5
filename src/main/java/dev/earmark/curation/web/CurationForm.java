package dev.earmark.curation.web;

import dev.earmark.platform.entity.PersistentEntity;
import java.io.Serializable;

/**
 * What the forms of shows and episodes hold alike between requests: which one they edit (no id for a new one), the
 * version it was loaded at, which a save must still find, and its title, address and description as typed.
 */
public abstract class CurationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String title;
    private String slug;
    private String description;

    /** Starts from what is stored. */
    void load(PersistentEntity stored, String storedTitle, String storedSlug, String storedDescription) {
        id = stored.getId();
        version = stored.getVersion();
        title = storedTitle;
        slug = storedSlug;
        description = storedDescription;
    }

    /** After someone else saved: the next save is made over their version. */
    void saveOver(long currentVersion) {
        version = currentVersion;
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
}
