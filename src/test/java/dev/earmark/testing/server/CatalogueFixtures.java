package dev.earmark.testing.server;

import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.Slugs;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.highlights.entity.HighlightDue;
import dev.earmark.snips.boundary.NewSnip;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.boundary.EpisodeTranscripts;
import dev.earmark.transcripts.entity.TranscriptOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Test data written straight through JPA, each show with a unique slug so tests never see each other's data. */
@ApplicationScoped
@Transactional
public class CatalogueFixtures {

    private static final String DEMO_TRANSCRIPT = "dev/earmark/demo/audio/54-building-key-transparency-at-whatsapp.vtt";

    @PersistenceContext
    EntityManager em;

    @Inject
    Snips snips;

    @Inject
    EpisodeTranscripts transcripts;

    /** Fixtures change the catalogue as saves do, so pages and caches see them (browsers revalidate). */
    @Inject
    CatalogueRevision revision;

    public Show show(String title) {
        Show show = new Show();
        show.setTitle(title);
        show.setSlug(Slugs.of(title, 60) + "-" + UUID.randomUUID().toString().substring(0, 8));
        show.setAuthor("Test Author");
        show.setLanguage("en");
        show.setCategories(List.of("Technology"));
        em.persist(show);
        revision.bump();
        return show;
    }

