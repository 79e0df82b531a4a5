package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanUnionTest {

    private final SpanUnion union = new SpanUnion();

    @Test
    void overlappingAndTouchingSpansBecomeOne() {
        union.add(10, 20);
        union.add(15, 30);
        union.add(30, 35);

        assertEquals(25, union.length());
        assertEquals(1, union.count());
        assertEquals(10, union.start(0));
        assertEquals(35, union.end(0));
    }

    @Test
    void spansApartStayApartInOrderWhateverOrderTheyCameIn() {
        union.add(100, 110);
        union.add(0, 5);
        union.add(50, 60);
        union.add(2, 4);

        assertEquals(25, union.length());
        assertEquals(3, union.count());
        assertEquals(0, union.start(0));
        assertEquals(50, union.start(1));
        assertEquals(110, union.end(2));
    }

    @Test
    void aReplayCountsOnce() {
        union.add(0, 60);
        union.add(0, 60);
        union.add(30, 45);

        assertEquals(60, union.length());
    }

    @Test
    void emptyAndBackwardSpansCountForNothing() {
        union.add(5, 5);
        union.add(9, 3);

        assertTrue(union.isEmpty());
        assertEquals(0, union.length());
    }

    @Test
    void clearedItStartsAfresh() {
        union.add(0, 10);
        union.length();
        union.clear();
        union.add(20, 25);

        assertEquals(5, union.length());
        assertEquals(20, union.start(0));
    }

    @Test
    void holdsManySpansAndHugeOnes() {
        for (int i = 0; i < 10_000; i++) {
            union.add(2L * i, 2L * i + 1);
        }
        union.add(0, Long.MAX_VALUE / 2);

        assertEquals(Long.MAX_VALUE / 2, union.length());
        assertEquals(1, union.count());
    }
}
