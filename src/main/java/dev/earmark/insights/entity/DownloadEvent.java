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

/** One request of an episode's audio by a podcast app or a direct link: the bytes served (raw, kept for a while). */
@Entity
@Table(name = "download_event")
@NamedQuery(name = DownloadEvent.FIND_EPISODE_IDS_BY_DAY, query = "SELECT DISTINCT d.episodeId FROM DownloadEvent d "
        + "WHERE d.day = :day")
@NamedQuery(name = DownloadEvent.FIND_REQUESTS, query = "SELECT d.clientHash, d.app, d.clientClass, d.firstByte, d.byteCount "
        + "FROM DownloadEvent d WHERE d.day = :day AND d.episodeId = :episodeId ORDER BY d.clientHash")
@NamedQuery(name = DownloadEvent.FIND_DAYS_RECEIVED_SINCE, query = "SELECT DISTINCT d.day FROM DownloadEvent d "
        + "WHERE d.receivedAt >= :since")
@NamedQuery(name = DownloadEvent.FIND_IDS_BEFORE, query = "SELECT d.id FROM DownloadEvent d WHERE d.day < :day")
@NamedQuery(name = DownloadEvent.DELETE_BY_IDS, query = "DELETE FROM DownloadEvent d WHERE d.id IN :ids")
@NamedQuery(name = DownloadEvent.COUNT_BY_DAY, query = "SELECT COUNT(d) FROM DownloadEvent d "
        + "WHERE d.day = :day AND d.episodeId = :episode")
public class DownloadEvent extends PersistentEntity {

    /** The episodes whose audio was requested on :day. */
    public static final String FIND_EPISODE_IDS_BY_DAY = "DownloadEvent.findEpisodeIdsByDay";
    /**
     * Rows (client hash, app, client class, first byte, byte count) of the episode :episodeId on :day, one client's
     * after another: what the aggregation reads, without an entity per row.
     */
    public static final String FIND_REQUESTS = "DownloadEvent.findRequests";
    /** The days of the events received at :since or later, by the index on received_at. */
    public static final String FIND_DAYS_RECEIVED_SINCE = "DownloadEvent.findDaysReceivedSince";
    /** The ids of the events of days before :day: what the retention deletes, a batch at a time. */
    public static final String FIND_IDS_BEFORE = "DownloadEvent.findIdsBefore";
    public static final String DELETE_BY_IDS = "DownloadEvent.deleteByIds";

    /** How many requests of the episode :episode are stored for the day :day (by the index on day and episode). */
    public static final String COUNT_BY_DAY = "DownloadEvent.countByDay";

    public static final int APP_LENGTH = 64;

    @NotNull
    @Column(name = "calendar_day", nullable = false, updatable = false)
    private LocalDate day;

    @NotNull
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "episode_id", nullable = false, updatable = false)
    private long episodeId;

    @NotNull
    @Size(max = ListeningEvent.CLIENT_HASH_LENGTH)
    @Column(name = "client_hash", nullable = false, updatable = false, length = ListeningEvent.CLIENT_HASH_LENGTH)
    private String clientHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "client_class", nullable = false, updatable = false, length = 10)
    private ClientClass clientClass;

    /** The podcast app as the list of user agents names it, "" when none. */
    @NotNull
    @Size(max = APP_LENGTH)
    @Column(name = "app", nullable = false, updatable = false, length = APP_LENGTH)
    private String app;

    @Column(name = "first_byte", nullable = false, updatable = false)
    private long firstByte;

    @Column(name = "byte_count", nullable = false, updatable = false)
    private long byteCount;

    protected DownloadEvent() {
    }

    public DownloadEvent(LocalDate day, Instant receivedAt, long episodeId, String clientHash, ClientClass clientClass,
            String app, long firstByte, long byteCount) {
        this.day = day;
        this.receivedAt = receivedAt;
        this.episodeId = episodeId;
        this.clientHash = clientHash;
        this.clientClass = clientClass;
        this.app = app;
        this.firstByte = firstByte;
        this.byteCount = byteCount;
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

    public String getClientHash() {
        return clientHash;
    }

    public ClientClass getClientClass() {
        return clientClass;
    }

    public String getApp() {
        return app;
    }

    public long getFirstByte() {
        return firstByte;
    }

    public long getByteCount() {
        return byteCount;
    }
}
