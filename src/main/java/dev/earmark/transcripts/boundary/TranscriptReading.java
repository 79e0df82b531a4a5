package dev.earmark.transcripts.boundary;

import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.transcripts.control.Transcripts;
import dev.earmark.transcripts.entity.EpisodeTranscript;
import dev.earmark.transcripts.entity.TranscriptOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

/** Reads into cues the transcript files stored before transcripts had cues, one episode per transaction. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class TranscriptReading {

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaLibrary media;

    @Inject
    Clock clock;

    @Inject
    CatalogueRevision revision;

    @Inject
    Event<TranscriptChanged> changed;

    public List<Long> episodesToRead() {
        return em.createNamedQuery(EpisodeTranscript.FIND_EPISODES_TO_READ, Long.class).getResultList();
    }

    /**
     * Reads the episode's transcript file, unless another server did so first.
     *
     * @throws dev.earmark.transcripts.control.TranscriptException when the file is no transcript (any more)
     */
    public void read(long episodeId) {
        Episode episode = em.find(Episode.class, episodeId);
        MediaFile file = episode == null ? null : episode.getTranscript();
        if (file == null || !em.createNamedQuery(EpisodeTranscript.FIND_BY_EPISODE, EpisodeTranscript.class)
                .setParameter("episodeId", episodeId).getResultList().isEmpty()) {
            return;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(media.pathOf(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        em.persist(new EpisodeTranscript(episode, Transcripts.read(content, file.getFileName()),
                TranscriptOrigin.UPLOADED, clock.instant()));
        // As a curator's upload does: a new version tells every server's search index that the episode changed.
        em.lock(episode, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        changed.fire(new TranscriptChanged(episodeId));
        revision.bump();
    }
}
