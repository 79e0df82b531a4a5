package dev.earmark.insights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** How many events of an episode's day were refused because the day reached the cap. */
@Entity
@Table(name = "insights_refusal")
@NamedQuery(name = InsightsRefusal.ADD, query = "UPDATE InsightsRefusal r SET r.refused = r.refused + :refused, "
        + "r.version = r.version WHERE r.day = :day AND r.episodeId = :episode")
@NamedQuery(name = InsightsRefusal.SUM_BY_DAY, query = "SELECT r.day, SUM(r.refused) FROM InsightsRefusal r, Episode e "
        + "WHERE e.id = r.episodeId AND e.show.id = :showId AND (:episodeId = 0 OR r.episodeId = :episodeId) "
        + "AND r.day BETWEEN :from AND :to GROUP BY r.day ORDER BY r.day")
public class InsightsRefusal extends PersistentEntity {

    /**
     * Adds :refused to the count of the episode :episode's day :day, if it has a row yet; in one statement, so that two
     * servers adding at once both count. The version stays (EclipseLink would raise it): no one edits these rows.
     */
    public static final String ADD = "InsightsRefusal.add";

    /**
     * Rows (day, refused events) from {@code :from} to {@code :to} of the show {@code :showId}'s episodes, or only of
     * {@code :episodeId} (0: all): the days whose figures are incomplete.
     */
    public static final String SUM_BY_DAY = "InsightsRefusal.sumByDay";

    @NotNull
    @Column(name = "calendar_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "episode_id", nullable = false, updatable = false)
    private long episodeId;

    @Column(name = "refused", nullable = false)
    private long refused;

    protected InsightsRefusal() {
    }

    public InsightsRefusal(LocalDate day, long episodeId, long refused) {
        this.day = day;
        this.episodeId = episodeId;
        this.refused = refused;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getEpisodeId() {
        return episodeId;
    }

    public long getRefused() {
        return refused;
    }
}
