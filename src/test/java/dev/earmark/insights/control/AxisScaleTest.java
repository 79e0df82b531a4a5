package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisScaleTest {

    @Test
    void countsGetRoundTopsAndWholeSteps() {
        assertEquals(List.of(0.0, 1.0), AxisScale.ofCounts(0).ticks());
        assertEquals(List.of(0.0, 1.0), AxisScale.ofCounts(1).ticks());
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), AxisScale.ofCounts(3).ticks());
        assertEquals(new AxisScale(8, 2), AxisScale.ofCounts(7));
        assertEquals(new AxisScale(1000, 200), AxisScale.ofCounts(999));
        assertEquals(new AxisScale(150_000, 50_000), AxisScale.ofCounts(101_000));
        assertEquals(new AxisScale(1, 1), AxisScale.ofCounts(Double.NaN));
    }

    @Test
    void sharesStopAtAHundredPercent() {
        assertEquals(new AxisScale(1, 0.25), AxisScale.ofShares(0));
        assertEquals(new AxisScale(1, 0.25), AxisScale.ofShares(1));
        assertEquals(new AxisScale(1, 0.25), AxisScale.ofShares(1.3));
        assertEquals(0.3, AxisScale.ofShares(0.27).top(), 1e-9);
    }

    @Test
    void valuesBeyondTheAxisLieAtItsEnds() {
        AxisScale scale = AxisScale.ofCounts(10);
        assertEquals(0, scale.fraction(-5));
        assertEquals(1, scale.fraction(50));
        assertEquals(0.5, scale.fraction(5));
    }
}
