package dev.earmark.highlights.entity;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.control.ShareCodes;
import dev.earmark.platform.entity.PersistentEntity;
import dev.earmark.summaries.control.StoredTakeaways;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.entity.TranscriptCue;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A moment of an episode that several listeners saved: its range, how many listeners saved it (never who), the words
 * said in it, a title and takeaways made from those words (never from a listener's own title or note), and a share code
 * for its short link. The server makes and remakes it from the snips ({@code highlights.boundary.HighlightComputation});
 * a moment that no longer has enough listeners is retired rather than deleted, and a curator may hide one. Every
 * query of what listeners see asks for {@code :minListeners} (the setting now) too: a moment made with a smaller least
 * number of listeners, before the deployment's sweep made it again, is never shown.
 */
@Entity
@Table(name = "highlight")
@NamedQuery(name = Highlight.FIND_BY_EPISODE, query = "SELECT h FROM Highlight h WHERE h.episode.id = :episodeId "
        + "ORDER BY h.id")
@NamedQuery(name = Highlight.FIND_CURRENT_BY_EPISODE, query = "SELECT h FROM Highlight h WHERE h.episode.id = :episodeId "
        + "AND h.retiredAt IS NULL AND h.listeners >= :minListeners AND (h.hiddenAt IS NULL OR :hiddenToo = 1) "
        + "ORDER BY h.listeners DESC, h.startMillis, h.id")
@NamedQuery(name = Highlight.FIND_SHARED, query = "SELECT h FROM Highlight h JOIN FETCH h.episode e JOIN FETCH e.show "
        + "WHERE h.shareCode = :shareCode AND h.retiredAt IS NULL AND h.listeners >= :minListeners AND h.hiddenAt IS NULL "
        + "AND " + Episode.VISIBLE)
@NamedQuery(name = Highlight.FIND_CURRENT, query = "SELECT h FROM Highlight h JOIN FETCH h.episode e JOIN FETCH e.show s "
        + "WHERE " + Highlight.CURRENT + " ORDER BY h.listeners DESC, h.savedAt DESC, h.id DESC")
@NamedQuery(name = Highlight.COUNT_CURRENT, query = "SELECT COUNT(h) FROM Highlight h JOIN h.episode e JOIN e.show s "
        + "WHERE " + Highlight.CURRENT)
@NamedQuery(name = Highlight.FIND_SHOWS, query = "SELECT DISTINCT s FROM Highlight h JOIN h.episode e JOIN e.show s "
        + "WHERE h.retiredAt IS NULL AND h.listeners >= :minListeners AND h.hiddenAt IS NULL AND " + Episode.VISIBLE
        + " ORDER BY s.title")
@NamedQuery(name = Highlight.COUNT_BY_SHARE_CODE, query = "SELECT COUNT(h) FROM Highlight h "
        + "WHERE h.shareCode = :shareCode")
@NamedQuery(name = Highlight.FIND_EPISODES_TO_CLUSTER, query = "SELECT e.id FROM Episode e "
        + "WHERE EXISTS (SELECT s.id FROM Snip s WHERE s.episode = e AND s.deletedAt IS NULL) "
        + "OR EXISTS (SELECT h.id FROM Highlight h WHERE h.episode = e AND h.retiredAt IS NULL) ORDER BY e.id")
@NamedQuery(name = Highlight.FIND_SHOWN_BY_SHOW, query = "SELECT e.id, h FROM Highlight h JOIN h.episode e "
        + "WHERE e.show = :show AND h.retiredAt IS NULL AND h.listeners >= :minListeners AND h.hiddenAt IS NULL AND "
        + Episode.VISIBLE + " ORDER BY e.id, h.listeners DESC, h.startMillis, h.id")
public class Highlight extends PersistentEntity {

    /** Every moment of an episode, retired ones included: what a recomputation starts from. */
    public static final String FIND_BY_EPISODE = "Highlight.findByEpisode";
    /** An episode's moments now, most saved first; hidden ones only with {@code :hiddenToo} 1 (for curators). */
    public static final String FIND_CURRENT_BY_EPISODE = "Highlight.findCurrentByEpisode";
    /** The moment with {@code :shareCode}, if it is one now, not hidden, of an episode listeners see. */
    public static final String FIND_SHARED = "Highlight.findShared";
    /** Rows (episode id, highlight) of the moments listeners see of a show's visible episodes, most saved first. */
    public static final String FIND_SHOWN_BY_SHOW = "Highlight.findShownByShow";
    /**
     * The catalogue's moments now, most saved first: those saved since {@code :since}, of the show {@code :showId}
     * (0: of every show), hidden ones only with {@code :hiddenToo} 1, of episodes listeners see. No boolean is
     * compared in these queries: EclipseLink writes one into the SQL of a count as 0 or 1, which H2 2 refuses.
     */
    public static final String FIND_CURRENT = "Highlight.findCurrent";
    /** How many {@link #FIND_CURRENT} finds. */
    public static final String COUNT_CURRENT = "Highlight.countCurrent";
    /** The shows with moments listeners see now, by title. */
    public static final String FIND_SHOWS = "Highlight.findShows";
    /** How many moments, retired and hidden ones too, hold {@code :shareCode} (0 or 1). */
    public static final String COUNT_BY_SHARE_CODE = "Highlight.countByShareCode";
    /** The episodes whose moments a new clustering could change: those with snips or moments now. */
    public static final String FIND_EPISODES_TO_CLUSTER = "Highlight.findEpisodesToCluster";

    static final String CURRENT = "h.retiredAt IS NULL AND h.listeners >= :minListeners "
            + "AND (h.hiddenAt IS NULL OR :hiddenToo = 1) "
            + "AND h.savedAt >= :since AND (:showId = 0 OR s.id = :showId) AND " + Episode.VISIBLE;

    public static final int TITLE_MAX = 80;
    public static final int ACTOR_MAX = 200;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @NotNull
    @Pattern(regexp = ShareCodes.PATTERN)
    @Column(name = "share_code", nullable = false, updatable = false, length = ShareCodes.LENGTH)
    private String shareCode;

    @PositiveOrZero
    @Column(name = "start_ms", nullable = false)
    private long startMillis;

    @PositiveOrZero
    @Column(name = "end_ms", nullable = false)
    private long endMillis;

    @Positive
    @Column(nullable = false)
    private int listeners;

    @NotNull
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    /** One a line. */
    @NotNull
    @Size(max = StoredTakeaways.COLUMN_MAX)
    @Column(nullable = false, length = StoredTakeaways.COLUMN_MAX)
    private String takeaways = "";

    /** Ordered by their times, as a snip's excerpt. */
    @Valid
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "highlight_cue", joinColumns = @JoinColumn(name = "highlight_id"))
    @OrderBy("startMillis")
    private List<TranscriptCue> excerpt = new ArrayList<>();

    @NotNull
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    /** When it stopped having enough listeners; null while it has them. */
    @Column(name = "retired_at")
    private Instant retiredAt;

    @Size(max = ACTOR_MAX)
    @Column(name = "hidden_by", length = ACTOR_MAX)
    private String hiddenBy;

    /** When a curator hid it from listeners; null while it is not hidden. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    protected Highlight() {
    }

    public Highlight(Episode episode, String shareCode) {
        this.episode = episode;
        this.shareCode = shareCode;
    }

    /**
     * The moment as made now: its range with its words, its listeners and latest save. A retired moment is one again.
     *
     * @return whether any of it changed
     */
    public boolean cover(long startMillis, long endMillis, List<Cue> words, int listeners, Instant savedAt) {
        if (startMillis < 0 || endMillis <= startMillis || listeners < 1) {
            throw new IllegalArgumentException("a moment runs forward from 0 and has listeners: " + startMillis
                    + " to " + endMillis + ", " + listeners);
        }
        boolean changed = this.startMillis != startMillis || this.endMillis != endMillis || this.listeners != listeners
                || !savedAt.equals(this.savedAt) || retiredAt != null;
        this.startMillis = startMillis;
        this.endMillis = endMillis;
        this.listeners = listeners;
        this.savedAt = savedAt;
        this.retiredAt = null;
        List<TranscriptCue> cues = words.stream().flatMap(cue -> TranscriptCue.of(cue).stream()).toList();
        if (!sameCues(cues)) {
            this.excerpt.clear();
            this.excerpt.addAll(cues);
            changed = true;
        }
        return changed;
    }

    /** @return whether the title or a takeaway changed */
    public boolean summarise(String title, List<String> takeaways) {
        String joined = StoredTakeaways.join(takeaways);
        boolean changed = !title.equals(this.title) || !joined.equals(this.takeaways);
        this.title = title;
        this.takeaways = joined;
        return changed;
    }

    /** No longer enough listeners: not shown, its share code kept for when it has them again. */
    public void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    public void hide(String by, Instant at) {
        hiddenBy = by;
        hiddenAt = at;
    }

    public void show() {
        hiddenBy = null;
        hiddenAt = null;
    }

    private boolean sameCues(List<TranscriptCue> cues) {
        if (cues.size() != excerpt.size()) {
            return false;
        }
        for (int i = 0; i < cues.size(); i++) {
            TranscriptCue mine = excerpt.get(i);
            TranscriptCue other = cues.get(i);
            if (mine.getStartMillis() != other.getStartMillis() || mine.getEndMillis() != other.getEndMillis()
                    || !Objects.equals(mine.getSpeaker(), other.getSpeaker()) || !mine.getText().equals(other.getText())) {
                return false;
            }
        }
        return true;
    }

    public Episode getEpisode() {
        return episode;
    }

    public String getShareCode() {
        return shareCode;
    }

    public long getStartMillis() {
        return startMillis;
    }

    public long getEndMillis() {
        return endMillis;
    }

    /** How many listeners saved it. */
    public int getListeners() {
        return listeners;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getTakeaways() {
        return StoredTakeaways.split(takeaways);
    }

    public List<TranscriptCue> getExcerpt() {
        return List.copyOf(excerpt);
    }

    /** The latest time one of its listeners saved it. */
    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** The curator who hid it, while it is hidden. */
    public String getHiddenBy() {
        return hiddenBy;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    /** Whether listeners see it (its episode's visibility aside). */
    public boolean isShown() {
        return retiredAt == null && hiddenAt == null;
    }
}
