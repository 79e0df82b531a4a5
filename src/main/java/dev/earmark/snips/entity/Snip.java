package dev.earmark.snips.entity;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.control.ShareCodes;
import dev.earmark.platform.entity.PersistentEntity;
import dev.earmark.summaries.control.StoredTakeaways;
import dev.earmark.transcripts.entity.TranscriptCue;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A moment of an episode that a listener saved ("earmarked"): its range, the words said in it (copied from the
 * transcript, so that they stay as saved when the transcript changes, until the range is nudged), a title and key
 * takeaways, and the listener's own note and tags. Deleting only marks it, so that the listener can undo.
 */
@Entity
@Table(name = "snip")
@NamedQuery(name = Snip.FIND_OWN, query = "SELECT s FROM Snip s "
        + "WHERE s.id = :id AND s.listener = :listener AND s.deletedAt IS NULL")
@NamedQuery(name = Snip.FIND_OWN_DELETED, query = "SELECT s FROM Snip s "
        + "WHERE s.id = :id AND s.listener = :listener AND s.deletedAt IS NOT NULL AND s.deletedAt >= :since")
@NamedQuery(name = Snip.FIND_BY_REQUEST_KEY, query = "SELECT s FROM Snip s "
        + "WHERE s.listener = :listener AND s.requestKey = :requestKey")
@NamedQuery(name = Snip.FIND_AWAITING_TRANSCRIPT, query = "SELECT s.id FROM Snip s "
        + "WHERE s.episode.id = :episodeId AND s.summarySource = dev.earmark.snips.entity.SummarySource.NO_TRANSCRIPT")
@NamedQuery(name = Snip.FIND_AWAITING_WITH_TRANSCRIPT, query = "SELECT s.id FROM Snip s "
        + "WHERE s.summarySource = dev.earmark.snips.entity.SummarySource.NO_TRANSCRIPT AND s.deletedAt IS NULL "
        + "AND EXISTS (SELECT t.id FROM EpisodeTranscript t WHERE t.episode = s.episode)")
@NamedQuery(name = Snip.COUNT_OWN, query = "SELECT COUNT(s) FROM Snip s "
        + "WHERE s.listener = :listener AND s.deletedAt IS NULL")
@NamedQuery(name = Snip.FIND_CREATED_SINCE, query = "SELECT s.createdAt FROM Snip s "
        + "WHERE s.listener = :listener AND s.createdAt > :since ORDER BY s.createdAt")
@NamedQuery(name = Snip.FIND_OWN_TAGS, query = "SELECT DISTINCT t FROM Snip s JOIN s.tags t "
        + "WHERE s.listener = :listener AND s.deletedAt IS NULL")
@NamedQuery(name = Snip.FIND_OWN_SHOWS, query = "SELECT DISTINCT sh.id, sh.title FROM Snip s JOIN s.episode e "
        + "JOIN e.show sh WHERE s.listener = :listener AND s.deletedAt IS NULL ORDER BY sh.title")
@NamedQuery(name = Snip.FIND_DELETED_BEFORE, query = "SELECT s FROM Snip s "
        + "WHERE s.listener = :listener AND s.deletedAt IS NOT NULL AND s.deletedAt < :before")
@NamedQuery(name = Snip.FIND_BY_SHARE_CODE, query = "SELECT s FROM Snip s JOIN FETCH s.episode "
        + "WHERE s.shareCode = :shareCode")
@NamedQuery(name = Snip.FIND_WITHOUT_SHARE_CODE, query = "SELECT s.id FROM Snip s "
        + "WHERE s.shareCode IS NULL AND s.id > :after ORDER BY s.id")
@NamedQuery(name = Snip.GIVE_SHARE_CODE, query = "UPDATE Snip s SET s.shareCode = :shareCode, s.version = s.version "
        + "WHERE s.id = :id AND s.shareCode IS NULL")
@NamedQuery(name = Snip.FIND_CHANGED_SINCE, query = "SELECT s.id FROM Snip s "
        + "WHERE s.listener = :listener AND (s.editedAt > :since OR s.deletedAt > :since)")
@NamedQuery(name = Snip.FIND_RANGES_BY_EPISODE, query = "SELECT s.listener, s.startMillis, s.endMillis, s.createdAt "
        + "FROM Snip s WHERE s.episode.id = :episodeId AND s.deletedAt IS NULL")
public class Snip extends PersistentEntity {

