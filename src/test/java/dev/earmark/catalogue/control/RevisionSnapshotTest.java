package dev.earmark.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionSnapshotTest {

    private static final Instant SAVED = Instant.parse("2026-12-01T10:00:00.250Z");
    private static final Instant FIRST_DUE = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant SECOND_DUE = Instant.parse("2026-12-02T08:30:15.900Z");

    private final RevisionSnapshot snapshot = new RevisionSnapshot(7, SAVED, List.of(FIRST_DUE, SECOND_DUE));

    @Test
    void beforeAnyScheduledTimeTheStateIsTheStoredRevisionInWholeSeconds() {
        assertEquals(new CatalogueState(7, Instant.parse("2026-12-01T10:00:00Z")), snapshot.at(SAVED.plusSeconds(60)));
    }

    @Test
    void eachScheduledTimeThatCameCountsOneAndIsTheLastChange() {
        assertEquals(new CatalogueState(8, FIRST_DUE), snapshot.at(FIRST_DUE));
        assertEquals(new CatalogueState(8, FIRST_DUE), snapshot.at(SECOND_DUE.minusMillis(1)));
        assertEquals(new CatalogueState(9, Instant.parse("2026-12-02T08:30:15Z")), snapshot.at(SECOND_DUE.plusSeconds(3600)));
    }

    @Test
    void countsFallenDueTimesAtAndBetweenThem() {
        assertEquals(0, snapshot.fallenDue(FIRST_DUE.minusNanos(1)));
        assertEquals(1, snapshot.fallenDue(FIRST_DUE));
        assertEquals(2, snapshot.fallenDue(SECOND_DUE));
    }

    @Test
    void aClockBehindTheLastSaveStillReportsTheSave() {
        assertEquals(new CatalogueState(7, Instant.parse("2026-12-01T10:00:00Z")), snapshot.at(SAVED.minusSeconds(3600)));
    }
}
