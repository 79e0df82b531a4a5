package dev.earmark.snips.entity;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A moment of an episode that a listener saved ("earmarked"). */
@Entity
@Table(name = "snip")
public class Snip extends PersistentEntity {

    public static final int LISTENER_MAX = 200;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false)
    private Episode episode;

    /** The listener's user name as the container's realm knows it. */
    @NotBlank
    @Size(max = LISTENER_MAX)
    @Column(nullable = false, length = LISTENER_MAX)
    private String listener;

    @PositiveOrZero
    @Column(name = "position_ms", nullable = false)
    private long positionMillis;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Snip() {
    }

    public Snip(Episode episode, String listener, long positionMillis, Instant createdAt) {
        this.episode = episode;
        this.listener = listener;
        this.positionMillis = positionMillis;
        this.createdAt = createdAt;
    }

    public Episode getEpisode() {
        return episode;
    }

    public String getListener() {
        return listener;
    }

    public long getPositionMillis() {
        return positionMillis;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
