package dev.earmark.insights.boundary;

import static dev.earmark.insights.entity.ClientClass.DESKTOP;
import static dev.earmark.insights.entity.ClientClass.MOBILE;
import static dev.earmark.insights.entity.ListeningContext.EARMARK;
import static dev.earmark.insights.entity.ListeningContext.EMBED;
import static dev.earmark.insights.entity.ListeningContext.MOMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.Settings;
import dev.earmark.testing.server.AtOnce;
import dev.earmark.testing.server.Eventually;
import dev.earmark.testing.server.InsightsFixtures;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.SqlRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The aggregation in the server: raw rows seeded for episodes of the test's own show, the daily rows compared with
 * figures worked out by hand; made again, idempotently, late events included; one run at a time by the lease, which a
 * dead server's run gives up by running out; the retention deletes old raw rows and keeps the daily ones. The timer
 * runs meanwhile on the same server: a test that aggregates itself does so under the lease, as the timer does.
 */
class ListeningAggregationIT extends ServerTest {

    private static final String PORTAL = "https://portal.example.com";

    @Inject
    InsightsFixtures insights;

    @Inject
    AggregationRuns runs;

    @Inject
    AggregationLeases leases;

    @Inject
    Settings settings;

    @Inject
    SqlRows sql;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private Show show;
    private Episode first;
    private Episode second;
    private LocalDate day;

    /** Ten minutes in 600,000 bytes: a minute of audio is 60,000 bytes. */
    @BeforeEach
    void aShowOfItsOwn() {
        show = fixtures.show("Aggregation " + UUID.randomUUID());
        first = insights.episodeWithAudio(show, "First", 600, 600_000);
        second = insights.episodeWithAudio(show, "Second", 600, 600_000);
        day = today().minusDays(2);
    }

    @Test
    void aDaysRowsAreWhatItsRawEventsMakeByHand() {
        seedTheDay();

        insights.aggregated(day);

        assertEquals(List.of("First 2 3 160 130 2", "Second 1 1 30 30 0"), episodeDays());
        assertEquals("3 3 2", row("SELECT plays, listeners, downloads FROM show_day WHERE show_id = ? AND calendar_day = ?",
                show.getId(), day));
        assertEquals(List.of("First EARMARK  DESKTOP 1 150 120", "First EMBED " + PORTAL + " MOBILE 1 10 10",
                "Second MOMENT  MOBILE 1 30 30"), rows("SELECT e.title, d.context, d.origin, d.client_class, d.plays, "
                + "d.listened_seconds, d.heard_seconds FROM listening_day d JOIN episode e ON e.id = d.episode_id "
                + "WHERE d.show_id = ? AND d.calendar_day = ? ORDER BY e.title, d.context", show.getId(), day));
        assertEquals(List.of(" DESKTOP 1", "Overcast MOBILE 1"), rows("SELECT app, client_class, downloads "
                + "FROM download_day WHERE episode_id = ? AND calendar_day = ? ORDER BY app", first.getId(), day));
        assertEquals(List.of("First 0 2", "First 1 1", "Second 0 1"), audience());
    }

    @Test
    void aggregatingAgainGivesTheSameRows() {
        seedTheDay();
        insights.aggregated(day);
        List<String> once = allRows();

        insights.aggregated(day);

        assertEquals(once, allRows());
    }

    @Test
    void aLateEventCountsInItsDayAtTheNextRun() {
        insights.listened(day, first, "view-1", "anna", EARMARK, "", DESKTOP, 0, 30);
        awaitRun();
        assertEquals(List.of("First 1 1 30 30 0"), episodeDays());

        insights.listened(day, first, "view-2", "ben", EARMARK, "", DESKTOP, 0, 90);
        insights.listened(day, second, "view-3", "ben", EARMARK, "", DESKTOP, 0, 10);
        AggregationRun run = awaitRun();

        assertTrue(run.days().contains(day), run.toString());
        assertEquals(List.of("First 2 2 120 120 0", "Second 1 1 10 10 0"), episodeDays());
        assertEquals("3 2 0", row("SELECT plays, listeners, downloads FROM show_day WHERE show_id = ? AND calendar_day = ?",
                show.getId(), day));
    }

