package dev.earmark.insights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An episode's figures of one day, made again from its raw events by each aggregation (see V24). */
@Entity
@Table(name = "episode_day")
@NamedQuery(name = EpisodeDay.DELETE_BY_DAY, query = "DELETE FROM EpisodeDay d WHERE d.day = :day")
public class EpisodeDay extends PersistentEntity {

    /** Deletes the rows of :day, which the aggregation then writes again. */
    public static final String DELETE_BY_DAY = "EpisodeDay.deleteByDay";

    @NotNull
    @Column(name = "calendar_day", nullable = false)
    private LocalDate day;

    @Column(name = "show_id", nullable = false)
    private long showId;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "plays", nullable = false)
    private int plays;

    @Column(name = "listeners", nullable = false)
    private int listeners;

    @Column(name = "listened_seconds", nullable = false)
    private long listenedSeconds;

    @Column(name = "heard_seconds", nullable = false)
    private long heardSeconds;

    @Column(name = "downloads", nullable = false)
    private int downloads;

    protected EpisodeDay() {
    }

    public EpisodeDay(LocalDate day, long showId, long episodeId, int plays, int listeners, long listenedSeconds, long heardSeconds, int downloads) {
        this.day = day;
        this.showId = showId;
        this.episodeId = episodeId;
        this.plays = plays;
        this.listeners = listeners;
        this.listenedSeconds = listenedSeconds;
        this.heardSeconds = heardSeconds;
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

    public int getPlays() {
        return plays;
    }

    public int getListeners() {
        return listeners;
    }

    public long getListenedSeconds() {
        return listenedSeconds;
    }

    public long getHeardSeconds() {
        return heardSeconds;
    }

    public int getDownloads() {
        return downloads;
    }
}
