package dev.earmark.catalogue.web;

import dev.earmark.catalogue.control.ShowNotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Show notes for views: sanitised HTML and plain-text teasers. */
@Named("showNotes")
@ApplicationScoped
public class ShowNotesView {

    public String html(String notes) {
        return ShowNotes.toSafeHtml(notes);
    }

    /** The notes as HTML without their timestamps section, for pages that list the chapters instead. */
    public String htmlWithoutTimestamps(String notes) {
        return ShowNotes.withoutTimestamps(notes);
    }

    public String teaser(String notes) {
        return ShowNotes.teaser(notes);
    }

    public String summary(String notes, int maxChars) {
        return ShowNotes.teaser(notes, maxChars);
    }
}