    @Test
    void theDatabaseLetsOneOfTwoServersClaimTheLease() throws Exception {
        List<String> claims = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<Boolean> claimed = Eventually.await("the lease free for both", runs.ended(), () -> {
            List<Boolean> outcomes = AtOnce.run(executor,
                    claims.stream().<Callable<Boolean>>map(claim -> () -> leases.claim(claim)).toList());
            return outcomes.contains(true) ? outcomes : null;
        });
        try {
            assertEquals(1, claimed.stream().filter(Boolean::booleanValue).count(), claimed.toString());
        } finally {
            claims.forEach(leases::release);
        }
    }

    @Test
    void twoRunsAtOnceNeverOverlap() throws Exception {
        for (int view = 0; view < 2_000; view++) {
            insights.listened(day, first, "view-" + view, "client-" + view % 300, EARMARK, "", DESKTOP, 0, 60 + view % 500);
        }
        List<Optional<AggregationRun>> done = Eventually.await("a run of the two", runs.ended(), () -> {
            List<Optional<AggregationRun>> outcomes = AtOnce.run(executor, List.of(runs::run, runs::run));
            return outcomes.stream().anyMatch(Optional::isPresent) ? outcomes : null;
        });

        List<AggregationRun> ran = done.stream().flatMap(Optional::stream).toList();
        if (ran.size() == 2) {
            AggregationRun earlier = ran.get(0).startNanos() < ran.get(1).startNanos() ? ran.get(0) : ran.get(1);
            AggregationRun later = earlier == ran.get(0) ? ran.get(1) : ran.get(0);
            assertTrue(earlier.endNanos() < later.startNanos(), "the second began before the first ended: " + ran);
        }
        assertEquals(List.of("First 2000 300 " + (2_000L * 60 + sumOfRemainders()) + " " + (2_000L * 60 + sumOfRemainders())
                + " 0"), episodeDays());
    }

    @Test
    void aRunWaitsWhileAnotherHoldsTheLeaseUntilItRunsOut() {
        insights.listened(day, first, "view-1", "anna", EARMARK, "", DESKTOP, 0, 30);
        String deadServer = UUID.randomUUID().toString();
        Eventually.await("the lease", runs.ended(), () -> leases.claim(deadServer) ? true : null);

        assertFalse(runs.run().isPresent(), "ran while a live lease was held");
        assertEquals(List.of(), episodeDays());

        advanceClock(AggregationLeases.LEASE.plusMinutes(1));
        AggregationRun run = awaitRun();

        assertTrue(run.completed());
        assertEquals(List.of("First 1 1 30 30 0"), episodeDays());
    }

    @Test
    void theRetentionDeletesOldRawEventsAndKeepsTheDailyRows() {
        LocalDate old = today().minusDays(settings.insightsRetention().toDays() + 1);
        LocalDate kept = today().minusDays(settings.insightsRetention().toDays());
        insights.listened(old, first, "view-1", "anna", EARMARK, "", DESKTOP, 0, 30);
        insights.downloaded(old, first, "anna", "", MOBILE, 0, 600_000);
        insights.listened(kept, first, "view-2", "ben", EARMARK, "", DESKTOP, 0, 40);
        insights.aggregated(old);

        AggregationRun run = awaitRun();

        assertTrue(run.rawEventsDeleted() >= 2, run.toString());
        assertFalse(run.days().contains(old), "a day past the retention is final: " + run);
        assertEquals(List.of(kept.toString()), rows("SELECT calendar_day FROM listening_event WHERE episode_id = ?",
                first.getId()));
        assertEquals(List.of(), rows("SELECT calendar_day FROM download_event WHERE episode_id = ?", first.getId()));
        assertEquals("1 1 30 30 1", row("SELECT plays, listeners, listened_seconds, heard_seconds, downloads "
                + "FROM episode_day WHERE episode_id = ? AND calendar_day = ?", first.getId(), old));
    }

