package dev.earmark.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.DerivedNotes;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeSummary;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.StoredRevision;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.exports.control.ExportFailure;
import dev.earmark.exports.entity.ExportService;
import dev.earmark.exports.entity.NotionPage;
import dev.earmark.exports.entity.SentSnip;
import dev.earmark.exports.entity.ServiceConnection;
import dev.earmark.insights.entity.AudienceMinute;
import dev.earmark.insights.entity.ClientClass;
import dev.earmark.insights.entity.DownloadDay;
import dev.earmark.insights.entity.EpisodeDay;
import dev.earmark.insights.entity.InsightsRefusal;
import dev.earmark.insights.entity.ListeningContext;
import dev.earmark.insights.entity.ListeningDay;
import dev.earmark.insights.entity.ShowDay;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.ShareCodes;
import dev.earmark.player.entity.ListeningPosition;
import dev.earmark.snips.entity.Snip;
import dev.earmark.testing.PostgresServer;
import dev.earmark.transcripts.entity.EpisodeTranscript;
import dev.earmark.transcripts.entity.JobTask;
import dev.earmark.transcripts.entity.TranscriptionJob;
import dev.earmark.transcripts.entity.TranscriptionStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Persistence;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production database: the same migrations on a real PostgreSQL, then the entities and
 * every named query of the persistence unit against the schema they made.
 */
class PostgresMigrationIT {

    private static PostgresServer postgres;
    private static int appliedAtFirstRun;

