package dev.earmark.testing.server;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.insights.boundary.AggregationLeases;
import dev.earmark.insights.boundary.AggregationRuns;
import dev.earmark.insights.boundary.ListeningAggregation;
import dev.earmark.insights.control.DayFigures;
import dev.earmark.insights.entity.ClientClass;
import dev.earmark.insights.entity.DownloadEvent;
import dev.earmark.insights.entity.ListeningContext;
import dev.earmark.insights.entity.ListeningEvent;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.entity.MediaFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/** Raw listening and download events as the recorder stores them, and episodes with stored audio of a known size. */
@ApplicationScoped
@Transactional
public class InsightsFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    MediaLibrary library;

    @Inject
    Clock clock;

    @Inject
    AggregationLeases leases;

    @Inject
    AggregationRuns runs;

    @Inject
    ListeningAggregation aggregation;

    /** A published episode of the show whose audio is a stored file of {@code fileBytes}, playing for the duration. */
    public Episode episodeWithAudio(Show show, String title, int durationSeconds, int fileBytes) {
        byte[] content = SampleAudio.opusLooking(fileBytes);
        MediaFile audio = library.store(new ByteArrayInputStream(content), title + ".opus", fileBytes, MediaTypes.AUDIO);
        Episode episode = fixtures.episode(show, title, EpisodeStatus.PUBLISHED, clock.instant().minus(Duration.ofDays(1)));
        episode.setDurationSeconds(durationSeconds);
        episode.setAudioFile(audio);
        return fixtures.save(episode);
    }

    /**
     * Aggregates the day under the lease, as a run of the timer would (the timer runs meanwhile on the same server):
     * outside this bean's transaction, as the lease's changes and the day's aggregation are transactions of their own.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DayFigures aggregated(LocalDate day) {
        String claim = UUID.randomUUID().toString();
        Eventually.await("the aggregation's lease", runs.ended(), () -> leases.claim(claim) ? true : null);
        try {
            return aggregation.aggregate(day);
        } finally {
            leases.release(claim);
        }
    }

    /** A range the player reported of the episode in the page view, received now. */
    public void listened(LocalDate day, Episode episode, String view, String client, ListeningContext context,
            String origin, ClientClass clientClass, int start, int end) {
        em.persist(new ListeningEvent(day, clock.instant(), episode.getId(), view, client, context, origin, clientClass,
                start, end));
    }

    /** A request of the episode's audio by a podcast app or a direct link, received now. */
    public void downloaded(LocalDate day, Episode episode, String client, String app, ClientClass clientClass,
            long firstByte, long byteCount) {
        em.persist(new DownloadEvent(day, clock.instant(), episode.getId(), client, clientClass, app, firstByte,
                byteCount));
    }
}
