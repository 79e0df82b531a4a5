package dev.earmark.catalogue.web;

import dev.earmark.notes.control.ShowNotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Show notes for views: sanitised HTML and plain-text teasers. */
@Named("showNotes")
@ApplicationScoped
public class ShowNotesView {

    /**
     * Enough text for three lines of the widest episode row; the style sheet clamps to three lines,
     * and a page of twenty rows does not carry twenty whole show notes.
     */
    private static final int TEASER_CHARS = 420;

    public String html(String notes) {
        return ShowNotes.toSafeHtml(notes);
    }

    /** The notes as HTML without their timestamps section, for pages that list the chapters instead. */
    public String htmlWithoutTimestamps(String notes) {
        return ShowNotes.withoutTimestamps(notes);
    }

    public String teaser(String notes) {
        return ShowNotes.teaser(notes, TEASER_CHARS);
    }

    public String summary(String notes, int maxChars) {
        return ShowNotes.teaser(notes, maxChars);
    }
}
