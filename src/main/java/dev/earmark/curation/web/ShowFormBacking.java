package dev.earmark.curation.web;

import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import dev.earmark.curation.boundary.ShowCuration;
import dev.earmark.curation.boundary.SlugTakenException;
import dev.earmark.curation.boundary.Upload;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.NotPermittedException;
import dev.earmark.platform.control.RejectedContentException;
import dev.earmark.platform.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * /admin/show.xhtml: creates a show (no id) or edits one (?id=), with its artwork and history. View
 * scoped, so the form keeps the version it was loaded with: a save after someone else's is refused
 * and the curator's typing stays in the form.
 */
@Named
@ViewScoped
public class ShowFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "show-form";

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
        curation.findShow(id).ifPresentOrElse(show -> form = ShowForm.of(show), Responses::notFound);
    }

    public String save() {
        try {
            Show saved = artwork == null || artwork.getSize() == 0 ? save(null) : saveWithArtwork();
            Feedback.afterRedirect("admin.shows.saved", saved.getTitle());
            return "/admin/show?faces-redirect=true&id=" + saved.getId();
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(violation ->
                    Feedback.fieldError(clientIdOf(violation), violation.getMessage()));
        } catch (SlugTakenException taken) {
            Feedback.fieldError(FORM + ":slug", taken);
        } catch (RejectedContentException rejected) {
            Feedback.fieldError(FORM + ":artwork", rejected);
        } catch (ConcurrentChangeException | NotPermittedException refused) {
            Feedback.formError(refused);
        }
        return null;
    }

    private Show saveWithArtwork() {
        try (InputStream content = artwork.getInputStream()) {
            return save(new Upload(artwork.getSubmittedFileName(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Show save(Upload upload) {
        return form.isNew()
                ? curation.create(form.toShow(), upload)
                : curation.update(form.getId(), form.getVersion(), form.toShow(), upload);
    }

    /** The form's inputs are named like the show's properties ("categories[0]" belongs to "categories"). */
    private static String clientIdOf(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                return FORM + ":" + node.getName();
            }
        }
        return null;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = form.isNew() ? List.of() : curation.history(form.getId());
        }
        return history;
    }

    public long getMaxArtworkMegabytes() {
        return ShowCuration.MAX_ARTWORK_BYTES / (1024 * 1024);
    }

    public ShowType[] getTypes() {
        return ShowType.values();
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