    public Optional<Show> findShow(String slug) {
        return em.createNamedQuery(Show.FIND_BY_SLUG, Show.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Show showWithSlug(String slug) {
        Show show = new Show();
        show.setTitle("Test show " + slug);
        show.setSlug(slug);
        em.persist(show);
        em.flush();
        revision.bump();
        return show;
    }

    public Episode episode(Show show, String title, EpisodeStatus status, Instant publishedAt, Chapter... chapters) {
        Episode episode = new Episode(em.find(Show.class, show.getId()), "test-" + UUID.randomUUID());
        episode.setTitle(title);
        episode.setSlug(Slugs.of(title, Episode.SLUG_MAX));
        episode.setStatus(status);
        episode.setPublishedAt(publishedAt);
        episode.setDurationSeconds(2460);
        episode.setDescription("<p>Notes of " + title + "</p>");
        episode.setAudio(new AudioEnclosure("https://media.example/" + episode.getSlug() + ".mp3", "audio/mpeg", 1234L));
        episode.replaceChapters(List.of(chapters));
        em.persist(episode);
        em.flush();
        revision.bump();
        return episode;
    }

    /** Many published episodes at once, a day apart, newest last; returns them in creation order. */
    public List<Episode> publishedEpisodes(Show show, int count, Instant first) {
        return publishedEpisodes(show, 0, count, first);
    }

    /** Episodes number {@code skip + 1} to {@code skip + count}, day {@code skip} after {@code first} on. */
    public List<Episode> publishedEpisodes(Show show, int skip, int count, Instant first) {
        Show managed = em.find(Show.class, show.getId());
        List<Episode> episodes = new ArrayList<>();
        for (int i = skip; i < skip + count; i++) {
            Episode episode = new Episode(managed, "test-" + UUID.randomUUID());
            episode.setTitle("Episode " + (i + 1));
            episode.setSlug("episode-" + (i + 1));
            episode.setNumber(i + 1);
            episode.setStatus(EpisodeStatus.PUBLISHED);
            episode.setPublishedAt(first.plus(Duration.ofDays(i)));
            episode.setDurationSeconds(1800 + i);
            episode.setDescription("<p>Notes of episode " + (i + 1) + "</p>");
            em.persist(episode);
            episodes.add(episode);
        }
        revision.bump();
        return episodes;
    }

    public void snips(Episode episode, int count) {
        for (int i = 0; i < count; i++) {
            snips.earmark("listener-" + i, new NewSnip(episode.getId(), 1000L * i, NewSnip.DEFAULT_LENGTH_MILLIS,
                    "fixture-" + episode.getId() + "-" + i));
        }
    }

    /** Gives the episode a transcript as a curator's upload does; returns the episode with its transcript file. */
    public Episode transcript(Episode episode, String fileName, String content) {
        Episode managed = em.find(Episode.class, episode.getId());
        transcripts.replace(managed, content.getBytes(StandardCharsets.UTF_8), fileName, TranscriptOrigin.UPLOADED);
        revision.bump();
        return managed;
    }

    /**
     * Gives the episode the transcript of a demo conversation: 3:17–3:30 of two voices about key transparency, timed
     * per sentence.
     */
    public Episode demoTranscript(Episode episode) {
        try (InputStream in = CatalogueFixtures.class.getClassLoader().getResourceAsStream(DEMO_TRANSCRIPT)) {
            return transcript(episode, "talk.vtt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Gives the episode a summary and topics as the summaries feature stores them: set on the managed episode (a new
     * version) and the catalogue's revision bumped in the same transaction.
     */
    public Episode summarise(Episode episode, String summary, List<String> topics) {
        Episode managed = em.find(Episode.class, episode.getId());
        managed.setSummary(managed.getSummary().withText(summary, TextSource.EXTRACT, null)
                .withTopics(topics, TextSource.EXTRACT, null));
        revision.bump();
        return managed;
    }

    public Episode reload(Episode episode) {
        return em.find(Episode.class, episode.getId());
    }

    public Episode save(Episode episode) {
        Episode merged = em.merge(episode);
        em.flush();
        revision.bump();
        return merged;
    }

    /** Set on the managed episode: a detached copy's null enclosure did not survive the merge (EclipseLink kept the stored one). */
    public void withoutAudio(Episode episode) {
        em.find(Episode.class, episode.getId()).setAudio(null);
        revision.bump();
    }

    public Show save(Show show) {
        Show merged = em.merge(show);
        em.flush();
        revision.bump();
        return merged;
    }

    /**
     * A snip deleted as a server that stopped right after the commit leaves it: in the database, its episode's
     * highlights noted due (as the deletion's own transaction notes them), and nothing made of it.
     */
    public void deleteSnipUnnoticed(long snipId, Instant at) {
        Snip snip = em.find(Snip.class, snipId);
        em.createNativeQuery("UPDATE snip SET deleted_at = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, snipId)
                .executeUpdate();
        em.persist(new HighlightDue(snip.getEpisode().getId(), at));
    }

    /** A save as another node of a cluster makes it: in the database only, unknown to this node until it looks. */
    public void saveOnAnotherNode(Instant at) {
        em.createNativeQuery("UPDATE catalogue_revision SET revision = revision + 1, changed_at = ?1")
                .setParameter(1, Timestamp.from(at))
                .executeUpdate();
    }

    /**
     * Changes an episode as a save on another node of a cluster does, past this node's JPA and caches: its row and the
     * catalogue's revision, in one transaction.
     */
    public void changeEpisodeOnAnotherNode(long episodeId, String title, EpisodeStatus status, Instant at) {
        em.createNativeQuery("UPDATE episode SET title = ?1, status = ?2, version = version + 1 WHERE id = ?3")
                .setParameter(1, title).setParameter(2, status.name()).setParameter(3, episodeId).executeUpdate();
        saveOnAnotherNode(at);
    }

    /**
     * How many other database sessions are running a statement that starts so, e.g. an insert
     * waiting for a row that this transaction holds (H2's own view; it names no blocker for row locks).
     */
    public long otherSessionsExecuting(String statementStart) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                        + " WHERE SESSION_ID <> SESSION_ID() AND UPPER(EXECUTING_STATEMENT) LIKE ?1")
                .setParameter(1, statementStart.toUpperCase(Locale.ROOT) + "%")
                .getSingleResult()).longValue();
    }

    /** How many rows of an entity there are, e.g. to show that a refused upload stored nothing. */
    public long count(Class<?> entity) {
        return em.createQuery("SELECT COUNT(x) FROM " + entity.getSimpleName() + " x", Long.class).getSingleResult();
    }

    /** How many rows of an entity with an {@code episode} (Chapter, Snip) belong to these episodes. */
    public long countOfEpisodes(Class<?> entity, List<Long> episodeIds) {
        return em.createQuery("SELECT COUNT(x) FROM " + entity.getSimpleName() + " x WHERE x.episode.id IN :ids", Long.class)
                .setParameter("ids", episodeIds)
                .getSingleResult();
    }
}
