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

/** An episode's plays of one day in one context, origin and client class. */
@Entity
@Table(name = "listening_day")
@NamedQuery(name = ListeningDay.DELETE_BY_DAY, query = "DELETE FROM ListeningDay d WHERE d.day = :day")
@NamedQuery(name = ListeningDay.SUM_BY_PLACE, query = "SELECT l.context, l.origin, SUM(l.plays) FROM ListeningDay l "
        + "WHERE " + ListeningDay.OF_SHOW_OR_EPISODE + " GROUP BY l.context, l.origin")
@NamedQuery(name = ListeningDay.SUM_BY_CLIENT_CLASS, query = "SELECT l.clientClass, SUM(l.plays) FROM ListeningDay l "
        + "WHERE " + ListeningDay.OF_SHOW_OR_EPISODE + " GROUP BY l.clientClass")
public class ListeningDay extends PersistentEntity {

    /** Deletes the rows of :day, which the aggregation then writes again. */
    public static final String DELETE_BY_DAY = "ListeningDay.deleteByDay";

    /** Rows (context, origin, plays) from {@code :from} to {@code :to} of {@code :showId}, or only its {@code :episodeId} (0: all). */
    public static final String SUM_BY_PLACE = "ListeningDay.sumByPlace";
    /** Rows (client class, plays), chosen as {@link #SUM_BY_PLACE}'s. */
    public static final String SUM_BY_CLIENT_CLASS = "ListeningDay.sumByClientClass";

    static final String OF_SHOW_OR_EPISODE = "l.showId = :showId AND (:episodeId = 0 OR l.episodeId = :episodeId) "
            + "AND l.day BETWEEN :from AND :to";

    @NotNull
    @Column(name = "calendar_day", nullable = false)
    private LocalDate day;

    @Column(name = "show_id", nullable = false)
    private long showId;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "context", nullable = false, length = 10)
    private ListeningContext context;

    @NotNull
    @Size(max = ListeningEvent.ORIGIN_LENGTH)
    @Column(name = "origin", nullable = false, length = ListeningEvent.ORIGIN_LENGTH)
    private String origin;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "client_class", nullable = false, length = 10)
    private ClientClass clientClass;

    @Column(name = "plays", nullable = false)
    private int plays;

    @Column(name = "listened_seconds", nullable = false)
    private long listenedSeconds;

    @Column(name = "heard_seconds", nullable = false)
    private long heardSeconds;

    protected ListeningDay() {
    }

    public ListeningDay(LocalDate day, long showId, long episodeId, ListeningContext context, String origin, ClientClass clientClass, int plays, long listenedSeconds, long heardSeconds) {
        this.day = day;
        this.showId = showId;
        this.episodeId = episodeId;
        this.context = context;
        this.origin = origin;
        this.clientClass = clientClass;
        this.plays = plays;
        this.listenedSeconds = listenedSeconds;
        this.heardSeconds = heardSeconds;
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

    public ListeningContext getContext() {
        return context;
    }

    public String getOrigin() {
        return origin;
    }

    public ClientClass getClientClass() {
        return clientClass;
    }

    public int getPlays() {
        return plays;
    }

    public long getListenedSeconds() {
        return listenedSeconds;
    }

    public long getHeardSeconds() {
        return heardSeconds;
    }
}
