package dev.earmark.testing.server;

import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.control.MediaTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;

/** Episodes with stored audio, for transcription jobs; each in a show of its own. */
@ApplicationScoped
@Transactional
public class TranscriptionFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    MediaLibrary media;

    @Inject
    CatalogueRevision revision;

    public Episode episodeWithAudio(String title, InputStream audio, String fileName) {
        Show show = fixtures.show("Transcribed " + title);
        Episode episode = em.find(Episode.class, fixtures.episode(show, title, EpisodeStatus.PUBLISHED,
                Instant.parse("2024-06-01T10:00:00Z")).getId());
        episode.setAudio(null);
        episode.setAudioFile(media.store(audio, fileName, Long.MAX_VALUE, MediaTypes.AUDIO));
        revision.bump();
        return episode;
    }
}
