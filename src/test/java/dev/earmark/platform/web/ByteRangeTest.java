package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.platform.web.ByteRange.Part;
import dev.earmark.platform.web.ByteRange.Unsatisfiable;
import dev.earmark.platform.web.ByteRange.Whole;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

    private static final long LENGTH = 10_000;
    private static final EntityTag TAG = new EntityTag("abc123");
    private static final Instant MODIFIED = Instant.parse("2024-03-01T10:15:30.750Z");

    @Test
    void firstToLast() {
        assertEquals(new Part(1000, 1999), ByteRange.select("bytes=1000-1999", LENGTH));
        assertEquals(new Part(0, 0), ByteRange.select("bytes=0-0", LENGTH));
        assertEquals(new Part(9999, 9999), ByteRange.select("bytes=9999-9999", LENGTH));
    }

    @Test
    void openEnded() {
        assertEquals(new Part(500, 9999), ByteRange.select("bytes=500-", LENGTH));
        assertEquals(new Part(0, 9999), ByteRange.select("bytes=0-", LENGTH));
    }

    @Test
    void suffix() {
        assertEquals(new Part(9500, 9999), ByteRange.select("bytes=-500", LENGTH));
        assertEquals(new Part(0, 9999), ByteRange.select("bytes=-10000", LENGTH));
    }

    @Test
    void suffixLongerThanTheFileIsTheWholeFileAsAPart() {
        assertEquals(new Part(0, 9999), ByteRange.select("bytes=-20000", LENGTH));
        assertEquals(new Part(0, 9999), ByteRange.select("bytes=-99999999999999999999999", LENGTH));
    }

    @Test
    void lastPastTheEndIsCut() {
        assertEquals(new Part(9000, 9999), ByteRange.select("bytes=9000-20000", LENGTH));
        assertEquals(new Part(5, 9999), ByteRange.select("bytes=5-99999999999999999999999", LENGTH));
    }

    @Test
    void firstAtOrPastTheEndIsUnsatisfiable() {
        assertEquals(new Unsatisfiable(), ByteRange.select("bytes=10000-", LENGTH));
        assertEquals(new Unsatisfiable(), ByteRange.select("bytes=10000-10001", LENGTH));
        assertEquals(new Unsatisfiable(), ByteRange.select("bytes=99999999999999999999999-", LENGTH));
        assertEquals(new Unsatisfiable(), ByteRange.select("bytes=0-", 0));
    }

    @Test
    void emptySuffixIsUnsatisfiable() {
        assertEquals(new Unsatisfiable(), ByteRange.select("bytes=-0", LENGTH));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "bytes=", "bytes=-", "bytes=abc", "bytes=5", "bytes=2000-1000", "bytes=1-2-3",
        "bytes=+1-5", "bytes=-+5", "bytes=1 - 5", "bytes=0x10-", "bytes=١-٢", "bytes=--5", "bits=0-5", "0-5",
        "bytes 0-5", "bytes=, ,"})
    void invalidHeadersAreIgnored(String range) {
        assertEquals(new Whole(), ByteRange.select(range, LENGTH));
    }

    @Test
    void severalRangesGetTheWholeFile() {
        assertEquals(new Whole(), ByteRange.select("bytes=0-99,200-299", LENGTH));
        assertEquals(new Whole(), ByteRange.select("bytes=0-99, -5", LENGTH));
    }

    @Test
    void toleratesCaseSpacesAndEmptyListElements() {
        assertEquals(new Part(0, 99), ByteRange.select("Bytes=0-99", LENGTH));
        assertEquals(new Part(0, 99), ByteRange.select("bytes= 0-99 ", LENGTH));
        assertEquals(new Part(0, 99), ByteRange.select("bytes=,0-99,", LENGTH));
    }

    @Test
    void partTellsItsLengthAndContentRange() {
        Part part = new Part(1000, 1999);

        assertEquals(1000, part.length());
        assertEquals("bytes 1000-1999/10000", part.contentRange(LENGTH));
        assertEquals("bytes */10000", Unsatisfiable.contentRange(LENGTH));
    }

    @Test
    void withoutIfRangeARangeHolds() {
        assertTrue(ByteRange.ifRangeHolds(null, TAG, MODIFIED));
    }

    @Test
    void ifRangeWithTheCurrentTagHolds() {
        assertTrue(ByteRange.ifRangeHolds("\"abc123\"", TAG, MODIFIED));
        assertTrue(ByteRange.ifRangeHolds(" \"abc123\" ", TAG, MODIFIED));
    }

    @Test
    void ifRangeWithAnotherOrAWeakTagFails() {
        assertFalse(ByteRange.ifRangeHolds("\"other\"", TAG, MODIFIED));
        assertFalse(ByteRange.ifRangeHolds("W/\"abc123\"", TAG, MODIFIED));
        assertFalse(ByteRange.ifRangeHolds("abc123", TAG, MODIFIED));
    }

    @Test
    void ifRangeWithTheLastModifiedDateHolds() {
        assertTrue(ByteRange.ifRangeHolds("Fri, 01 Mar 2024 10:15:30 GMT", TAG, MODIFIED));
    }

    @Test
    void ifRangeWithAnotherDateOrNoDateFails() {
        assertFalse(ByteRange.ifRangeHolds("Fri, 01 Mar 2024 10:15:31 GMT", TAG, MODIFIED));
        assertFalse(ByteRange.ifRangeHolds("Thu, 29 Feb 2024 10:15:30 GMT", TAG, MODIFIED));
        assertFalse(ByteRange.ifRangeHolds("yesterday", TAG, MODIFIED));
        assertFalse(ByteRange.ifRangeHolds("", TAG, MODIFIED));
    }
}
