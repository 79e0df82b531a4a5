package dev.earmark.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.control.CatalogueState;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.snips.boundary.NewSnip;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.testing.server.SeenWithin;
import dev.earmark.testing.server.ServerTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The catalogue's revision in the server: saves, snips and scheduled episodes change it, and observers hear of it. */
class CatalogueRevisionIT extends ServerTest {

    @Inject
    CatalogueRevision revision;

    @Inject
    Snips snips;

    @Test
    void aSaveChangesTheStateAtOnce() {
        CatalogueState before = revision.current();

        fixtures.show("Revision counts saves");
        CatalogueState after = revision.current();

        assertTrue(after.revision() > before.revision(), before + " then " + after);
        assertEquals(after, revision.current(), "no change, no new state");
    }

    @Test
    void aSnipChangesTheStateAsPagesShowTheirCount() {
        Show show = fixtures.show("Revision counts snips");
        Episode episode = fixtures.episode(show, "Snipped", EpisodeStatus.PUBLISHED, now().minusSeconds(60));
        CatalogueState before = revision.current();

        snips.earmark("listener", new NewSnip(episode.getId(), 1000, NewSnip.DEFAULT_LENGTH_MILLIS, "revision"));

        assertTrue(revision.current().revision() > before.revision());
    }

    /** Other tests' scheduled episodes fall due too as the clock moves: the step over this one's time tells. */
    @Test
    void aScheduledEpisodeChangesTheStateWhenItFallsDueWithoutASave() {
        Show show = fixtures.show("Revision counts schedules");
        Instant due = now().plus(Duration.ofHours(1)).plusMillis(7_321);
        fixtures.episode(show, "Coming", EpisodeStatus.SCHEDULED, due);

        advanceClock(Duration.between(now(), due).minusSeconds(1));
        CatalogueState justBefore = revision.current();
        advanceClock(Duration.ofSeconds(2));
        CatalogueState fallenDue = revision.current();

        assertEquals(justBefore.revision() + 1, fallenDue.revision());
        assertEquals(due.truncatedTo(ChronoUnit.SECONDS), fallenDue.lastModified());
        assertEquals(fallenDue, revision.current(), "once due, it stays counted");

        fixtures.show("Saved after it fell due");
        assertTrue(revision.current().revision() > fallenDue.revision(), "a save never repeats a revision");
    }

    @Test
    void aSaveOnAnotherNodeIsSeenWithinTheRefreshInterval() {
        CatalogueState before = revision.current();
        long saved = System.nanoTime();

        fixtures.saveOnAnotherNode(now());

        CatalogueState seen = SeenWithin.await(CatalogueRevision.REFRESH.multipliedBy(5), saved, "another node's save",
                revision::current, state -> !state.equals(before));
        assertEquals(before.revision() + 1, seen.revision());
        assertEquals(seen, revision.current(), "once seen, the other node's save stays seen");
    }
}
