package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    private static final EntityTag TAG = new EntityTag("state-7");
    private static final Instant CHANGED = Instant.parse("2026-12-01T10:00:00.750Z");
    private static final long CHANGED_SECOND = Instant.parse("2026-12-01T10:00:00Z").toEpochMilli();

    @Test
    void aMatchingTagWeakOrStrongMeansNotModified() {
        assertTrue(Preconditions.notModified("W/\"state-7\"", -1, TAG, CHANGED));
        assertTrue(Preconditions.notModified("\"state-7\"", -1, TAG, CHANGED));
        assertFalse(Preconditions.notModified("W/\"state-6\"", -1, TAG, CHANGED));
    }

    @Test
    void ifNoneMatchDecidesAloneEvenWhenTheDateWouldMatch() {
        assertFalse(Preconditions.notModified("W/\"state-6\"", CHANGED_SECOND, TAG, CHANGED));
    }

    @Test
    void datesCompareInWholeSeconds() {
        assertTrue(Preconditions.notModified(null, CHANGED_SECOND, TAG, CHANGED));
        assertFalse(Preconditions.notModified(null, CHANGED_SECOND - 1000, TAG, CHANGED));
        assertFalse(Preconditions.notModified(null, -1, TAG, CHANGED));
    }
}
