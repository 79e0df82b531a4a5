package dev.earmark.insights.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A line chart of a few series over the same points (plays, listeners and downloads per day), drawn on the server as
 * SVG. Readable without colour: each series has its own dash pattern and marker shape, and its name stands at the
 * end of its line (moved apart where ends meet) rather than in a legend keyed by colour.
 */
public final class LineChart {

    /** A named series with one value per point. */
    public record Series(String name, List<Double> values) {
    }

    /** Dash patterns and markers, one per series in order. */
    private static final List<String> DASHES = List.of("", "8 4", "2 3");
    private static final int MARKERS_UP_TO = 62;
    private static final double LABEL_GAP = 14;

    private final String id;
    private final String title;
    private final String summary;
    private final List<String> pointLabels;
    private final String pointAxisName;
    private final List<Series> series;
    private final DoubleFunction<String> valueLabel;

    /**
     * @param pointLabels a label per point (a day), of which every k-th is written on the axis
     * @param valueLabel how a value is written (the viewer's locale)
     */
    public LineChart(String id, String title, String summary, List<String> pointLabels, String pointAxisName,
            List<Series> series, DoubleFunction<String> valueLabel) {
        if (series.size() > DASHES.size()) {
            throw new IllegalArgumentException("at most " + DASHES.size() + " series can be told apart");
        }
        series.forEach(one -> {
            if (one.values().size() != pointLabels.size()) {
                throw new IllegalArgumentException(one.name() + " has " + one.values().size() + " values for "
                        + pointLabels.size() + " points");
            }
        });
        this.id = Svg.id(id);
        this.title = title;
        this.summary = summary;
        this.pointLabels = pointLabels;
        this.pointAxisName = pointAxisName;
        this.series = series;
        this.valueLabel = valueLabel;
    }

    public String svg() {
        double max = series.stream().flatMap(one -> one.values().stream()).mapToDouble(Svg::drawable).max().orElse(0);
        PlotFrame frame = new PlotFrame(AxisScale.ofCounts(max), pointLabels.size());
        StringBuilder svg = new StringBuilder(4096);
        Svg.open(svg, id, "line", PlotFrame.WIDTH, PlotFrame.HEIGHT, title, summary);
        frame.axes(svg, valueLabel, pointLabels, pointAxisName);
        for (int s = 0; s < series.size(); s++) {
            line(svg, frame, s);
        }
        labels(svg, frame);
        return svg.append("</svg>").toString();
    }

    private void line(StringBuilder svg, PlotFrame frame, int index) {
        List<Double> values = series.get(index).values();
        svg.append("<g class=\"chart-series chart-series-").append(index).append("\">");
        if (values.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"");
            if (!DASHES.get(index).isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(DASHES.get(index)).append('"');
            }
            svg.append(" points=\"").append(frame.points(values)).append("\"/>");
        }
        int every = values.size() <= MARKERS_UP_TO ? 1 : (int) Math.ceil(values.size() / (double) MARKERS_UP_TO);
        for (int i = 0; i < values.size(); i += every) {
            Markers.write(svg, index, frame.x(i), frame.y(values.get(i)));
        }
        svg.append("</g>");
    }

    /** Each series' name beside its last point, pushed apart so that no two overlap. */
    private void labels(StringBuilder svg, PlotFrame frame) {
        record Label(int series, double y) {
        }
        List<Label> labels = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            List<Double> values = series.get(s).values();
            labels.add(new Label(s, values.isEmpty() ? PlotFrame.BOTTOM : frame.y(values.get(values.size() - 1))));
        }
        labels.sort(Comparator.comparingDouble(Label::y));
        double previous = Double.NEGATIVE_INFINITY;
        svg.append("<g class=\"chart-line-labels\" font-size=\"12\" fill=\"currentColor\">");
        for (Label label : labels) {
            double y = Math.max(label.y(), previous + LABEL_GAP);
            previous = y;
            double x = PlotFrame.RIGHT + 10;
            svg.append("<g class=\"chart-series-").append(label.series()).append("\">");
            Markers.write(svg, label.series(), x + 4, y - 4);
            svg.append("<text x=\"").append(Svg.number(x + 12)).append("\" y=\"").append(Svg.number(y)).append("\">")
                    .append(Svg.text(Svg.shortened(series.get(label.series()).name(), 14))).append("</text></g>");
        }
        svg.append("</g>");
    }
}
