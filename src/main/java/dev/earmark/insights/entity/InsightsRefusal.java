package dev.earmark.insights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** How many events of an episode's day were refused because the day reached the cap. */
@Entity
@Table(name = "insights_refusal")
public class InsightsRefusal extends PersistentEntity {

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
