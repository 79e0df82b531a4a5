package dev.earmark.player.entity;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Where a signed-in listener stopped in an episode: one row per listener and episode, overwritten as they listen. */
@Entity
@Table(name = "listening_position")
@NamedQuery(name = ListeningPosition.FIND_BY_LISTENER_AND_EPISODE, query = "SELECT p FROM ListeningPosition p "
        + "WHERE p.listener = :listener AND p.episode.id = :episodeId")
public class ListeningPosition extends PersistentEntity {

    public static final String FIND_BY_LISTENER_AND_EPISODE = "ListeningPosition.findByListenerAndEpisode";

    public static final int LISTENER_MAX = 200;
    /** Where a position may lie in an episode whose playing time is not known: two days. */
    public static final long UNKNOWN_DURATION_MAX_MILLIS = 2L * 24 * 60 * 60 * 1000;

    /** The listener's user name as the container's realm knows it. */
    @NotBlank
    @Size(max = LISTENER_MAX)
    @Column(nullable = false, length = LISTENER_MAX)
    private String listener;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false)
    private Episode episode;

    @PositiveOrZero
    @Column(name = "position_ms", nullable = false)
    private long positionMillis;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ListeningPosition() {
    }

    public ListeningPosition(String listener, Episode episode, long positionMillis, Instant at) {
        this.listener = listener;
        this.episode = episode;
        this.positionMillis = positionMillis;
        this.updatedAt = at;
    }

    public void moveTo(long positionMillis, Instant at) {
        this.positionMillis = positionMillis;
        this.updatedAt = at;
    }

    public String getListener() {
        return listener;
    }

    public Episode getEpisode() {
        return episode;
    }

    public long getPositionMillis() {
        return positionMillis;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
