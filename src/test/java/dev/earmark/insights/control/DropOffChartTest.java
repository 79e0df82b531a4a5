package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class DropOffChartTest {

    @Test
    void theCurveRunsFromTheFullShareDownWithAChapterMarkAtEachStart() {
        List<Double> shares = List.of(1.0, 0.75, 0.5, 0.5, 0.25);
        DropOffChart chart = new DropOffChart("chart-drop-off", "Drop-off", "Of 4 plays…", shares, labels(5), "Minute",
                List.of(new DropOffChart.Mark(0, "Intro"), new DropOffChart.Mark(2.5, "Guest")), DropOffChartTest::percent);
        SvgDocument svg = SvgDocument.parse(chart.svg());
        svg.assertIsAnAccessibleImage("Drop-off");
        svg.assertNothingUndrawableOrActive();
        List<double[]> points = SvgDocument.points(svg.elements("polyline").get(0));
        assertEquals(PlotFrame.TOP, points.get(0)[1], "100 % at the top");
        assertEquals(PlotFrame.BOTTOM - (PlotFrame.BOTTOM - PlotFrame.TOP) * 0.25, points.get(4)[1], 0.1);
        List<Element> marks = svg.elements("g").stream().filter(g -> "chart-mark".equals(g.getAttribute("class"))).toList();
        assertEquals(2, marks.size());
        assertEquals("1. Intro", marks.get(0).getElementsByTagNameNS(Svg.NAMESPACE, "title").item(0).getTextContent());
        Element guestLine = (Element) marks.get(1).getElementsByTagNameNS(Svg.NAMESPACE, "line").item(0);
        assertEquals(PlotFrame.LEFT + 2.5 * (PlotFrame.RIGHT - PlotFrame.LEFT) / 4,
                Double.parseDouble(guestLine.getAttribute("x1")), 0.1);
        assertEquals("3 3", guestLine.getAttribute("stroke-dasharray"));
        assertEquals(List.of("0 %", "25 %", "50 %", "75 %", "100 %"), svg.elements("text").stream()
                .filter(text -> "end".equals(text.getAttribute("text-anchor"))).map(Element::getTextContent).sorted(
                        (one, other) -> Integer.compare(Integer.parseInt(one.split(" ")[0]),
                                Integer.parseInt(other.split(" ")[0])))
                .toList());
    }

    @Test
    void hostileChapterTitlesAreTextAndMarksBeyondTheEndAreLeftOut() {
        String hostile = "</title></g></svg><script>alert('chapter')</script>";
        String markup = new DropOffChart("x", hostile, hostile, List.of(0.5, 0.4), labels(2), hostile,
                List.of(new DropOffChart.Mark(1, hostile), new DropOffChart.Mark(7, "after the end"),
                        new DropOffChart.Mark(Double.NaN, "nowhere")), DropOffChartTest::percent).svg();
        SvgDocument svg = SvgDocument.parse(markup);
        svg.assertNothingUndrawableOrActive();
        assertFalse(markup.contains("<script"));
        List<Element> titles = svg.elements("title");
        assertEquals(2, titles.size(), "the chart's and one mark's");
        assertEquals("1. " + hostile, titles.get(1).getTextContent());
    }

    @Test
    void noMinutesAndOneMinuteDrawWithoutNaN() {
        SvgDocument none = SvgDocument.parse(new DropOffChart("x", "t", "s", List.of(), List.of(), "Minute",
                List.of(new DropOffChart.Mark(0, "Intro")), DropOffChartTest::percent).svg());
        none.assertNothingUndrawableOrActive();
        assertTrue(none.elements("polyline").isEmpty());
        SvgDocument one = SvgDocument.parse(new DropOffChart("x", "t", "s", List.of(0.8), labels(1), "Minute",
                List.of(new DropOffChart.Mark(0, "Intro")), DropOffChartTest::percent).svg());
        one.assertNothingUndrawableOrActive();
        assertEquals(1, one.elements("circle").size());
    }

    @Test
    void closeChapterStartsGetTheirNumbersStaggered() {
        SvgDocument svg = SvgDocument.parse(new DropOffChart("x", "t", "s", IntStream.range(0, 120).mapToObj(m -> 0.5)
                .toList(), labels(120), "Minute", List.of(new DropOffChart.Mark(10, "A"), new DropOffChart.Mark(10.5, "B")),
                DropOffChartTest::percent).svg());
        List<Double> ys = svg.elements("g").stream().filter(g -> "chart-mark".equals(g.getAttribute("class")))
                .map(g -> Double.parseDouble(((Element) g.getElementsByTagNameNS(Svg.NAMESPACE, "text").item(0))
                        .getAttribute("y")))
                .toList();
        assertEquals(2, ys.size());
        assertTrue(Math.abs(ys.get(0) - ys.get(1)) >= 10, "staggered: " + ys);
    }

    private static List<String> labels(int minutes) {
        return IntStream.range(0, minutes).mapToObj(minute -> minute + " min").toList();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
