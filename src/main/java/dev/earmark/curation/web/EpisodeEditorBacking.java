package dev.earmark.curation.web;

import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.curation.boundary.EpisodeCuration;
import dev.earmark.curation.boundary.EpisodeUploads;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.notes.control.ChapterParseException;
import dev.earmark.notes.control.ShowNotes;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.web.Responses;
import dev.earmark.summaries.boundary.EpisodeSummaries;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /admin/episode.xhtml: edits an episode ({@code ?id=}) or creates one in a show ({@code ?show=}), with its chapters,
 * files and history. View scoped, so a save that fails, even one refused because someone else saved first, keeps
 * what was typed. The view keeps only what the curator typed and ids: the show, the episode as stored and its history
 * are read again when a request needs them and the view has them no more (its session moved to another server).
 */
@Named
@ViewScoped
public class EpisodeEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The form names the input of the external audio by the draft's field rather than the entity's property. */
    private static final Feedback FEEDBACK = new Feedback("editor", Map.of("audio", "audioUrl"));

    @Inject
    EpisodeCuration curation;

    @Inject
    Catalogue catalogue;

    @Inject
    EpisodeSummaries summaries;

    private Long id;
    private String showSlug;
    private transient Show show;
    /** As stored, for what the page shows but does not edit (the stored files); null for a new episode. */
    private transient Episode episode;
    private EpisodeForm form = new EpisodeForm();
    private ChapterRows chapters = new ChapterRows();
    /** The suggestion on screen, if the curator asked for one. */
    private SuggestionReview review;
    /** Files only live through the request that uploads them. */
    private transient Part audioUpload;
    private transient Part transcriptUpload;
    private boolean confirmingDelete;
    private boolean conflict;
    private transient List<AuditEntry> history;

    /** View action on the first request; postbacks keep the form as the curator left it. */
    public void load() {
        if (id != null) {
            curation.findEpisode(id).ifPresentOrElse(this::edit, Responses::notFound);
            return;
        }
        Optional<Show> found = showSlug == null ? Optional.empty() : catalogue.findShow(showSlug);
        found.ifPresentOrElse(newIn -> show = newIn, Responses::notFound);
    }

    private void edit(Episode loaded) {
        episode = loaded;
        show = loaded.getShow();
        form = EpisodeForm.of(loaded);
        chapters = ChapterRows.of(loaded.getChapters().stream().map(Chapter::toMark).toList());
        history = curation.history(loaded.getId());
    }

    public void parseChapters() {
        try {
            chapters.readPasted();
        } catch (ChapterParseException unreadable) {
            FEEDBACK.error("chapterText", unreadable.messageKey(), unreadable.arguments());
        }
    }

    /** Fills the review panel with a suggestion from the transcript as stored: the model's, or the built-in one. */
    public void suggest() {
        try {
            review = new SuggestionReview(summaries.suggest(form.getId()));
        } catch (LocalizedException refused) {
            FEEDBACK.error("suggest", refused.messageKey(), refused.arguments());
        }
    }

    public void takeSummary() {
        if (review != null) {
            review.takeSummary(form);
        }
    }

    public void takeTopics() {
        if (review != null) {
            review.takeTopics(form);
        }
    }

    public void takeChapters() {
        if (review != null) {
            review.takeChapters(chapters);
        }
    }

    public void dismissSuggestion() {
        review = null;
    }

    public String save() {
        List<ChapterMark> marks;
        try {
            marks = chapters.read();
        } catch (ChapterParseException unreadable) {
            FEEDBACK.error("chapters", unreadable.messageKey(), unreadable.arguments());
            return null;
        }
        try {
            EpisodeUploads uploads = new EpisodeUploads(FileInputs.upload(audioUpload),
                    FileInputs.upload(transcriptUpload), form.isRemoveAudio(), form.isRemoveTranscript());
            Episode saved = form.isNew()
                    ? curation.create(getShow().getSlug(), form.toDraft(marks), uploads)
                    : curation.update(form.getId(), form.getVersion(), form.toDraft(marks), uploads,
                            Optional.ofNullable(review).map(SuggestionReview::suggestion));
            Feedback.afterRedirect("admin.episode.saved", saved.getTitle());
            return "/admin/episode?faces-redirect=true&id=" + saved.getId();
        } catch (ConcurrentChangeException stale) {
            conflict = true;
            FEEDBACK.refused(stale);
        } catch (LocalizedException refused) {
            FEEDBACK.refused(refused);
        } catch (ConstraintViolationException invalid) {
            // The form checks what it can; whatever only the entities' constraints catch still belongs next to a field.
            FEEDBACK.invalid(invalid);
        }
        remindOfFile("audio", audioUpload);
        remindOfFile("transcript", transcriptUpload);
        return null;
    }

    /** Nothing was saved, and browsers do not keep a chosen file across the answer: the curator must choose it again. */
    private static void remindOfFile(String field, Part upload) {
        if (upload != null && upload.getSize() > 0) {
            FEEDBACK.error(field, "admin.episode.chooseFileAgain", upload.getSubmittedFileName());
        }
    }

    /** After a conflict: save what is in the form over what the other person saved. */
    public String saveAnyway() {
        try {
            form.saveOver(curation.getEpisode(form.getId()).getVersion());
        } catch (LocalizedException gone) {
            FEEDBACK.refused(gone);
            return null;
        }
        conflict = false;
        return save();
    }

    public void askToDelete() {
        confirmingDelete = true;
    }

    public void cancelDelete() {
        confirmingDelete = false;
    }

    public String delete() {
        try {
            Episode stored = getEpisode();
            Show of = getShow();
            curation.delete(form.getId(), form.getVersion());
            Feedback.afterRedirect("admin.episode.deleted", stored.getTitle());
            return "/admin/episodes?faces-redirect=true&show=" + of.getSlug();
        } catch (LocalizedException failed) {
            confirmingDelete = false;
            FEEDBACK.refused(failed);
            return null;
        }
    }

    /** Newest first; none for a new episode. */
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

    public String getShowSlug() {
        return showSlug;
    }

    public void setShowSlug(String showSlug) {
        this.showSlug = showSlug;
    }

    /** The show the episode is in; null when the address names none that exists. */
    public Show getShow() {
        if (show == null) {
            show = form.isNew()
                    ? Optional.ofNullable(showSlug).flatMap(catalogue::findShow).orElse(null)
                    : Optional.ofNullable(getEpisode()).map(Episode::getShow).orElse(null);
        }
        return show;
    }

    public Episode getEpisode() {
        if (episode == null && !form.isNew()) {
            episode = curation.findEpisode(form.getId()).orElse(null);
        }
        return episode;
    }

    public EpisodeForm getForm() {
        return form;
    }

    public ChapterRows getChapters() {
        return chapters;
    }

    /** The notes as typed, sanitised as listeners will see them; derived on every keystroke, for this one curator. */
    public String getNotesPreview() {
        return ShowNotes.toSafeHtml(form.getDescription());
    }

    public Part getAudioUpload() {
        return audioUpload;
    }

    public void setAudioUpload(Part audioUpload) {
        this.audioUpload = audioUpload;
    }

    public Part getTranscriptUpload() {
        return transcriptUpload;
    }

    public void setTranscriptUpload(Part transcriptUpload) {
        this.transcriptUpload = transcriptUpload;
    }

    public SuggestionReview getReview() {
        return review;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    public boolean isConflict() {
        return conflict;
    }
}
