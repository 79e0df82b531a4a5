package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class BarChartTest {

    @Test
    void twoSeriesAreSolidAndHatchedWithALegendAndEachValueWritten() {
        BarChart chart = new BarChart("chart-clients", "Devices", "Desktop: 8 plays", List.of("Plays", "Downloads"), List.of(
                new BarChart.Category("Desktop", List.of(8.0, 2.0)), new BarChart.Category("Mobile", List.of(4.0, 0.0))),
                false, value -> String.valueOf(Math.round(value)));
        SvgDocument svg = SvgDocument.parse(chart.svg());
        svg.assertIsAnAccessibleImage("Devices");
        svg.assertNothingUndrawableOrActive();
        List<Element> bars = svg.elements("rect").stream().filter(rect -> rect.getAttribute("class").contains("chart-bar"))
                .toList();
        assertEquals(4, bars.size());
        assertEquals("currentColor", bars.get(0).getAttribute("fill"));
        assertEquals("url(#chart-clients-hatch)", bars.get(1).getAttribute("fill"));
        assertEquals(1, svg.elements("pattern").size());
        assertEquals("chart-clients-hatch", svg.elements("pattern").get(0).getAttribute("id"));
        double eight = Double.parseDouble(bars.get(0).getAttribute("width"));
        double four = Double.parseDouble(bars.get(2).getAttribute("width"));
        assertEquals(eight / 2, four, 0.1, "lengths in proportion");
        List<String> texts = svg.elements("text").stream().map(Element::getTextContent).toList();
        assertTrue(texts.containsAll(List.of("Plays", "Downloads", "Desktop", "Mobile", "8", "2", "4", "0")), texts.toString());
    }

    @Test
    void aCategoryWithOneSeriesHasOneBarAndLongHostileNamesAreShortenedText() {
        String origin = "https://portal.example.com/</svg><script>alert(1)</script>/and/a/very/long/path";
        String markup = new BarChart("chart-places", "Where", "summary", List.of("Plays", "Downloads"), List.of(
                new BarChart.Category(origin, Arrays.asList(3.0, null)),
                new BarChart.Category("Podcast app", Arrays.asList(null, 5.0))), false, String::valueOf).svg();
        SvgDocument svg = SvgDocument.parse(markup);
        svg.assertNothingUndrawableOrActive();
        assertFalse(markup.contains("<script"));
        assertEquals(2, svg.elements("rect").stream().filter(rect -> rect.getAttribute("class").contains("chart-bar"))
                .count());
        String label = svg.elements("text").stream().filter(text -> "chart-category".equals(text.getAttribute("class")))
                .findFirst().orElseThrow().getTextContent();
        assertTrue(origin.startsWith(label.substring(0, label.length() - 1)) && label.endsWith("\u2026"), label);
    }

    @Test
    void sharesUpToAHundredPercentAndNothingAtAllDrawWithoutNaN() {
        SvgDocument shares = SvgDocument.parse(new BarChart("x", "t", "s", List.of("Completion"), List.of(
                new BarChart.Category("One", List.of(1.0)), new BarChart.Category("Two", List.of(0.5))), true,
                String::valueOf).svg());
        shares.assertNothingUndrawableOrActive();
        SvgDocument none = SvgDocument.parse(new BarChart("x", "t", "s", List.of("Plays"), List.of(), false,
                String::valueOf).svg());
        none.assertNothingUndrawableOrActive();
        SvgDocument zeros = SvgDocument.parse(new BarChart("x", "t", "s", List.of("Plays"), List.of(
                new BarChart.Category("Zero", List.of(0.0)), new BarChart.Category("NaN", List.of(Double.NaN))), false,
                String::valueOf).svg());
        zeros.assertNothingUndrawableOrActive();
    }

    @Test
    void valuesMustMatchTheSeries() {
        assertThrows(IllegalArgumentException.class, () -> new BarChart("x", "t", "s", List.of("Plays"), List.of(
                new BarChart.Category("A", List.of(1.0, 2.0))), false, String::valueOf));
        assertThrows(IllegalArgumentException.class, () -> new BarChart("x", "t", "s", List.of("a", "b", "c"), List.of(),
                false, String::valueOf));
    }
}
