package dev.earmark.insights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A show's figures of one day: its distinct listeners across its episodes, plays and downloads. */
@Entity
@Table(name = "show_day")
@NamedQuery(name = ShowDay.DELETE_BY_DAY, query = "DELETE FROM ShowDay d WHERE d.day = :day")
@NamedQuery(name = ShowDay.FIND_BY_SHOW, query = "SELECT d FROM ShowDay d WHERE d.showId = :showId "
        + "AND d.day BETWEEN :from AND :to ORDER BY d.day")
@NamedQuery(name = ShowDay.SUM_BY_SHOW, query = "SELECT s.slug, s.title, SUM(d.plays), SUM(d.downloads) "
        + "FROM ShowDay d, Show s WHERE s.id = d.showId AND d.day BETWEEN :from AND :to GROUP BY s.slug, s.title")
public class ShowDay extends PersistentEntity {

    /** Deletes the rows of :day, which the aggregation then writes again. */
    public static final String DELETE_BY_DAY = "ShowDay.deleteByDay";

    /** A show's days from {@code :from} to {@code :to} (both included) that have figures, in order. */
    public static final String FIND_BY_SHOW = "ShowDay.findByShow";
    /** Rows (slug, title, plays, downloads) of the shows with figures from {@code :from} to {@code :to}. */
    public static final String SUM_BY_SHOW = "ShowDay.sumByShow";

    @NotNull
    @Column(name = "calendar_day", nullable = false)
    private LocalDate day;

    @Column(name = "show_id", nullable = false)
    private long showId;

    @Column(name = "plays", nullable = false)
    private int plays;

    @Column(name = "listeners", nullable = false)
    private int listeners;

    @Column(name = "downloads", nullable = false)
    private int downloads;

    protected ShowDay() {
    }

    public ShowDay(LocalDate day, long showId, int plays, int listeners, int downloads) {
        this.day = day;
        this.showId = showId;
        this.plays = plays;
        this.listeners = listeners;
        this.downloads = downloads;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getShowId() {
        return showId;
    }

    public int getPlays() {
        return plays;
    }

    public int getListeners() {
        return listeners;
    }

    public int getDownloads() {
        return downloads;
    }
}
