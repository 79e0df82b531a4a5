package dev.earmark.highlights.web;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.highlights.entity.Highlight;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Roles;
import dev.earmark.platform.web.Links;
import dev.earmark.snips.web.SnipView;
import dev.earmark.transcripts.control.ExcerptTurns;
import dev.earmark.transcripts.control.ExcerptTurns.Said;
import dev.earmark.transcripts.control.MediaFragment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * How pages show a most saved moment: its range, how many saved it, its words, where it plays, and for curators where
 * to hide it or show it again. Never who saved it.
 */
@Named
@RequestScoped
public class HighlightView {

    /** Where curators hide a moment (PUT) or show it again (DELETE). */
    static final String HIDDEN_API = "/api/admin/highlights/%d/hidden";

    @Inject
    Links links;

    @Inject
    CatalogueLinks catalogueLinks;

    @Inject
    SnipView snipView;

    /** "1:00–2:00". */
    public String range(Highlight highlight) {
        return snipView.range(highlight.getStartMillis(), highlight.getEndMillis());
    }

    /** "saved by 5 listeners". */
    public String listeners(Highlight highlight) {
        return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "highlights.listeners",
                highlight.getListeners());
    }

    /** The moment on the page it is on, which the page's player plays from its start to its end: "#t=60,120.5". */
    public String play(Highlight highlight) {
        return MediaFragment.range(highlight.getStartMillis(), highlight.getEndMillis());
    }

    /** The moment on its episode's page, whose player starts there and stops at its end. */
    public String episodeMoment(Highlight highlight) {
        return links.path(catalogueLinks.episode(highlight.getEpisode())) + play(highlight);
    }

    /** Its words as people read them: consecutive cues of one speaker joined. */
    public List<Said> excerpt(Highlight highlight) {
        return ExcerptTurns.of(highlight.getExcerpt());
    }

    /** Whether the person asking may hide moments and show them again. */
    public boolean isCurator() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Roles.ADMIN) || context.isUserInRole(Roles.EDITOR);
    }

    public String hiddenApi(Highlight highlight) {
        return links.path(String.format(HIDDEN_API, highlight.getId()));
    }
}
