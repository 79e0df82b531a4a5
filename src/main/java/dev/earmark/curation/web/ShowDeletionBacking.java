package dev.earmark.curation.web;

import dev.earmark.catalogue.boundary.ShowNotFoundException;
import dev.earmark.curation.boundary.CuratedShow;
import dev.earmark.curation.boundary.ShowCuration;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /admin/show-delete.xhtml?id=: says what goes with the show before an admin confirms. The
 * confirmation is a Faces postback (view state, never a GET) and carries the version that was shown,
 * so a show changed meanwhile is not deleted unseen.
 */
@Named
@RequestScoped
public class ShowDeletionBacking {

    private static final Feedback FEEDBACK = new Feedback("delete-form");

    @Inject
    ShowCuration curation;

    private Long id;
    private long version;
    private CuratedShow show;

    public void load() {
        try {
            show = curation.getCuratedShow(id == null ? 0 : id);
        } catch (ShowNotFoundException gone) {
            Responses.notFound();
            return;
        }
        version = show.show().getVersion();
    }

    public String delete() {
        try {
            String title = curation.getShow(id).getTitle();
            int episodes = curation.delete(id, version);
            Feedback.afterRedirect("admin.shows.deleted", title, episodes);
            return "/admin/shows?faces-redirect=true";
        } catch (ShowNotFoundException gone) {
            Feedback.afterRedirect("admin.shows.alreadyDeleted");
            return "/admin/shows?faces-redirect=true";
        } catch (LocalizedException refused) {
            FEEDBACK.refused(refused);
        }
        // What the page says must be what a second confirmation deletes.
        load();
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public CuratedShow getShow() {
        return show;
    }
}
