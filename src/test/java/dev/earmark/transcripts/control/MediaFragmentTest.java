package dev.earmark.transcripts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MediaFragmentTest {

    @Test
    void aMomentIsInSecondsToTheMillisecond() {
        assertEquals("#t=15.595", MediaFragment.at(15_595));
        assertEquals("#t=2", MediaFragment.at(2_000));
    }

    @Test
    void aRangeNamesItsStartAndEnd() {
        assertEquals("#t=60,120.5", MediaFragment.range(60_000, 120_500));
        assertEquals("#t=0,30", MediaFragment.range(0, 30_000));
    }
}
