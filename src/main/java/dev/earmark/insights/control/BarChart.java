package dev.earmark.insights.control;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars as SVG, a row per category (a place of listening, a client class, an episode), one bar per series
 * that has a value there. Readable without colour: the first series is solid, the second hatched, each bar's value
 * written at its end, its category named on the left (shortened; the table beside the chart has it whole), and with
 * two series a legend of the same fills.
 */
public final class BarChart {

    /** A row: its label and a value per series, null where the series has none (nothing drawn). */
    public record Category(String label, List<Double> values) {
    }

    private static final double WIDTH = 720;
    private static final double LABEL_WIDTH = 220;
    private static final double BAR_LEFT = LABEL_WIDTH + 8;
    private static final double BAR_RIGHT = WIDTH - 96;
    private static final double BAR_HEIGHT = 16;
    private static final double BAR_GAP = 4;
    private static final double CATEGORY_GAP = 12;
    private static final int LABEL_CHARACTERS = 34;

    private final String id;
    private final String title;
    private final String summary;
    private final List<String> seriesNames;
    private final List<Category> categories;
    private final DoubleFunction<String> valueLabel;
    private final boolean shares;

    /**
     * @param shares whether values are shares from 0 to 1 (else counts)
     * @param valueLabel how a value is written (the viewer's locale)
     */
    public BarChart(String id, String title, String summary, List<String> seriesNames, List<Category> categories,
            boolean shares, DoubleFunction<String> valueLabel) {
        if (seriesNames.isEmpty() || seriesNames.size() > 2) {
            throw new IllegalArgumentException("one or two series, not " + seriesNames.size());
        }
        categories.forEach(category -> {
            if (category.values().size() != seriesNames.size()) {
                throw new IllegalArgumentException(category.label() + " has " + category.values().size() + " values");
            }
        });
        this.id = Svg.id(id);
        this.title = title;
        this.summary = summary;
        this.seriesNames = seriesNames;
        this.categories = categories;
        this.shares = shares;
        this.valueLabel = valueLabel;
    }

    public String svg() {
        double max = categories.stream().flatMap(category -> category.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Svg::drawable).max().orElse(0);
        AxisScale scale = shares ? AxisScale.ofShares(max) : AxisScale.ofCounts(max);
        double top = seriesNames.size() > 1 ? 30 : 8;
        double height = top;
        for (Category category : categories) {
            height += Math.max(1, bars(category)) * (BAR_HEIGHT + BAR_GAP) + CATEGORY_GAP;
        }
        StringBuilder svg = new StringBuilder(4096);
        Svg.open(svg, id, "bars", WIDTH, Math.max(height, 40), title, summary);
        svg.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" ")
                .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" ")
                .append("y2=\"6\" stroke=\"currentColor\" stroke-width=\"3\"/></pattern></defs>");
        if (seriesNames.size() > 1) {
            legend(svg);
        }
        double y = top;
        svg.append("<g font-size=\"12\" fill=\"currentColor\">");
        for (Category category : categories) {
            int drawn = Math.max(1, bars(category));
            double rowHeight = drawn * (BAR_HEIGHT + BAR_GAP) - BAR_GAP;
            svg.append("<text class=\"chart-category\" x=\"").append(Svg.number(LABEL_WIDTH)).append("\" y=\"")
                    .append(Svg.number(y + rowHeight / 2 + 4)).append("\" text-anchor=\"end\">")
                    .append(Svg.text(Svg.shortened(category.label(), LABEL_CHARACTERS))).append("</text>");
            double barY = y;
            for (int s = 0; s < seriesNames.size(); s++) {
                Double value = category.values().get(s);
                if (value != null) {
                    bar(svg, s, barY, scale.fraction(Svg.drawable(value)) * (BAR_RIGHT - BAR_LEFT), value);
                    barY += BAR_HEIGHT + BAR_GAP;
                }
            }
            y += drawn * (BAR_HEIGHT + BAR_GAP) + CATEGORY_GAP;
        }
        svg.append("</g><line class=\"chart-axis\" x1=\"").append(Svg.number(BAR_LEFT)).append("\" x2=\"")
                .append(Svg.number(BAR_LEFT)).append("\" y1=\"").append(Svg.number(top - 4)).append("\" y2=\"")
                .append(Svg.number(y - CATEGORY_GAP + 4)).append("\" stroke=\"currentColor\"/>");
        return svg.append("</svg>").toString();
    }

    private static int bars(Category category) {
        return (int) category.values().stream().filter(Objects::nonNull).count();
    }

    private void bar(StringBuilder svg, int series, double y, double length, double value) {
        svg.append("<rect class=\"chart-bar chart-series-").append(series).append("\" x=\"").append(Svg.number(BAR_LEFT))
                .append("\" y=\"").append(Svg.number(y)).append("\" width=\"").append(Svg.number(Math.max(length, 1)))
                .append("\" height=\"").append(Svg.number(BAR_HEIGHT)).append("\" ").append(fill(series))
                .append("/><text class=\"chart-value\" x=\"").append(Svg.number(BAR_LEFT + Math.max(length, 1) + 6))
                .append("\" y=\"").append(Svg.number(y + BAR_HEIGHT - 4)).append("\">")
                .append(Svg.text(valueLabel.apply(Svg.drawable(value)))).append("</text>");
    }

    private void legend(StringBuilder svg) {
        svg.append("<g class=\"chart-legend\" font-size=\"12\" fill=\"currentColor\">");
        double x = BAR_LEFT;
        for (int s = 0; s < seriesNames.size(); s++) {
            svg.append("<rect class=\"chart-series-").append(s).append("\" x=\"").append(Svg.number(x))
                    .append("\" y=\"6\" width=\"14\" height=\"14\" ")
                    .append(fill(s)).append("/><text x=\"").append(Svg.number(x + 20)).append("\" y=\"18\">")
                    .append(Svg.text(Svg.shortened(seriesNames.get(s), 30))).append("</text>");
            x += 220;
        }
        svg.append("</g>");
    }

    /** Solid for the first series, hatched and outlined for the second. */
    private String fill(int series) {
        return series == 0 ? "fill=\"currentColor\""
                : "fill=\"url(#" + id + "-hatch)\" stroke=\"currentColor\" stroke-width=\"1\"";
    }
}
