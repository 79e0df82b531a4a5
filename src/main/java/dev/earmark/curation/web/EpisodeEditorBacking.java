package dev.earmark.curation.web;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.Slugs;
import dev.earmark.curation.boundary.EpisodeConflictException;
import dev.earmark.curation.boundary.EpisodeCuration;
import dev.earmark.curation.boundary.EpisodeDraft;
import dev.earmark.curation.boundary.EpisodeFieldException;
import dev.earmark.curation.boundary.EpisodeUploads;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.notes.control.ChapterParseException;
import dev.earmark.notes.control.ChapterParser;
import dev.earmark.notes.control.ChapterTable;
import dev.earmark.platform.control.LocalizedException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The episode editor ({@code ?id=} to edit, {@code ?show=} for a new one). The form's values live here for the
 * whole view, so a save that fails, even one refused because someone else saved first, keeps what was typed.
 */
@Named
@ViewScoped
public class EpisodeEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The episode's own properties that have an input of the same id. */
    private static final Set<String> FORM_FIELDS = Set.of("title", "slug", "season", "number", "description");

    @Inject
    EpisodeCuration curation;

    @Inject
    Catalogue catalogue;

    @Inject
    AuditTrail audit;

    private Long id;
    private String showSlug;
    private Show show;
    private Episode episode;
    private long version;
    private String generatedSlug;
    private String audioUrl;
    private List<ChapterRow> chapters = new ArrayList<>();
    private String chapterText;
    private transient Part audioUpload;
    private transient Part transcriptUpload;
    private boolean removeAudio;
    private boolean confirmingDelete;
    private boolean conflict;
    private List<AuditEntry> history = List.of();

    public void load() {
        if (id != null) {
            curation.findEpisode(id).ifPresentOrElse(this::edit, FacesPages::notFound);
            return;
        }
        Optional<Show> found = showSlug == null ? Optional.empty() : catalogue.findShow(showSlug);
        found.ifPresentOrElse(newIn -> {
            show = newIn;
            episode = new Episode(newIn, null);
        }, FacesPages::notFound);
    }

    private void edit(Episode loaded) {
        episode = loaded;
        show = loaded.getShow();
        version = loaded.getVersion();
        audioUrl = loaded.getAudio() == null ? null : loaded.getAudio().getUrl();
        chapters = loaded.getChapters().stream()
                .map(chapter -> new ChapterRow(ChapterParser.formatTime(chapter.getStartMillis()), chapter.getTitle(),
                        chapter.getUrl()))
                .collect(Collectors.toCollection(ArrayList::new));
        history = audit.history(AuditSubject.EPISODE, loaded.getId());
    }

    /** Keeps the slug made from the title until the curator writes one of their own. */
    public void titleChanged() {
        String slug = episode.getSlug();
        if (slug == null || slug.isBlank() || slug.equals(generatedSlug)) {
            generatedSlug = Slugs.of(episode.getTitle(), Episode.SLUG_MAX);
            episode.setSlug(generatedSlug);
        }
    }

    public void parseChapters() {
        try {
            chapters = ChapterParser.parse(chapterText).stream()
                    .map(mark -> new ChapterRow(ChapterParser.formatTime(mark.startMillis()), mark.title(), null))
                    .collect(Collectors.toCollection(ArrayList::new));
            chapterText = null;
        } catch (ChapterParseException unreadable) {
            FacesPages.error("chapterText", unreadable.messageKey(), unreadable.arguments());
        }
    }

    public void addChapter() {
        chapters.add(new ChapterRow());
    }

    public void removeChapter(ChapterRow row) {
        chapters.remove(row);
    }

    public void moveUp(ChapterRow row) {
        moveBy(row, -1);
    }

    public void moveDown(ChapterRow row) {
        moveBy(row, 1);
    }

    /**
     * Moves the row's title and address to the neighbouring row's start, and the neighbour's to this one's: the start
     * column stays as it was. Chapters are ordered by start, so moving a row means giving it the other start; swapping
     * whole rows would put the times out of order, and saving sorts them back.
     */
    private void moveBy(ChapterRow row, int offset) {
        int index = chapters.indexOf(row);
        int other = index + offset;
        if (index < 0 || other < 0 || other >= chapters.size()) {
            return;
        }
        ChapterRow neighbour = chapters.get(other);
        String start = row.getStart();
        row.setStart(neighbour.getStart());
        neighbour.setStart(start);
        Collections.swap(chapters, index, other);
    }

    public String save() {
        List<ChapterMark> marks;
        try {
            marks = ChapterTable.read(chapters.stream().map(ChapterRow::cells).toList());
        } catch (ChapterParseException unreadable) {
            FacesPages.error("chapters", unreadable.messageKey(), unreadable.arguments());
            return null;
        }
        try {
            Episode saved = episode.isNew()
                    ? curation.create(show.getSlug(), draft(marks), uploads())
                    : curation.update(episode.getId(), version, draft(marks), uploads());
            FacesPages.infoAfterRedirect("admin.episode.saved", saved.getTitle());
            return "/admin/episode?faces-redirect=true&id=" + saved.getId();
        } catch (EpisodeConflictException stale) {
            conflict = true;
            FacesPages.error(null, stale.messageKey(), stale.arguments());
        } catch (EpisodeFieldException invalid) {
            FacesPages.error(invalid.field(), invalid.messageKey(), invalid.arguments());
        } catch (LocalizedException failed) {
            FacesPages.error(null, failed.messageKey(), failed.arguments());
        } catch (ConstraintViolationException invalid) {
            // The form checks what it can; whatever only the entities' constraints catch still belongs next to a field.
            invalid.getConstraintViolations().forEach(violation ->
                    FacesPages.errorText(fieldOf(violation), violation.getMessage()));
        }
        remindOfFile("audio", audioUpload);
        remindOfFile("transcript", transcriptUpload);
        return null;
    }

    /** Nothing was saved, and browsers do not keep a chosen file across the answer: the curator must choose it again. */
    private static void remindOfFile(String field, Part upload) {
        if (upload != null && upload.getSize() > 0) {
            FacesPages.error(field, "admin.episode.chooseFileAgain", upload.getSubmittedFileName());
        }
    }

    /** The form's field for a violated constraint; the page as a whole for a value the form has no field for. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        Object bean = violation.getLeafBean();
        if (bean instanceof Chapter) {
            return "chapters";
        }
        if (bean instanceof AudioEnclosure) {
            return "audioUrl";
        }
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            property = node.getName();
        }
        return FORM_FIELDS.contains(property) ? property : null;
    }

    /** After a conflict: save what is in the form over what the other person saved. */
    public String saveAnyway() {
        try {
            version = curation.getEpisode(episode.getId()).getVersion();
        } catch (LocalizedException gone) {
            FacesPages.error(null, gone.messageKey(), gone.arguments());
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
            curation.delete(episode.getId(), version);
            FacesPages.infoAfterRedirect("admin.episode.deleted", episode.getTitle());
            return "/admin/episodes?faces-redirect=true&show=" + show.getSlug();
        } catch (LocalizedException failed) {
            confirmingDelete = false;
            FacesPages.error(null, failed.messageKey(), failed.arguments());
            return null;
        }
    }

    /** A slug still as made from the title is left to the service, which numbers it if the show has it already. */
    private EpisodeDraft draft(List<ChapterMark> marks) {
        String slug = episode.isNew() && episode.getSlug() != null && episode.getSlug().equals(generatedSlug) ? null
                : episode.getSlug();
        return new EpisodeDraft(episode.getTitle(), slug, episode.getSeason(), episode.getNumber(),
                episode.getEpisodeType(), episode.getStatus(), episode.getPublishedAt(), episode.getDescription(),
                audioUrl, marks);
    }

    private EpisodeUploads uploads() {
        return new EpisodeUploads(upload(audioUpload), upload(transcriptUpload), removeAudio);
    }

    /** A file input left empty still sends a part, without a name or content. */
    private static EpisodeUploads.Upload upload(Part part) {
        if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null
                || part.getSubmittedFileName().isEmpty())) {
            return null;
        }
        return new EpisodeUploads.Upload(part.getSubmittedFileName(), part::getInputStream);
    }

    public String getSlugPattern() {
        return Slugs.PATTERN;
    }

    public int getSlugMax() {
        return Episode.SLUG_MAX;
    }

    public int getChapterTitleMax() {
        return Chapter.TITLE_MAX;
    }

    public int getChapterUrlMax() {
        return Chapter.URL_MAX;
    }

    public int getAudioUrlMax() {
        return AudioEnclosure.URL_MAX;
    }

    public List<EpisodeStatus> getStatuses() {
        return List.of(EpisodeStatus.values());
    }

    public List<EpisodeType> getEpisodeTypes() {
        return List.of(EpisodeType.values());
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

    public Show getShow() {
        return show;
    }

    public Episode getEpisode() {
        return episode;
    }

    public String getAudioUrl() {
        return audioUrl;
    }

    public void setAudioUrl(String audioUrl) {
        this.audioUrl = audioUrl;
    }

    public List<ChapterRow> getChapters() {
        return chapters;
    }

    public String getChapterText() {
        return chapterText;
    }

    public void setChapterText(String chapterText) {
        this.chapterText = chapterText;
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

    public boolean isRemoveAudio() {
        return removeAudio;
    }

    public void setRemoveAudio(boolean removeAudio) {
        this.removeAudio = removeAudio;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }
}