    public static final String FIND_OWN = "Snip.findOwn";
    public static final String FIND_OWN_DELETED = "Snip.findOwnDeleted";
    public static final String FIND_BY_REQUEST_KEY = "Snip.findByRequestKey";
    public static final String FIND_AWAITING_TRANSCRIPT = "Snip.findAwaitingTranscript";
    public static final String FIND_AWAITING_WITH_TRANSCRIPT = "Snip.findAwaitingWithTranscript";
    public static final String COUNT_OWN = "Snip.countOwn";
    public static final String FIND_CREATED_SINCE = "Snip.findCreatedSince";
    public static final String FIND_OWN_TAGS = "Snip.findOwnTags";
    public static final String FIND_OWN_SHOWS = "Snip.findOwnShows";
    public static final String FIND_DELETED_BEFORE = "Snip.findDeletedBefore";
    /** The snip a moment's address names, deleted or not (the caller decides): no two snips share a code. */
    public static final String FIND_BY_SHARE_CODE = "Snip.findByShareCode";
    /** Ids after {@code :after} of snips without a code, in order: read a batch at a time along the primary key. */
    public static final String FIND_WITHOUT_SHARE_CODE = "Snip.findWithoutShareCode";
    /** A code for a snip saved before snips had one, leaving its version alone (a listener's open form still saves). */
    public static final String GIVE_SHARE_CODE = "Snip.giveShareCode";
    /** Rows (listener, start, end, saved at) of an episode's snips, those deleted left out: what highlights are made of. */
    public static final String FIND_RANGES_BY_EPISODE = "Snip.findRangesByEpisode";
    /** Ids of a listener's snips saved, edited, nudged or deleted since :since (saving sets editedAt too). */
    public static final String FIND_CHANGED_SINCE = "Snip.findChangedSince";

