package dev.earmark.transcripts.entity;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.entity.PersistentEntity;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.control.Transcript;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An episode's transcript as Earmark reads it, whatever format it came in: cues with their times, speakers and
 * plain text, which the player, the episode page, search and snips all read. The file as it came stays the episode's
 * {@link Episode#getTranscript() transcript file}. Not in the shared cache: deleting an episode deletes its
 * transcript in the database ({@code ON DELETE CASCADE}), past the cache.
 */
@Entity
@Table(name = "transcript")
@Cacheable(false)
@NamedQuery(name = EpisodeTranscript.FIND_BY_EPISODE, query = "SELECT t FROM EpisodeTranscript t "
        + "WHERE t.episode.id = :episodeId")
@NamedQuery(name = EpisodeTranscript.FIND_VISIBLE_BY_EPISODE, query = "SELECT t FROM EpisodeTranscript t "
        + "JOIN t.episode e WHERE e.id = :episodeId AND " + Episode.VISIBLE)
@NamedQuery(name = EpisodeTranscript.FIND_EPISODES_TO_READ, query = "SELECT e.id FROM Episode e "
        + "WHERE e.transcript IS NOT NULL AND NOT EXISTS (SELECT t FROM EpisodeTranscript t WHERE t.episode = e) "
        + "ORDER BY e.id")
@NamedQuery(name = EpisodeTranscript.STATISTICS, query = "SELECT COUNT(t), SUM(t.version), MAX(t.id) FROM EpisodeTranscript t")
@NamedQuery(name = EpisodeTranscript.FIND_IDS_WITH_LANGUAGE, query = "SELECT t.id, s.language FROM EpisodeTranscript t "
        + "JOIN t.episode e JOIN e.show s ORDER BY t.id")
public class EpisodeTranscript extends PersistentEntity {

    public static final String FIND_BY_EPISODE = "EpisodeTranscript.findByEpisode";
    /** The transcript of an episode listeners may see; parameters {@code episodeId} and {@code now}. */
    public static final String FIND_VISIBLE_BY_EPISODE = "EpisodeTranscript.findVisibleByEpisode";
    /** Episodes with a transcript file whose cues were never read: those stored before transcripts had cues. */
    public static final String FIND_EPISODES_TO_READ = "EpisodeTranscript.findEpisodesToRead";
    /**
     * How many transcripts there are, the sum of their versions and the highest id: a new, replaced or removed
     * transcript changes it, so what is made of all transcripts can tell when to be made again.
     */
    public static final String STATISTICS = "EpisodeTranscript.statistics";
    /** Rows (transcript id, its show's language), by id. */
    public static final String FIND_IDS_WITH_LANGUAGE = "EpisodeTranscript.findIdsWithLanguage";

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, unique = true, updatable = false)
    private Episode episode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 20)
    private TranscriptFormat format;

    @Column(name = "timed", nullable = false)
    private boolean timed;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 20)
    private TranscriptOrigin origin;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Valid
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "transcript_cue", joinColumns = @JoinColumn(name = "transcript_id"))
    @OrderColumn(name = "position", nullable = false)
    private List<TranscriptCue> cues = new ArrayList<>();

    protected EpisodeTranscript() {
    }

    public EpisodeTranscript(Episode episode, Transcript transcript, TranscriptOrigin origin, Instant createdAt) {
        this.episode = episode;
        replaceWith(transcript, origin, createdAt);
    }

    /** Takes another reading of the episode's transcript in place of this one. */
    public void replaceWith(Transcript transcript, TranscriptOrigin newOrigin, Instant replacedAt) {
        this.format = transcript.format();
        this.timed = transcript.timed();
        this.origin = newOrigin;
        this.createdAt = replacedAt;
        cues.clear();
        transcript.cues().forEach(cue -> cues.addAll(TranscriptCue.of(cue)));
    }

    /** The cues in the model that everything else reads. */
    public Transcript toTranscript() {
        List<Cue> read = new ArrayList<>(cues.size());
        cues.forEach(cue -> read.add(cue.toCue()));
        return new Transcript(read, timed, format);
    }

    public Episode getEpisode() {
        return episode;
    }

    public TranscriptFormat getFormat() {
        return format;
    }

    public TranscriptOrigin getOrigin() {
        return origin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
