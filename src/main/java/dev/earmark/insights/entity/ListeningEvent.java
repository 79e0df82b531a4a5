package dev.earmark.insights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** One range of an episode that the player played in one page view, as it reported it (raw, kept for a while). */
@Entity
@Table(name = "listening_event")
@NamedQuery(name = ListeningEvent.FIND_EPISODE_IDS_BY_DAY, query = "SELECT DISTINCT e.episodeId FROM ListeningEvent e "
        + "WHERE e.day = :day")
@NamedQuery(name = ListeningEvent.FIND_RANGES, query = "SELECT e.viewKey, e.clientHash, e.context, e.origin, e.clientClass, "
        + "e.startSecond, e.endSecond FROM ListeningEvent e WHERE e.day = :day AND e.episodeId = :episodeId ORDER BY e.viewKey")
@NamedQuery(name = ListeningEvent.FIND_DAYS_RECEIVED_SINCE, query = "SELECT DISTINCT e.day FROM ListeningEvent e "
        + "WHERE e.receivedAt >= :since")
@NamedQuery(name = ListeningEvent.FIND_IDS_BEFORE, query = "SELECT e.id FROM ListeningEvent e WHERE e.day < :day")
@NamedQuery(name = ListeningEvent.DELETE_BY_IDS, query = "DELETE FROM ListeningEvent e WHERE e.id IN :ids")
@NamedQuery(name = ListeningEvent.COUNT_BY_DAY, query = "SELECT COUNT(l) FROM ListeningEvent l "
        + "WHERE l.day = :day AND l.episodeId = :episode")
public class ListeningEvent extends PersistentEntity {

    /** The episodes played on :day. */
    public static final String FIND_EPISODE_IDS_BY_DAY = "ListeningEvent.findEpisodeIdsByDay";
    /**
     * Rows (view key, client hash, context, origin, client class, start, end) of the episode :episodeId on :day, one
     * page view's after another: what the aggregation reads, without an entity per row.
     */
    public static final String FIND_RANGES = "ListeningEvent.findRanges";
    /** The days of the events received at :since or later, by the index on received_at. */
    public static final String FIND_DAYS_RECEIVED_SINCE = "ListeningEvent.findDaysReceivedSince";
    /** The ids of the events of days before :day: what the retention deletes, a batch at a time. */
    public static final String FIND_IDS_BEFORE = "ListeningEvent.findIdsBefore";
    public static final String DELETE_BY_IDS = "ListeningEvent.deleteByIds";

    /** How many ranges of the episode :episode are stored for the day :day (by the index on day and episode). */
    public static final String COUNT_BY_DAY = "ListeningEvent.countByDay";

    public static final int VIEW_KEY_LENGTH = 32;
    public static final int CLIENT_HASH_LENGTH = 64;
    public static final int ORIGIN_LENGTH = 255;

    @NotNull
    @Column(name = "calendar_day", nullable = false, updatable = false)
    private LocalDate day;

    @NotNull
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "episode_id", nullable = false, updatable = false)
    private long episodeId;

    @NotNull
    @Size(max = VIEW_KEY_LENGTH)
    @Column(name = "view_key", nullable = false, updatable = false, length = VIEW_KEY_LENGTH)
    private String viewKey;

    @NotNull
    @Size(max = CLIENT_HASH_LENGTH)
    @Column(name = "client_hash", nullable = false, updatable = false, length = CLIENT_HASH_LENGTH)
    private String clientHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "context", nullable = false, updatable = false, length = 10)
    private ListeningContext context;

    /** The portal's origin for an embed, "" otherwise. */
    @NotNull
    @Size(max = ORIGIN_LENGTH)
    @Column(name = "origin", nullable = false, updatable = false, length = ORIGIN_LENGTH)
    private String origin;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "client_class", nullable = false, updatable = false, length = 10)
    private ClientClass clientClass;

    @Column(name = "start_second", nullable = false, updatable = false)
    private int startSecond;

    @Column(name = "end_second", nullable = false, updatable = false)
    private int endSecond;

    protected ListeningEvent() {
    }

    public ListeningEvent(LocalDate day, Instant receivedAt, long episodeId, String viewKey, String clientHash,
            ListeningContext context, String origin, ClientClass clientClass, int startSecond, int endSecond) {
        this.day = day;
        this.receivedAt = receivedAt;
        this.episodeId = episodeId;
        this.viewKey = viewKey;
        this.clientHash = clientHash;
        this.context = context;
        this.origin = origin;
        this.clientClass = clientClass;
        this.startSecond = startSecond;
        this.endSecond = endSecond;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public long getEpisodeId() {
        return episodeId;
    }

    public String getViewKey() {
        return viewKey;
    }

    public String getClientHash() {
        return clientHash;
    }

    public ListeningContext getContext() {
        return context;
    }

    public String getOrigin() {
        return origin;
    }

    public ClientClass getClientClass() {
        return clientClass;
    }

    public int getStartSecond() {
        return startSecond;
    }

    public int getEndSecond() {
        return endSecond;
    }
}
