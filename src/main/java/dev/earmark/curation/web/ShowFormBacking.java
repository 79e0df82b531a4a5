package dev.earmark.curation.web;

import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.curation.boundary.ShowCuration;
import dev.earmark.curation.boundary.Upload;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;

/**
 * /admin/show.xhtml: creates a show (no id) or edits one (?id=), with its artwork and history. View
 * scoped, so the form keeps the version it was loaded with: a save after someone else's is refused
 * and the curator's typing stays in the form. The history is not kept in the view: a request reads it again when the
 * view has it no more (its session moved to another server).
 */
@Named
@ViewScoped
public class ShowFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Feedback FEEDBACK = new Feedback("show-form");

    @Inject
    ShowCuration curation;

    private Long id;
    private ShowForm form = new ShowForm();
    /** Only lives through the request that uploads it. */
    private transient Part artwork;
    private transient List<AuditEntry> history;

    /** View action on the first request; postbacks keep the form as the curator left it. */
    public void load() {
        if (id == null) {
            return;
        }
        curation.findShow(id).ifPresentOrElse(show -> {
            form = ShowForm.of(show);
            history = curation.history(id);
        }, Responses::notFound);
    }

    public String save() {
        try {
            Upload upload = FileInputs.upload(artwork);
            Show saved = form.isNew()
                    ? curation.create(form.toDraft(), upload)
                    : curation.update(form.getId(), form.getVersion(), form.toDraft(), upload);
            Feedback.afterRedirect("admin.shows.saved", saved.getTitle());
            return "/admin/show?faces-redirect=true&id=" + saved.getId();
        } catch (ConstraintViolationException invalid) {
            FEEDBACK.invalid(invalid);
        } catch (LocalizedException refused) {
            FEEDBACK.refused(refused);
        }
        return null;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = form.isNew() ? List.of() : curation.history(form.getId());
        }
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ShowForm getForm() {
        return form;
    }

    public Part getArtwork() {
        return artwork;
    }

    public void setArtwork(Part artwork) {
        this.artwork = artwork;
    }
}
