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
import java.time.LocalDate;

/** An episode's downloads of one day by one podcast app ("" for none known) and client class. */
@Entity
@Table(name = "download_day")
@NamedQuery(name = DownloadDay.DELETE_BY_DAY, query = "DELETE FROM DownloadDay d WHERE d.day = :day")
@NamedQuery(name = DownloadDay.SUM_BY_APP, query = "SELECT d.app, SUM(d.downloads) FROM DownloadDay d "
        + "WHERE " + DownloadDay.OF_SHOW_OR_EPISODE + " GROUP BY d.app")
@NamedQuery(name = DownloadDay.SUM_BY_CLIENT_CLASS, query = "SELECT d.clientClass, SUM(d.downloads) FROM DownloadDay d "
        + "WHERE " + DownloadDay.OF_SHOW_OR_EPISODE + " GROUP BY d.clientClass")
public class DownloadDay extends PersistentEntity {

    /** Deletes the rows of :day, which the aggregation then writes again. */
    public static final String DELETE_BY_DAY = "DownloadDay.deleteByDay";

    /** Rows (app, downloads) from {@code :from} to {@code :to} of {@code :showId}, or only its {@code :episodeId} (0: all). */
    public static final String SUM_BY_APP = "DownloadDay.sumByApp";
    /** Rows (client class, downloads), chosen as {@link #SUM_BY_APP}'s. */
    public static final String SUM_BY_CLIENT_CLASS = "DownloadDay.sumByClientClass";

    static final String OF_SHOW_OR_EPISODE = "d.showId = :showId AND (:episodeId = 0 OR d.episodeId = :episodeId) "
            + "AND d.day BETWEEN :from AND :to";

    @NotNull
    @Column(name = "calendar_day", nullable = false)
    private LocalDate day;

    @Column(name = "show_id", nullable = false)
    private long showId;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @NotNull
    @Size(max = DownloadEvent.APP_LENGTH)
    @Column(name = "app", nullable = false, length = DownloadEvent.APP_LENGTH)
    private String app;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "client_class", nullable = false, length = 10)
    private ClientClass clientClass;

    @Column(name = "downloads", nullable = false)
    private int downloads;

    protected DownloadDay() {
    }

    public DownloadDay(LocalDate day, long showId, long episodeId, String app, ClientClass clientClass, int downloads) {
        this.day = day;
        this.showId = showId;
        this.episodeId = episodeId;
        this.app = app;
        this.clientClass = clientClass;
        this.downloads = downloads;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getShowId() {
        return showId;
    }

    public long getEpisodeId() {
        return episodeId;
    }

    public String getApp() {
        return app;
    }

    public ClientClass getClientClass() {
        return clientClass;
    }

    public int getDownloads() {
        return downloads;
    }
}
