package dev.earmark.catalogue.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

/**
 * The stored revision as read once, with the times still to come at which scheduled episodes become visible:
 * from these it tells the catalogue's state at any later moment without asking the database again, as a
 * scheduled episode changes what listeners see by the passing of time alone.
 *
 * @param revision the count of saves listeners could see
 * @param changedAt when the last of them was
 * @param scheduled the distinct times after {@code changedAt} at which scheduled episodes become visible, ascending
 */
public record RevisionSnapshot(long revision, Instant changedAt, List<Instant> scheduled) {

    public RevisionSnapshot {
        scheduled = List.copyOf(scheduled);
    }

    public CatalogueState at(Instant now) {
        int fallenDue = fallenDue(now);
        Instant lastChange = fallenDue == 0 ? changedAt : later(changedAt, scheduled.get(fallenDue - 1));
        return new CatalogueState(revision + fallenDue, lastChange.truncatedTo(ChronoUnit.SECONDS));
    }

    /** How many of the scheduled times have come by {@code now}. */
    public int fallenDue(Instant now) {
        int found = Collections.binarySearch(scheduled, now);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
