package dev.earmark.transcripts.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.transcripts.control.Transcript;
import dev.earmark.transcripts.control.Transcripts;
import dev.earmark.transcripts.entity.EpisodeTranscript;
import dev.earmark.transcripts.entity.TranscriptFormat;
import dev.earmark.transcripts.entity.TranscriptOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Optional;

/**
 * Episodes' transcripts: the file as it came, kept for download, and its cues, which the player, the episode page,
 * search and snips read. Changes join the caller's transaction (a curator's save, a finished transcription job),
 * whose last step bumps the catalogue's revision.
 */
@ApplicationScoped
@Transactional
public class EpisodeTranscripts {

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaLibrary media;

    @Inject
    Clock clock;

    @Inject
    Event<TranscriptChanged> changed;

    /** The transcript of an episode listeners may see. */
    public Optional<Transcript> findForListeners(long episodeId) {
        return findPublic(episodeId).map(PublicTranscript::transcript);
    }

    /** The transcript of an episode listeners may see, with the file as it came. */
    public Optional<PublicTranscript> findPublic(long episodeId) {
        return em.createNamedQuery(EpisodeTranscript.FIND_VISIBLE_BY_EPISODE, EpisodeTranscript.class)
                .setParameter("episodeId", episodeId)
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst()
                .map(stored -> new PublicTranscript(episodeId, stored.toTranscript(),
                        stored.getEpisode().getTranscript()));
    }

    public PublicTranscript getPublic(long episodeId) {
        return findPublic(episodeId).orElseThrow(() -> new TranscriptNotFoundException(episodeId));
    }

    /** The transcript of any episode, whatever its status. */
    public Optional<EpisodeTranscript> findByEpisode(long episodeId) {
        return em.createNamedQuery(EpisodeTranscript.FIND_BY_EPISODE, EpisodeTranscript.class)
                .setParameter("episodeId", episodeId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Reads a transcript file and makes it the episode's, in place of any it had: the file is kept as it came, its
     * cues are stored for everything else to read.
     *
     * @param fileName the file's name, also a hint to its format (see {@link Transcripts#read}); may be null
     * @throws dev.earmark.transcripts.control.TranscriptException when the file is no transcript; nothing is stored
     */
    @Transactional(TxType.MANDATORY)
    public Transcript replace(Episode episode, byte[] original, String fileName, TranscriptOrigin origin) {
        Transcript transcript = Transcripts.read(original, fileName);
        TranscriptFormat format = transcript.format();
        MediaFile file = media.storeChecked(original, nameOf(fileName, format), format.mediaType() + "; charset=utf-8");
        Optional<EpisodeTranscript> existing = findByEpisode(episode.getId());
        existing.ifPresentOrElse(stored -> stored.replaceWith(transcript, origin, clock.instant()),
                () -> em.persist(new EpisodeTranscript(episode, transcript, origin, clock.instant())));
        replaceFile(episode, file);
        changed.fire(new TranscriptChanged(episode.getId()));
        return transcript;
    }

    /** Removes the episode's transcript, the file as it came included; nothing happens to one without. */
    @Transactional(TxType.MANDATORY)
    public void remove(Episode episode) {
        Optional<EpisodeTranscript> existing = findByEpisode(episode.getId());
        if (existing.isEmpty() && episode.getTranscript() == null) {
            return;
        }
        existing.ifPresent(em::remove);
        replaceFile(episode, null);
        changed.fire(new TranscriptChanged(episode.getId()));
    }

    /** The episode must stop pointing at a file before the file's row can go. */
    private void replaceFile(Episode episode, MediaFile file) {
        MediaFile replaced = episode.getTranscript();
        episode.setTranscript(file);
        if (replaced != null) {
            em.flush();
            media.delete(replaced);
        }
    }

    private static String nameOf(String fileName, TranscriptFormat format) {
        return fileName == null || fileName.isBlank() ? "transcript" + format.extension() : fileName;
    }
}
