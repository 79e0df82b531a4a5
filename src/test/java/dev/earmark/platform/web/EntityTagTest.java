package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagTest {

    private static final EntityTag TAG = new EntityTag("abc123");

    @Test
    void headerIsQuoted() {
        assertEquals("\"abc123\"", TAG.header());
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(TAG.matchesAnyOf("\"abc123\""));
        assertTrue(TAG.matchesAnyOf("W/\"abc123\""));
        assertTrue(TAG.matchesAnyOf("\"old\", \"abc123\""));
        assertTrue(TAG.matchesAnyOf("*"));
        assertFalse(TAG.matchesAnyOf("\"old\", W/\"older\""));
        assertFalse(TAG.matchesAnyOf("abc123"));
        assertFalse(TAG.matchesAnyOf(""));
    }

    @Test
    void strongComparisonRefusesWeakTags() {
        assertTrue(TAG.matchesStrongly("\"abc123\""));
        assertFalse(TAG.matchesStrongly("W/\"abc123\""));
    }

    @Test
    void aWeakHeaderIsTheTagMarkedWeakAndStillMatchesIfNoneMatch() {
        assertEquals("W/\"abc123\"", TAG.weakHeader());
        assertTrue(TAG.matchesAnyOf(TAG.weakHeader()));
    }

    @Test
    void aDigestChangesWithAnyPartAndItsPlaceButNotOtherwise() {
        EntityTag tag = EntityTag.digestOf("page", "7", "de-DE,de;q=0.9");
        assertEquals(tag, EntityTag.digestOf("page", "7", "de-DE,de;q=0.9"));
        assertNotEquals(tag, EntityTag.digestOf("page", "8", "de-DE,de;q=0.9"));
        assertNotEquals(EntityTag.digestOf("ab", "c"), EntityTag.digestOf("a", "bc"));
        assertTrue(tag.opaqueTag().matches("[A-Za-z0-9_-]{22}"), "no quote or other character a header refuses: " + tag);
    }
}
