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
@NamedQuery(name = EpisodeDay.FIND_BY_EPISODE, query = "SELECT d FROM EpisodeDay d WHERE d.showId = :showId "
        + "AND d.episodeId = :episodeId AND d.day BETWEEN :from AND :to ORDER BY d.day")
@NamedQuery(name = EpisodeDay.SUM_BY_EPISODE, query = "SELECT d.episodeId, e.title, e.durationSeconds, SUM(d.plays), "
        + "SUM(d.listeners), SUM(d.listenedSeconds), SUM(d.heardSeconds), SUM(d.downloads) FROM EpisodeDay d, Episode e "
        + "WHERE e.id = d.episodeId AND d.showId = :showId AND (:episodeId = 0 OR d.episodeId = :episodeId) "
        + "AND d.day BETWEEN :from AND :to GROUP BY d.episodeId, e.title, e.durationSeconds")
public class EpisodeDay extends PersistentEntity {

    /** Deletes the rows of :day, which the aggregation then writes again. */
    public static final String DELETE_BY_DAY = "EpisodeDay.deleteByDay";

    /** An episode's days from {@code :from} to {@code :to} (both included) that have figures, in order. */
    public static final String FIND_BY_EPISODE = "EpisodeDay.findByEpisode";
    /**
     * Rows (episode id, title, duration, plays, listeners, listened seconds, heard seconds, downloads) summed from
     * {@code :from} to {@code :to}, of the show {@code :showId}'s episodes with figures, or only of {@code :episodeId}
     * (0: every episode). The show's id comes first in every condition: its index reads the show's days alone.
     */
    public static final String SUM_BY_EPISODE = "EpisodeDay.sumByEpisode";

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
