package dev.earmark.snips.web;

import dev.earmark.snips.boundary.SnipEdit;
import dev.earmark.snips.entity.Sharing;
import dev.earmark.snips.entity.Snip;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What the listener types about a snip, as typed (so a refused save shows it again), who may open its moment's page,
 * and the version it was loaded at, which a save must still find. Tags are typed as one line, separated by commas.
 */
public class SnipForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TAG_SEPARATOR = ",";

    private long version;
    private String title;
    private String note;
    private String tags;
    private Sharing sharing;
    private boolean includeNote;

    static SnipForm of(Snip snip) {
        SnipForm form = new SnipForm();
        form.version = snip.getVersion();
        form.title = snip.getTitle();
        form.note = snip.getNote();
        form.tags = String.join(TAG_SEPARATOR + " ", snip.getTags());
        form.sharing = snip.getSharing();
        form.includeNote = snip.isShareNote();
        return form;
    }

    /** After a change elsewhere: the next save is made over the version stored now, with what was typed. */
    void saveOver(long currentVersion) {
        version = currentVersion;
    }

    SnipEdit toEdit() {
        return new SnipEdit(title, note, tags(tags));
    }

    /**
     * The tags of a line: each between commas, trimmed, blank ones and repeats left out, in the order typed (the
     * boundary makes each one way: lower case, no "#", inner spaces as hyphens).
     */
    static List<String> tags(String line) {
        if (line == null) {
            return List.of();
        }
        return Arrays.stream(line.split(TAG_SEPARATOR)).map(String::strip).filter(tag -> !tag.isEmpty()).distinct()
                .toList();
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Sharing getSharing() {
        return sharing;
    }

    public void setSharing(Sharing sharing) {
        this.sharing = sharing;
    }

    public boolean isIncludeNote() {
        return includeNote;
    }

    public void setIncludeNote(boolean includeNote) {
        this.includeNote = includeNote;
    }
}