    /**
     * First: anna plays 0–90 and 60–120 (a play: 150 s listened, 120 heard, minutes 0 and 1), ben plays 30–40 in a
     * portal on a phone (10 s, minute 0), anna's second page view plays nothing (no play); carl's app fetches a minute in
     * two requests, dora's 59,999 bytes (no download), anna fetches it whole. Second: carl plays 0–30 from a moment.
     * Listeners of First: anna, ben, carl; of the show: the same three.
     */
    private void seedTheDay() {
        insights.listened(day, first, "view-1", "anna", EARMARK, "", DESKTOP, 0, 90);
        insights.listened(day, first, "view-1", "anna", EARMARK, "", DESKTOP, 60, 120);
        insights.listened(day, first, "view-2", "ben", EMBED, PORTAL, MOBILE, 30, 40);
        insights.listened(day, first, "view-3", "anna", EARMARK, "", DESKTOP, 100, 100);
        insights.downloaded(day, first, "carl", "Overcast", MOBILE, 0, 30_000);
        insights.downloaded(day, first, "carl", "Overcast", MOBILE, 30_000, 30_000);
        insights.downloaded(day, first, "dora", "Overcast", MOBILE, 0, 59_999);
        insights.downloaded(day, first, "anna", "", DESKTOP, 0, 600_000);
        insights.listened(day, second, "view-4", "carl", MOMENT, "", MOBILE, 0, 30);
    }

    /** A run of this test's own (not the timer's, which may hold the lease now). */
    private AggregationRun awaitRun() {
        return Eventually.await("a run", runs.ended(), () -> runs.run().orElse(null));
    }

    private static long sumOfRemainders() {
        long sum = 0;
        for (int view = 0; view < 2_000; view++) {
            sum += view % 500;
        }
        return sum;
    }

    private List<String> episodeDays() {
        return rows("SELECT e.title, d.plays, d.listeners, d.listened_seconds, d.heard_seconds, d.downloads "
                + "FROM episode_day d JOIN episode e ON e.id = d.episode_id WHERE d.show_id = ? AND d.calendar_day = ? "
                + "ORDER BY e.title", show.getId(), day);
    }

    private List<String> audience() {
        return rows("SELECT e.title, a.episode_minute, a.listeners FROM audience_minute a JOIN episode e "
                + "ON e.id = a.episode_id WHERE e.show_id = ? AND a.calendar_day = ? ORDER BY e.title, a.episode_minute",
                show.getId(), day);
    }

    private List<String> allRows() {
        List<String> all = new ArrayList<>(episodeDays());
        all.addAll(audience());
        all.addAll(rows("SELECT plays, listeners, downloads FROM show_day WHERE show_id = ?", show.getId()));
        all.addAll(rows("SELECT context, origin, client_class, plays, listened_seconds, heard_seconds FROM listening_day "
                + "WHERE show_id = ? ORDER BY episode_id, context", show.getId()));
        all.addAll(rows("SELECT app, client_class, downloads FROM download_day WHERE show_id = ? ORDER BY app",
                show.getId()));
        return all;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), settings.displayZone());
    }

    private String row(String query, Object... parameters) {
        return joined(sql.row(query, parameters));
    }

    private List<String> rows(String query, Object... parameters) {
        return sql.rows(query, parameters).stream().map(ListeningAggregationIT::joined).toList();
    }

    private static String joined(Object row) {
        Object[] columns = row instanceof Object[] array ? array : new Object[] {row};
        return Arrays.stream(columns).map(String::valueOf).collect(Collectors.joining(" "));
    }
}
