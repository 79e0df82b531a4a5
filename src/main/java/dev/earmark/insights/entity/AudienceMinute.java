package dev.earmark.insights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** How many of an episode's plays of one day heard some of one minute of it: a point of the drop-off curve. */
@Entity
@Table(name = "audience_minute")
@NamedQuery(name = AudienceMinute.DELETE_BY_DAY, query = "DELETE FROM AudienceMinute d WHERE d.day = :day")
@NamedQuery(name = AudienceMinute.SUM_BY_MINUTE, query = "SELECT a.minute, SUM(a.listeners) FROM AudienceMinute a "
        + "WHERE a.episodeId = :episodeId AND a.day BETWEEN :from AND :to GROUP BY a.minute")
public class AudienceMinute extends PersistentEntity {

    /** Deletes the rows of :day, which the aggregation then writes again. */
    public static final String DELETE_BY_DAY = "AudienceMinute.deleteByDay";

    /** Rows (minute, plays that heard some of it) of {@code :episodeId} summed from {@code :from} to {@code :to}. */
    public static final String SUM_BY_MINUTE = "AudienceMinute.sumByMinute";

    @NotNull
    @Column(name = "calendar_day", nullable = false)
    private LocalDate day;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "episode_minute", nullable = false)
    private int minute;

    @Column(name = "listeners", nullable = false)
    private int listeners;

    protected AudienceMinute() {
    }

    public AudienceMinute(LocalDate day, long episodeId, int minute, int listeners) {
        this.day = day;
        this.episodeId = episodeId;
        this.minute = minute;
        this.listeners = listeners;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getEpisodeId() {
        return episodeId;
    }

    public int getMinute() {
        return minute;
    }

    public int getListeners() {
        return listeners;
    }
}
