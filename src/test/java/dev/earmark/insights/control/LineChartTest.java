package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class LineChartTest {

    private static final String HOSTILE = "</svg><script>alert(1)</script> & \"quotes\" 'too' \u0000\u0007\uFFFE";

    @Test
    void threeSeriesAreToldApartByDashesMarkersAndTheirNamesNotByColourAlone() {
        SvgDocument svg = SvgDocument.parse(chart(List.of(3.0, 5.0, 4.0), List.of(2.0, 3.0, 3.0), List.of(0.0, 1.0, 0.0))
                .svg());
        svg.assertIsAnAccessibleImage("Plays per day");
        svg.assertNothingUndrawableOrActive();
        List<Element> lines = svg.elements("polyline");
        assertEquals(3, lines.size());
        Set<String> dashes = lines.stream().map(line -> line.getAttribute("stroke-dasharray")).collect(Collectors.toSet());
        assertEquals(3, dashes.size(), "a dash pattern per series: " + dashes);
        assertEquals(3 + 1, svg.elements("circle").size(), "a marker per point and one beside the name");
        assertEquals(3 + 1, svg.elements("rect").size());
        assertEquals(3 + 1, svg.elements("path").size());
        Set<String> texts = svg.elements("text").stream().map(Element::getTextContent).collect(Collectors.toSet());
        assertTrue(texts.containsAll(List.of("Plays", "Listeners", "Downloads")), "each line named: " + texts);
    }

    @Test
    void hostileTextsAreTextNeverMarkup() {
        String markup = new LineChart("days", HOSTILE, HOSTILE, List.of(HOSTILE, "b"), HOSTILE,
                List.of(new LineChart.Series(HOSTILE, List.of(1.0, 2.0))), value -> HOSTILE).svg();
        SvgDocument svg = SvgDocument.parse(markup);
        svg.assertNothingUndrawableOrActive();
        String expected = "</svg><script>alert(1)</script> & \"quotes\" 'too' ";
        assertEquals(expected, svg.byId("days-title").getTextContent());
        assertEquals(expected, svg.byId("days-desc").getTextContent());
        assertTrue(svg.elements("text").stream().anyMatch(text -> text.getTextContent().equals(expected)));
        assertFalse(markup.contains("<script"), "escaped, not just tolerated by the parser");
    }

    @Test
    void nothingAtAllStillHasAnAxisFromZeroToOneAndNoNaN() {
        SvgDocument svg = SvgDocument.parse(chart(List.of(0.0, 0.0), List.of(0.0, 0.0), List.of(0.0, 0.0)).svg());
        svg.assertNothingUndrawableOrActive();
        List<String> axis = axisLabels(svg);
        assertEquals(List.of("0", "1"), axis);
        SvgDocument.points(svg.elements("polyline").get(0)).forEach(point -> assertEquals(PlotFrame.BOTTOM, point[1]));
    }

    @Test
    void aSingleDayIsAPointInTheMiddleWithoutALine() {
        SvgDocument svg = SvgDocument.parse(chart(List.of(7.0), List.of(3.0), List.of(1.0)).svg());
        svg.assertNothingUndrawableOrActive();
        assertTrue(svg.elements("polyline").isEmpty());
        Element circle = svg.elements("circle").get(0);
        assertEquals((PlotFrame.LEFT + PlotFrame.RIGHT) / 2, Double.parseDouble(circle.getAttribute("cx")));
        assertEquals(PlotFrame.TOP + (PlotFrame.BOTTOM - PlotFrame.TOP) * (1 - 7.0 / 8),
                Double.parseDouble(circle.getAttribute("cy")), 0.1, "7 on an axis up to 8");
        assertEquals(List.of("0", "2", "4", "6", "8"), axisLabels(svg));
    }

    @Test
    void aYearOfDaysSpansTheWidthWithFewLabelsAndThinnedMarkers() {
        List<Double> plays = IntStream.range(0, 366).mapToObj(day -> (double) (day * 37 % 1000)).toList();
        LineChart chart = new LineChart("days", "Plays per day", "summary",
                IntStream.range(0, 366).mapToObj(day -> "d" + day).toList(), "Day",
                List.of(new LineChart.Series("Plays", plays)), value -> String.valueOf((long) value));
        SvgDocument svg = SvgDocument.parse(chart.svg());
        svg.assertNothingUndrawableOrActive();
        List<double[]> points = SvgDocument.points(svg.elements("polyline").get(0));
        assertEquals(366, points.size());
        assertEquals(PlotFrame.LEFT, points.get(0)[0]);
        assertEquals(PlotFrame.RIGHT, points.get(365)[0]);
        double highest = points.stream().mapToDouble(point -> point[1]).min().orElseThrow();
        assertTrue(highest >= PlotFrame.TOP, "no point above the plot: " + highest);
        assertEquals("1000", Collections.max(axisLabels(svg), (one, other) -> Long.compare(Long.parseLong(one),
                Long.parseLong(other))));
        long dayLabels = svg.elements("text").stream().filter(text -> text.getTextContent().startsWith("d")).count();
        assertTrue(dayLabels <= PlotFrame.MAX_X_LABELS, dayLabels + " day labels");
        assertTrue(svg.elements("circle").size() < 100, "markers thinned: " + svg.elements("circle").size());
    }

    @Test
    void namesOfLinesEndingAtTheSameValueDoNotOverlap() {
        SvgDocument svg = SvgDocument.parse(chart(List.of(1.0, 2.0), List.of(1.0, 2.0), List.of(1.0, 2.0)).svg());
        List<Double> ys = svg.elements("text").stream()
                .filter(text -> List.of("Plays", "Listeners", "Downloads").contains(text.getTextContent()))
                .map(text -> Double.parseDouble(text.getAttribute("y"))).sorted().toList();
        assertEquals(3, ys.size());
        assertTrue(ys.get(1) - ys.get(0) >= 14 && ys.get(2) - ys.get(1) >= 14, "apart: " + ys);
    }

    @Test
    void seriesAndLabelsMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> new LineChart("x", "t", "s", List.of("a"), "Day",
                List.of(new LineChart.Series("Plays", List.of(1.0, 2.0))), String::valueOf));
        List<LineChart.Series> four = Collections.nCopies(4, new LineChart.Series("s", List.of(1.0)));
        assertThrows(IllegalArgumentException.class, () -> new LineChart("x", "t", "s", List.of("a"), "Day", four,
                String::valueOf));
    }

    @Test
    void negativeAndNotANumberValuesAreDrawnAsZero() {
        SvgDocument svg = SvgDocument.parse(chart(List.of(Double.NaN, -4.0, Double.POSITIVE_INFINITY), List.of(1.0, 1.0, 1.0),
                List.of(0.0, 0.0, 0.0)).svg());
        svg.assertNothingUndrawableOrActive();
        assertNotEquals(0, svg.elements("polyline").size());
    }

    private static LineChart chart(List<Double> plays, List<Double> listeners, List<Double> downloads) {
        List<String> labels = IntStream.range(0, plays.size()).mapToObj(day -> "Dec " + (day + 1)).toList();
        return new LineChart("chart-days", "Plays per day", "A summary", labels, "Day", List.of(
                new LineChart.Series("Plays", plays), new LineChart.Series("Listeners", listeners),
                new LineChart.Series("Downloads", downloads)), value -> String.valueOf(Math.round(value)));
    }

    /** The value axis's labels, bottom to top. */
    private static List<String> axisLabels(SvgDocument svg) {
        return svg.elements("text").stream().filter(text -> "end".equals(text.getAttribute("text-anchor")))
                .sorted((one, other) -> Double.compare(Double.parseDouble(other.getAttribute("y")),
                        Double.parseDouble(one.getAttribute("y"))))
                .map(Element::getTextContent).toList();
    }
}
