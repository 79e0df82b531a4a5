package dev.earmark.highlights.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A change of an episode's snips or transcript whose moments are not made yet: written in the change's own
 * transaction, deleted by the making of the episode's moments that read it (so a failed one is tried again).
 */
@Entity
@Table(name = "highlight_due")
@NamedQuery(name = HighlightDue.FIND_IDS_BY_EPISODE, query = "SELECT d.id FROM HighlightDue d "
        + "WHERE d.episodeId = :episodeId")
@NamedQuery(name = HighlightDue.DELETE_BY_IDS, query = "DELETE FROM HighlightDue d WHERE d.id IN :ids")
@NamedQuery(name = HighlightDue.FIND_EPISODES, query = "SELECT DISTINCT d.episodeId FROM HighlightDue d "
        + "WHERE d.dueAt < :before ORDER BY d.episodeId")
public class HighlightDue extends PersistentEntity {

    /** The changes of the episode {@code :episodeId} not made yet. */
    public static final String FIND_IDS_BY_EPISODE = "HighlightDue.findIdsByEpisode";
    /** Those {@code :ids} made. */
    public static final String DELETE_BY_IDS = "HighlightDue.deleteByIds";
    /** The episodes with changes not made since before {@code :before}. */
    public static final String FIND_EPISODES = "HighlightDue.findEpisodes";

    @Column(name = "episode_id", nullable = false, updatable = false)
    private long episodeId;

    @NotNull
    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    protected HighlightDue() {
    }

    public HighlightDue(long episodeId, Instant dueAt) {
        this.episodeId = episodeId;
        this.dueAt = dueAt;
    }
}
