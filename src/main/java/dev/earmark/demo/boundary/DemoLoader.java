package dev.earmark.demo.boundary;

import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.ShowType;
import dev.earmark.demo.control.DemoShow;
import dev.earmark.demo.control.DemoSnips;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.notes.control.ChapterParser;
import dev.earmark.notes.control.TimestampSection;
import dev.earmark.snips.boundary.NewSnip;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.transcripts.boundary.EpisodeTranscripts;
import dev.earmark.transcripts.control.Transcript;
import dev.earmark.transcripts.entity.TranscriptOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Fills an empty catalogue with the demo show: the seed's ten episodes, their audio, transcripts and snips. */
@ApplicationScoped
@Transactional
public class DemoLoader {

    static final String DEMO_SHOW = "meta-tech-podcast.json";
    private static final long DEMO_FILE_LIMIT = 10L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaLibrary media;

    @Inject
    Snips snips;

    @Inject
    EpisodeTranscripts transcripts;

    @Inject
    CatalogueRevision revision;

    @Inject
    Clock clock;

    /** @return whether the demo was loaded (only into a database without any show) */
    public boolean loadIfEmpty() {
        if (em.createNamedQuery(Show.COUNT_ALL, Long.class).getSingleResult() > 0) {
            return false;
        }
        DemoShow demo = DemoShow.read(DEMO_SHOW);
        Show show = show(demo.show());
        em.persist(show);
        demo.episodes().forEach(episode -> episode(show, episode));
        revision.bump();
        return true;
    }

    private Show show(DemoShow.Show demo) {
        Show show = new Show();
        show.setSlug(demo.slug());
        show.setTitle(demo.title());
        show.setAuthor(demo.author());
        show.setOwnerEmail(demo.ownerEmail());
        show.setLanguage(demo.language());
        show.setDescription(demo.description());
        show.setCategories(demo.categories());
        show.setExplicit(demo.explicit());
        show.setType(ShowType.valueOf(demo.type()));
        show.setArtwork(store(demo.artwork(), MediaTypes.IMAGES));
        return show;
    }

    private void episode(Show show, DemoShow.Episode demo) {
        Episode episode = new Episode(show, demo.guid());
        episode.setSlug(demo.slug());
        episode.setTitle(demo.title());
        episode.setSeason(demo.season());
        episode.setNumber(demo.number());
        episode.setEpisodeType(EpisodeType.valueOf(demo.episodeType()));
        episode.setStatus(demo.title().startsWith("ARCHIVE:") ? EpisodeStatus.ARCHIVED : EpisodeStatus.PUBLISHED);
        episode.setPublishedAt(demo.publishedAt());
        episode.setDurationSeconds(demo.durationSeconds());
        episode.setDescription(demo.description());
        episode.setAudioFile(store("audio/" + demo.audio(), MediaTypes.AUDIO));
        List<ChapterMark> chapters = ChapterParser.findInShowNotes(demo.description())
                .map(TimestampSection::chapters)
                .orElse(List.of());
        episode.replaceChapters(chapters.stream()
                .map(mark -> new Chapter(mark.startMillis(), mark.title(), null))
                .toList());
        em.persist(episode);
        String transcript = "audio/" + demo.transcript();
        Transcript spoken = transcripts.replace(episode, bytes(transcript), fileName(transcript),
                TranscriptOrigin.UPLOADED);
        List<Long> taps = DemoSnips.taps(demo.snips(), spoken.cues());
        for (int i = 0; i < taps.size(); i++) {
            NewSnip tap = new NewSnip(episode.getId(), taps.get(i), NewSnip.DEFAULT_LENGTH_MILLIS,
                    "demo-" + episode.getId() + "-" + i);
            snips.earmark(listener(i), tap, demo.publishedAt().plusSeconds(3600L * (i + 1)));
        }
        shareMoments(episode, demo.sharedMoments(), spoken);
    }

    /**
     * Moments several demo listeners saved, shorter snips than the default so that moments next to each other stay
     * apart: the episode's most saved moments, made after the loading commits (highlights.boundary.HighlightsOfSnips).
     */
    private void shareMoments(Episode episode, DemoShow.SharedMoments shared, Transcript spoken) {
        if (shared == null) {
            return;
        }
        Instant savedBefore = clock.instant().minus(Duration.ofDays(shared.daysAgo()));
        List<List<Long>> moments = DemoSnips.sharedTaps(shared.listeners(), spoken.cues());
        for (int moment = 0; moment < moments.size(); moment++) {
            List<Long> taps = moments.get(moment);
            for (int i = 0; i < taps.size(); i++) {
                NewSnip tap = new NewSnip(episode.getId(), taps.get(i), NewSnip.MIN_LENGTH_MILLIS,
                        "demo-" + episode.getId() + "-moment-" + moment + "-" + i);
                snips.earmark(listener(i), tap, savedBefore.minus(Duration.ofHours(moment * 24L + i)));
            }
        }
    }

    private static String listener(int index) {
        return "demo-listener-" + (index + 1);
    }

    private static byte[] bytes(String resource) {
        try (InputStream content = DemoShow.resource(resource)) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private MediaFile store(String resource, Set<String> acceptedTypes) {
        try (InputStream content = DemoShow.resource(resource)) {
            return media.store(content, fileName(resource), DEMO_FILE_LIMIT, acceptedTypes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