    @BeforeAll
    static void migrate() {
        postgres = PostgresServer.start();
        appliedAtFirstRun = flyway().migrate().migrationsExecuted;
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void migrationsApplyOnceAndValidate() {
        assertTrue(appliedAtFirstRun >= 1, "migrations applied: " + appliedAtFirstRun);
        assertEquals(0, flyway().migrate().migrationsExecuted, "a second run has nothing to do");
        flyway().validate();
    }

    /** The readiness check's query (Health) finds the version Flyway brought the schema to, as it does on H2 (HealthIT). */
    @Test
    void theHealthCheckReadsTheNewestMigration() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, "");
                PreparedStatement latest = connection.prepareStatement(Health.LATEST_MIGRATION);
                ResultSet row = latest.executeQuery()) {
            assertTrue(row.next());
            assertEquals(flyway().info().current().getVersion().getVersion(), row.getString(1));
        }
    }

    @Test
    void entitiesAndNamedQueriesWorkOnTheMigratedSchema() {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("earmark", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", postgres.jdbcUrl(),
                "jakarta.persistence.jdbc.user", PostgresServer.USER,
                "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.validation.mode", "NONE",
                "eclipselink.target-server", "None"));
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            Show show = new Show();
            show.setSlug("postgres-show");
            show.setTitle("On PostgreSQL");
            show.setCategories(List.of("Technology", "Databases"));
            em.persist(show);
            Episode episode = new Episode(show, "pg-guid-1");
            episode.setSlug("first");
            episode.setTitle("First");
            episode.setStatus(EpisodeStatus.PUBLISHED);
            episode.setPublishedAt(Instant.parse("2024-02-16T10:00:00Z"));
            episode.setAudio(new AudioEnclosure("https://media.example/first.mp3", "audio/mpeg", 1L));
            // Escaped, the quotes make sanitised notes five times as long as the longest notes an episode keeps.
            episode.setDescription("\"".repeat(Episode.DESCRIPTION_MAX));
            episode.replaceChapters(List.of(new Chapter(6_000, "Intro", null)));
            episode.setSummary(EpisodeSummary.NONE.withText("What it is about.", TextSource.CURATOR, null)
                    .withTopics(List.of("first topic", "second"), TextSource.MODEL, "pg-llm"));
            show.setAcceptSummaries(true);
            MediaFile audio = new MediaFile("pg-key-1", "first.opus", "audio/ogg", 1L, "0".repeat(64), Instant.now());
            em.persist(audio);
            episode.setAudioFile(audio);
            em.persist(episode);
            Snip snip = new Snip(episode, "ada", "request-1", Instant.now(), ShareCodes.next());
            snip.cover(1_000, 7_000, List.of());
            snip.annotate("", "", Set.of("pg_tag"));
            em.persist(snip);
            em.persist(new ListeningPosition("ada", episode, 7_000, Instant.now()));
            em.persist(new AuditEntry(Instant.now(), "admin", AuditAction.CREATED, AuditSubject.SHOW, show.getId(), "On PostgreSQL"));
            em.getTransaction().commit();
            em.clear();

            Instant now = Instant.now();
            assertEquals(1, em.createNamedQuery(Show.FIND_BY_SLUG, Show.class)
                    .setParameter("slug", "postgres-show").getResultList().size());
            assertEquals(List.of("Technology", "Databases"), em.createNamedQuery(Show.FIND_BY_SLUG, Show.class)
                    .setParameter("slug", "postgres-show").getSingleResult().getCategories());
            assertEquals(1L, em.createNamedQuery(Episode.COUNT_VISIBLE_BY_SHOW, Long.class)
                    .setParameter("show", show).setParameter("now", now).getSingleResult());
            assertEquals(1, em.createNamedQuery(Episode.FIND_VISIBLE_IDS_BY_SHOW, Long.class)
                    .setParameter("show", show).setParameter("now", now).getResultList().size());
            Episode found = em.createNamedQuery(Episode.FIND_VISIBLE_BY_SLUGS, Episode.class)
                    .setParameter("showSlug", "postgres-show").setParameter("slug", "first")
                    .setParameter("now", now).getSingleResult();
            assertEquals(Instant.parse("2024-02-16T10:00:00Z"), found.getPublishedAt());
            assertEquals(1, found.getChapters().size());
            assertEquals("What it is about.", found.getSummary().getText());
            assertEquals(List.of("first topic", "second"), found.getSummary().getTopics());
            assertEquals("pg-llm", found.getSummary().getTopicsModel());
            assertTrue(found.getShow().isAcceptSummaries());
            assertEquals(0L, em.createNamedQuery(EpisodeTranscript.STATISTICS, Object[].class).getSingleResult()[0]);
            assertEquals(0, em.createNamedQuery(EpisodeTranscript.FIND_IDS_WITH_LANGUAGE, Object[].class)
                    .getResultList().size());
            assertEquals(1, em.createNamedQuery(Episode.FIND_LATEST_VISIBLE_IDS, Object[].class)
                    .setParameter("now", now).getResultList().size());
            assertEquals(1, em.createNamedQuery(Episode.STATISTICS_BY_SHOW, Object[].class)
                    .setParameter("now", now).getResultList().size());
            assertEquals(1, em.createNamedQuery(Episode.FIND_VISIBLE_BY_ID, Episode.class)
                    .setParameter("id", found.getId()).setParameter("now", now).getResultList().size());
            assertEquals(1, em.createNamedQuery(Episode.FIND_VISIBLE_BY_IDS, Episode.class)
                    .setParameter("ids", List.of(found.getId())).setParameter("now", now).getResultList().size());
            assertEquals(1, em.createNamedQuery(Episode.FIND_FOR_CURATION, Episode.class)
                    .setParameter("id", found.getId()).getResultList().size());
            assertEquals(1, em.createNamedQuery(Episode.FIND_BY_SHOW_AND_SLUG, Episode.class)
                    .setParameter("show", found.getShow()).setParameter("slug", "first").getResultList().size());
            em.getTransaction().begin();
            assertEquals(1, em.createNamedQuery(Episode.ADD_SNIPS)
                    .setParameter("added", 1L).setParameter("id", found.getId()).executeUpdate());
            em.getTransaction().commit();
            em.clear();
            assertEquals(1, em.find(Episode.class, found.getId()).getSnipCount());
            assertEquals(found.getVersion(), em.find(Episode.class, found.getId()).getVersion(), "snips leave the version alone");
            assertEquals(1, em.createNamedQuery(Show.EPISODE_COUNTS, Object[].class).getResultList().size());
            assertEquals(1L, em.createNamedQuery(Show.COUNT_EPISODES, Long.class)
                    .setParameter("show", show).getSingleResult());
            assertEquals(1, em.createNamedQuery(Show.FIND_EPISODES, Episode.class)
                    .setParameter("show", show).getResultList().size());
            assertEquals(1, em.createNamedQuery(Episode.FIND_LISTENABLE_FILE, MediaFile.class)
                    .setParameter("id", audio.getId()).setParameter("now", now).getResultList().size());
            List<Show> all = em.createNamedQuery(Show.FIND_ALL, Show.class).getResultList();
            assertEquals(1, all.size(), "one show, however many categories it has");
            assertEquals(List.of("Technology", "Databases"), all.get(0).getCategories());
            assertEquals(1L, em.createNamedQuery(Show.COUNT_ALL, Long.class).getSingleResult());
            assertEquals(1, em.createNamedQuery(Episode.FIND_BY_GUID, Episode.class)
                    .setParameter("guid", "pg-guid-1").getResultList().size());
            assertEquals(1, em.createNamedQuery(AuditEntry.FIND_BY_SUBJECT, AuditEntry.class)
                    .setParameter("subject", AuditSubject.SHOW).setParameter("subjectId", show.getId()).getResultList().size());
            assertEquals(1, em.createNamedQuery(ListeningPosition.FIND_BY_LISTENER_AND_EPISODE, ListeningPosition.class)
                    .setParameter("listener", "ada").setParameter("episodeId", found.getId()).getResultList().size());
            assertTheSnipQueriesRun(em, found);
            assertTheJobQueriesRun(em, found);
            assertTheExportServiceQueriesRun(em, found, snip.getId());
            assertTheInsightsDashboardQueriesRun(em, found);
            assertEquals(5 * Episode.DESCRIPTION_MAX, found.getDerivedNotes().getHtml().length());
            derivesAgain(em, found, show);
            assertTheRevisionComesWithItsSchedule(em, show);
            em.close();
        } finally {
            factory.close();
        }
    }

    /** Every query of snips, the filters of My snips among them (LIKE with an escape, MEMBER OF). */
    private static void assertTheSnipQueriesRun(EntityManager em, Episode episode) {
        Snip snip = em.createNamedQuery(Snip.FIND_BY_REQUEST_KEY, Snip.class)
                .setParameter("listener", "ada").setParameter("requestKey", "request-1").getSingleResult();
        assertEquals(List.of("pg_tag"), snip.getTags());
        assertEquals(1, em.createNamedQuery(Snip.FIND_OWN, Snip.class)
                .setParameter("id", snip.getId()).setParameter("listener", "ada").getResultList().size());
        assertEquals(0, em.createNamedQuery(Snip.FIND_OWN_DELETED, Snip.class).setParameter("id", snip.getId())
                .setParameter("listener", "ada").setParameter("since", Instant.EPOCH).getResultList().size());
        assertEquals(0, em.createNamedQuery(Snip.FIND_DELETED_BEFORE, Snip.class).setParameter("listener", "ada")
                .setParameter("before", Instant.now()).getResultList().size());
        assertEquals(1L, em.createNamedQuery(Snip.COUNT_OWN, Long.class).setParameter("listener", "ada").getSingleResult());
        assertEquals(1, em.createNamedQuery(Snip.FIND_CREATED_SINCE, Instant.class).setParameter("listener", "ada")
                .setParameter("since", Instant.EPOCH).getResultList().size());
        assertEquals(1, em.createNamedQuery(Snip.FIND_CHANGED_SINCE, Long.class).setParameter("listener", "ada")
                .setParameter("since", Instant.EPOCH).getResultList().size());
        assertEquals(List.of("pg_tag"), em.createNamedQuery(Snip.FIND_OWN_TAGS, String.class)
                .setParameter("listener", "ada").getResultList());
        assertEquals(1, em.createNamedQuery(Snip.FIND_OWN_SHOWS, Object[].class)
                .setParameter("listener", "ada").getResultList().size());
        assertEquals(List.of(snip.getId()), em.createNamedQuery(Snip.FIND_AWAITING_TRANSCRIPT, Long.class)
                .setParameter("episodeId", episode.getId()).getResultList());
        assertEquals(List.of(), em.createNamedQuery(Snip.FIND_AWAITING_WITH_TRANSCRIPT, Long.class).getResultList());
        assertEquals(1L, em.createQuery("SELECT COUNT(s) FROM Snip s WHERE s.listener = :listener "
                        + "AND :tag MEMBER OF s.tags AND s.searchText LIKE :word ESCAPE '\\'", Long.class)
                .setParameter("listener", "ada").setParameter("tag", "pg_tag").setParameter("word", "%pg\\_tag%")
                .getSingleResult());
        assertTheSharingQueriesRun(em, snip);
    }

    /** A moment's snip by its code (V16), and the codes given at deployment to snips saved before V16. */
    private static void assertTheSharingQueriesRun(EntityManager em, Snip snip) {
        assertEquals(List.of(snip), em.createNamedQuery(Snip.FIND_BY_SHARE_CODE, Snip.class)
                .setParameter("shareCode", snip.getShareCode()).getResultList());
        assertEquals(List.of(), em.createNamedQuery(Snip.FIND_WITHOUT_SHARE_CODE, Long.class)
                .setParameter("after", 0L).setMaxResults(10).getResultList());
        em.getTransaction().begin();
        assertEquals(0, em.createNamedQuery(Snip.GIVE_SHARE_CODE).setParameter("shareCode", ShareCodes.next())
                .setParameter("id", snip.getId()).executeUpdate(), "a snip with a code keeps it");
        em.getTransaction().commit();
    }

    /** The job queue's queries, with a summary job (V14: a task, no engine) beside no transcription job. */
    private static void assertTheJobQueriesRun(EntityManager em, Episode episode) {
        em.getTransaction().begin();
        TranscriptionJob job = new TranscriptionJob(episode, JobTask.SUMMARISE, null, "system", Instant.now());
        em.persist(job);
        em.getTransaction().commit();
        String slug = episode.getShow().getSlug();
        assertEquals(List.of(job), em.createNamedQuery(TranscriptionJob.FIND_LATEST_BY_EPISODE, TranscriptionJob.class)
                .setParameter("episodeId", episode.getId()).setParameter("task", JobTask.SUMMARISE).getResultList());
        assertEquals(List.of(job), em.createNamedQuery(TranscriptionJob.FIND_ACTIVE_BY_EPISODE, TranscriptionJob.class)
                .setParameter("episodeId", episode.getId()).setParameter("task", JobTask.SUMMARISE).getResultList());
        assertEquals(List.of(), em.createNamedQuery(TranscriptionJob.FIND_ACTIVE_BY_EPISODE, TranscriptionJob.class)
                .setParameter("episodeId", episode.getId()).setParameter("task", JobTask.TRANSCRIBE).getResultList());
        assertEquals(List.of(episode), em.createNamedQuery(TranscriptionJob.FIND_EPISODES_TO_TRANSCRIBE, Episode.class)
                .setParameter("showSlug", slug).getResultList(), "a summary job is no transcription");
        assertEquals(List.of(), em.createNamedQuery(TranscriptionJob.FIND_EPISODES_TO_SUMMARISE, Episode.class)
                .setParameter("showSlug", slug).getResultList(), "no transcript");
        assertEquals(0L, em.createNamedQuery(TranscriptionJob.COUNT_EPISODES_TO_SUMMARISE, Long.class)
                .setParameter("showSlug", slug).getSingleResult());
        Object[] counted = em.createNamedQuery(TranscriptionJob.COUNT_LATEST_BY_STATUS, Object[].class)
                .setParameter("showSlug", slug).setParameter("task", JobTask.SUMMARISE).getSingleResult();
        assertEquals(List.of(TranscriptionStatus.QUEUED, 1L), List.of(counted[0], ((Number) counted[1]).longValue()));
        assertEquals(List.of(job.getId()), em.createNamedQuery(TranscriptionJob.FIND_CLAIMABLE_IDS, Long.class)
                .setParameter("now", Instant.now()).getResultList());
        em.getTransaction().begin();
        assertEquals(1, em.createNamedQuery(TranscriptionJob.CANCEL).setParameter("id", job.getId())
                .setParameter("now", Instant.now()).executeUpdate());
        em.getTransaction().commit();
    }

    /** The queries of {@code OutdatedNotes}, for a derivation newer than the one the rows were stored by. */
    private static void derivesAgain(EntityManager em, Episode episode, Show show) {
        int newer = DerivedNotes.VERSION + 1;
        assertEquals(List.of(), em.createNamedQuery(Episode.FIND_OUTDATED_NOTES, Long.class)
                .setParameter("derivation", DerivedNotes.VERSION).getResultList());
        List<Long> episodes = em.createNamedQuery(Episode.FIND_OUTDATED_NOTES, Long.class)
                .setParameter("derivation", newer).getResultList();
        assertEquals(List.of(episode.getId()), episodes);
        List<Long> shows = em.createNamedQuery(Show.FIND_OUTDATED_SUMMARIES, Long.class)
                .setParameter("derivation", newer).getResultList();
        assertEquals(List.of(show.getId()), shows);
        Object[] episodeRow = em.createNamedQuery(Episode.FIND_NOTES_TO_DERIVE, Object[].class)
                .setParameter("ids", episodes).setParameter("derivation", newer).getSingleResult();
        Object[] showRow = em.createNamedQuery(Show.FIND_DESCRIPTIONS_TO_DERIVE, Object[].class)
                .setParameter("ids", shows).setParameter("derivation", newer).getSingleResult();
        assertEquals(episode.getDescription(), episodeRow[2]);
        long episodeVersion = (Long) episodeRow[1];
        long showVersion = (Long) showRow[1];

        em.getTransaction().begin();
        assertEquals(0, storeNotes(em, episode.getId(), episodeVersion + 1, newer), "not over a newer save");
        assertEquals(1, storeNotes(em, episode.getId(), episodeVersion, newer));
        assertEquals(0, storeNotes(em, episode.getId(), episodeVersion, newer), "only once");
        assertEquals(1, em.createNamedQuery(Show.STORE_DERIVED_SUMMARY).setParameter("summary", "Again")
                .setParameter("id", show.getId()).setParameter("version", showVersion)
                .setParameter("derivation", newer).executeUpdate());
        em.getTransaction().commit();
        em.clear();

        Episode stored = em.find(Episode.class, episode.getId());
        assertEquals("<p>Again</p>", stored.getDerivedNotes().getHtml());
        assertEquals(episodeVersion, stored.getVersion(), "deriving again leaves the version alone");
        assertEquals("Again", em.find(Show.class, show.getId()).getSummary());
        assertEquals(showVersion, em.find(Show.class, show.getId()).getVersion());
    }

    private static int storeNotes(EntityManager em, long id, long version, int derivation) {
        return em.createNamedQuery(Episode.STORE_DERIVED_NOTES)
                .setParameter("html", "<p>Again</p>").setParameter("htmlWithoutTimestamps", "<p>Again</p>")
                .setParameter("teaser", "Again").setParameter("summary", "Again")
                .setParameter("id", id).setParameter("version", version).setParameter("derivation", derivation)
                .executeUpdate();
    }

    /** The catalogue's revision (V6) with the times its scheduled episodes fall due, and a save counting them. */
    private static void assertTheRevisionComesWithItsSchedule(EntityManager em, Show show) {
        Instant due = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        em.getTransaction().begin();
        Episode scheduled = new Episode(em.merge(show), "pg-guid-scheduled");
        scheduled.setSlug("scheduled");
        scheduled.setTitle("Scheduled");
        scheduled.setStatus(EpisodeStatus.SCHEDULED);
        scheduled.setPublishedAt(due);
        em.persist(scheduled);
        em.getTransaction().commit();

        List<Object[]> rows = em.createNamedQuery(StoredRevision.FIND_WITH_SCHEDULE, Object[].class).getResultList();
        assertEquals(1, rows.size());
        assertEquals(1L, rows.get(0)[0]);
        assertEquals(due, rows.get(0)[2]);
        em.getTransaction().begin();
        StoredRevision stored = em.find(StoredRevision.class, StoredRevision.ID, LockModeType.PESSIMISTIC_WRITE);
        assertEquals(1L, em.createNamedQuery(StoredRevision.COUNT_FALLEN_DUE, Long.class)
                .setParameter("after", stored.getChangedAt()).setParameter("now", due).getSingleResult());
        stored.advance(2, due);
        em.getTransaction().commit();
        em.clear();
        assertEquals(3L, em.find(StoredRevision.class, StoredRevision.ID).getRevision());
    }

    private static Flyway flyway() {
        return Flyway.configure()
                .dataSource(postgres.jdbcUrl(), PostgresServer.USER, "")
                .locations(DatabaseMigration.locations("PostgreSQL"))
                .load();
    }

    /** Every query of the connections to Readwise and Notion: claims, progress, what was sent, Notion's pages. */
    private static void assertTheExportServiceQueriesRun(EntityManager em, Episode episode, long snipId) {
        em.getTransaction().begin();
        ServiceConnection connection = new ServiceConnection("ada", ExportService.READWISE, "c2VhbGVk", null,
                "https://earmark.example", Instant.now());
        em.persist(connection);
        connection.queue(null, episode.getId(), "pg_tag", "words", Instant.now());
        em.persist(new NotionPage("ada", episode.getId(), "0123abcd-4567-89ef-0123-456789abcdef"));
        em.getTransaction().commit();
        long id = connection.getId();
        em.getTransaction().begin();
        em.persist(new SentSnip(id, snipId, episode.getId(), "0".repeat(SentSnip.HASH_LENGTH), 42L, Instant.now()));
        em.getTransaction().commit();
        em.clear();
        Instant now = Instant.now();
        assertEquals(1, em.createNamedQuery(ServiceConnection.FIND_BY_LISTENER, ServiceConnection.class)
                .setParameter("listener", "ada").getResultList().size());
        assertEquals(1, em.createNamedQuery(ServiceConnection.FIND_BY_LISTENER_AND_SERVICE, ServiceConnection.class)
                .setParameter("listener", "ada").setParameter("service", ExportService.READWISE).getResultList().size());
        assertEquals(List.of(id), em.createNamedQuery(ServiceConnection.FIND_CLAIMABLE_IDS, Long.class)
                .setParameter("now", now).getResultList());
        assertEquals(1, em.createNamedQuery(NotionPage.FIND_BY_LISTENER_AND_EPISODE, NotionPage.class)
                .setParameter("listener", "ada").setParameter("episodeId", episode.getId()).getResultList().size());
        assertEquals(1, em.createNamedQuery(SentSnip.FIND_BY_CONNECTION, SentSnip.class)
                .setParameter("connectionId", id).getResultList().size());
        em.getTransaction().begin();
        assertEquals(1, em.createNamedQuery(ServiceConnection.CLAIM).setParameter("id", id).setParameter("claim", "c-1")
                .setParameter("now", now).setParameter("leaseUntil", now.plusSeconds(600)).executeUpdate());
        assertEquals(1, em.createNamedQuery(ServiceConnection.REPORT_PROGRESS).setParameter("id", id)
                .setParameter("claim", "c-1").setParameter("done", 1).setParameter("total", 2)
                .setParameter("leaseUntil", now.plusSeconds(600)).executeUpdate());
        assertEquals(1, em.createNamedQuery(ServiceConnection.RENEW_LEASE).setParameter("id", id).setParameter("claim", "c-1")
                .setParameter("leaseUntil", now.plusSeconds(600)).executeUpdate());
        assertEquals(1, em.createNamedQuery(ServiceConnection.FINISH).setParameter("id", id).setParameter("claim", "c-1")
                .setParameter("now", now).setParameter("sent", 1).setParameter("unchanged", 0).setParameter("failed", 1)
                .setParameter("failureKey", "exports.failure.answered").setParameter("failureDetail", "500")
                .setParameter("notBefore", now.plusSeconds(60)).executeUpdate());
        assertEquals(List.of(), em.createNamedQuery(ServiceConnection.FIND_AUTOMATIC_DUE, ServiceConnection.class)
                .setParameter("tokenFailures", ExportFailure.TOKEN_FAILURES).setParameter("now", now).getResultList());
        assertEquals(0, em.createNamedQuery(ServiceConnection.QUEUE_AUTOMATIC).setParameter("id", id).setParameter("now", now)
                .executeUpdate());
        assertEquals(1, em.createNamedQuery(SentSnip.DELETE_BY_EPISODE).setParameter("connectionId", id)
                .setParameter("episodeId", episode.getId()).executeUpdate());
        assertEquals(0, em.createNamedQuery(SentSnip.DELETE_BY_CONNECTION).setParameter("connectionId", id).executeUpdate());
        em.getTransaction().commit();
    }

    /** The dashboard's sums over the daily tables: dates compared as dates, sums as numbers, the optional episode. */
    private static void assertTheInsightsDashboardQueriesRun(EntityManager em, Episode episode) {
        LocalDate day = LocalDate.parse("2026-11-30");
        long showId = episode.getShow().getId();
        em.getTransaction().begin();
        em.persist(new EpisodeDay(day, showId, episode.getId(), 3, 2, 1500, 1200, 1));
        em.persist(new ShowDay(day, showId, 3, 2, 1));
        em.persist(new ListeningDay(day, showId, episode.getId(), ListeningContext.EMBED, "https://portal.example",
                ClientClass.MOBILE, 3, 1500, 1200));
        em.persist(new DownloadDay(day, showId, episode.getId(), "AntennaPod", ClientClass.MOBILE, 1));
        em.persist(new AudienceMinute(day, episode.getId(), 0, 3));
        em.persist(new InsightsRefusal(day, episode.getId(), 42));
        em.getTransaction().commit();
        for (long episodeId : new long[] {0, episode.getId()}) {
            assertEquals(1, dayQuery(em, EpisodeDay.FIND_BY_EPISODE, day).setParameter("showId", showId)
                    .setParameter("episodeId", episode.getId()).getResultList().size());
            Object[] summed = dayQuery(em, EpisodeDay.SUM_BY_EPISODE, day).setParameter("showId", showId)
                    .setParameter("episodeId", episodeId).getSingleResult();
            assertEquals(List.of(episode.getId(), "First", 3L, 2L, 1500L, 1200L, 1L),
                    List.of(summed[0], summed[1], summed[3], summed[4], summed[5], summed[6], summed[7]));
            for (String query : List.of(ListeningDay.SUM_BY_PLACE, ListeningDay.SUM_BY_CLIENT_CLASS, DownloadDay.SUM_BY_APP,
                    DownloadDay.SUM_BY_CLIENT_CLASS, InsightsRefusal.SUM_BY_DAY)) {
                assertEquals(1, dayQuery(em, query, day).setParameter("showId", showId)
                        .setParameter("episodeId", episodeId).getResultList().size(), query);
            }
        }
        assertEquals(day, dayQuery(em, InsightsRefusal.SUM_BY_DAY, day).setParameter("showId", showId)
                .setParameter("episodeId", 0L).getSingleResult()[0]);
        assertEquals(1, em.createNamedQuery(ShowDay.FIND_BY_SHOW, ShowDay.class).setParameter("showId", showId)
                .setParameter("from", day).setParameter("to", day).getResultList().size());
        assertEquals(3L, dayQuery(em, ShowDay.SUM_BY_SHOW, day).getSingleResult()[2]);
        assertEquals(3L, dayQuery(em, AudienceMinute.SUM_BY_MINUTE, day).setParameter("episodeId", episode.getId())
                .getSingleResult()[1]);
        assertEquals(0, dayQuery(em, AudienceMinute.SUM_BY_MINUTE, day.plusDays(1))
                .setParameter("episodeId", episode.getId()).getResultList().size(), "other days are not summed");
    }

    private static TypedQuery<Object[]> dayQuery(EntityManager em, String name, LocalDate day) {
        return em.createNamedQuery(name, Object[].class).setParameter("from", day).setParameter("to", day);
    }
}