    public static final int LISTENER_MAX = 200;
    public static final int TITLE_MAX = 80;
    public static final int TAKEAWAY_MAX = 240;
    public static final int MODEL_MAX = 200;
    public static final int NOTE_MAX = 5_000;
    /** Escaped, each character of a note may take several ("&#34;"); a note longer as HTML is refused. */
    public static final int NOTE_HTML_MAX = 40_000;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 10;
    public static final int REQUEST_KEY_MAX = 64;
    public static final int SEARCH_TEXT_MAX = 60_000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false)
    private Episode episode;

    /** The listener's user name as the container's realm knows it. */
    @NotBlank
    @Size(max = LISTENER_MAX)
    @Column(nullable = false, length = LISTENER_MAX)
    private String listener;

    @PositiveOrZero
    @Column(name = "start_ms", nullable = false)
    private long startMillis;

    @PositiveOrZero
    @Column(name = "end_ms", nullable = false)
    private long endMillis;

    @NotNull
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    /** The listener wrote the title: no summary replaces it. */
    @Column(name = "title_edited", nullable = false)
    private boolean titleEdited;

    /** One a line: a takeaway is one sentence, with its white space made single spaces. */
    @NotNull
    @Size(max = StoredTakeaways.COLUMN_MAX)
    @Column(nullable = false, length = StoredTakeaways.COLUMN_MAX)
    private String takeaways = "";

    /** Ordered by their times; pieces of one long cue (see {@link TranscriptCue#of}) share its times and its order. */
    @Valid
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "snip_cue", joinColumns = @JoinColumn(name = "snip_id"))
    @OrderBy("startMillis")
    private List<TranscriptCue> excerpt = new ArrayList<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "summary_source", nullable = false, length = 20)
    private SummarySource summarySource = SummarySource.NO_TRANSCRIPT;

    @Size(max = MODEL_MAX)
    @Column(name = "summary_model", length = MODEL_MAX)
    private String summaryModel;

    /** What the listener wrote, in a subset of Markdown. */
    @NotNull
    @Size(max = NOTE_MAX)
    @Column(nullable = false, length = NOTE_MAX)
    private String note = "";

    /** {@link #note} as sanitised HTML, made when the note is saved. */
    @NotNull
    @Size(max = NOTE_HTML_MAX)
    @Column(name = "note_html", nullable = false, length = NOTE_HTML_MAX)
    private String noteHtml = "";

    @Size(max = TAGS_MAX)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "snip_tag", joinColumns = @JoinColumn(name = "snip_id"))
    @Column(name = "tag", nullable = false, length = TAG_MAX)
    private Set<@NotBlank @Size(max = TAG_MAX) String> tags = new TreeSet<>();

    /** Lower-case words of title, takeaways, excerpt, note and tags: what the listener's search looks in. */
    @NotNull
    @Size(max = SEARCH_TEXT_MAX)
    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_MAX)
    private String searchText = "";

    /** The key the listener's browser sent with the snip, so that sending it again saves nothing twice. */
    @NotBlank
    @Size(max = REQUEST_KEY_MAX)
    @Column(name = "request_key", nullable = false, length = REQUEST_KEY_MAX)
    private String requestKey;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /**
     * What names the snip in its moment's address ({@code /m/{code}}); null only for a snip saved before snips had
     * codes, until the deployment or its first share gives it one.
     */
    @Size(min = ShareCodes.LENGTH, max = ShareCodes.LENGTH)
    @Column(name = "share_code", length = ShareCodes.LENGTH, unique = true)
    private String shareCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = Sharing.COLUMN_MAX)
    private Sharing sharing = Sharing.SIGNED_IN;

    /** Whether the moment's page shows the listener's note too. */
    @Column(name = "share_note", nullable = false)
    private boolean shareNote;

    protected Snip() {
    }

    public Snip(Episode episode, String listener, String requestKey, Instant createdAt, String shareCode) {
        this.episode = episode;
        this.shareCode = shareCode;
        this.listener = listener;
        this.requestKey = requestKey;
        this.createdAt = createdAt;
        this.editedAt = createdAt;
    }

    /** A new range and its words; the summary then has to be made again ({@link #summarise}). */
    public void cover(long startMillis, long endMillis, List<TranscriptCue> excerpt) {
        if (startMillis < 0 || endMillis < startMillis) {
            throw new IllegalArgumentException("a snip runs forward from 0: " + startMillis + " to " + endMillis);
        }
        this.startMillis = startMillis;
        this.endMillis = endMillis;
        this.excerpt.clear();
        this.excerpt.addAll(excerpt);
        indexText();
    }

    /** A title and takeaways from {@code source}; the title stays the listener's when they wrote one. */
    public void summarise(SummarySource source, String model, String title, List<String> takeaways) {
        this.summarySource = source;
        this.summaryModel = source == SummarySource.MODEL ? model : null;
        if (!titleEdited) {
            this.title = title;
        }
        this.takeaways = StoredTakeaways.join(takeaways);
        indexText();
    }

    /** The listener's own title, or with a blank one back to the summary's ({@code summaryTitle}). */
    public void retitle(String listenersTitle, String summaryTitle) {
        titleEdited = listenersTitle != null && !listenersTitle.isBlank();
        title = titleEdited ? listenersTitle.strip() : summaryTitle;
        indexText();
    }

    public void annotate(String note, String noteHtml, Set<String> tags) {
        this.note = note;
        this.noteHtml = noteHtml;
        this.tags.clear();
        this.tags.addAll(tags);
        indexText();
    }

    public void edited(Instant at) {
        this.editedAt = at;
    }

    public void delete(Instant at) {
        this.deletedAt = at;
    }

    public void restore() {
        this.deletedAt = null;
    }

    /** Who may open the moment's page, and whether it shows the note; a snip without a code gets {@code newCode}. */
    public void share(Sharing sharing, boolean includeNote, Supplier<String> newCode) {
        this.sharing = sharing;
        this.shareNote = includeNote;
        if (shareCode == null) {
            shareCode = newCode.get();
        }
    }

    private void indexText() {
        String text = Stream.of(Stream.of(title, takeaways), excerpt.stream().map(TranscriptCue::getText),
                        Stream.of(note), tags.stream())
                .flatMap(part -> part)
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
        searchText = text.length() > SEARCH_TEXT_MAX ? text.substring(0, SEARCH_TEXT_MAX) : text;
    }

    public Episode getEpisode() {
        return episode;
    }

    public String getListener() {
        return listener;
    }

    public long getStartMillis() {
        return startMillis;
    }

    public long getEndMillis() {
        return endMillis;
    }

    public String getTitle() {
        return title;
    }

    public boolean isTitleEdited() {
        return titleEdited;
    }

    public List<String> getTakeaways() {
        return StoredTakeaways.split(takeaways);
    }

    public List<TranscriptCue> getExcerpt() {
        return List.copyOf(excerpt);
    }

    public SummarySource getSummarySource() {
        return summarySource;
    }

    public String getSummaryModel() {
        return summaryModel;
    }

    public String getNote() {
        return note;
    }

    public String getNoteHtml() {
        return noteHtml;
    }

    /** In alphabetical order. */
    public List<String> getTags() {
        return tags.stream().sorted().toList();
    }

    public String getRequestKey() {
        return requestKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getShareCode() {
        return shareCode;
    }

    public Sharing getSharing() {
        return sharing;
    }

    public boolean isShareNote() {
        return shareNote;
    }

    /** Whether the listener changed it after saving it. */
    public boolean isEdited() {
        return editedAt.isAfter(createdAt);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
