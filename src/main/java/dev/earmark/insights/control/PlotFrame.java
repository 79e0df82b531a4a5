package dev.earmark.insights.control;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The frame the line charts draw in: a view box of fixed size, a value axis on the left with its grid lines and
 * labels, points spread evenly along the bottom (a single point in the middle) with at most
 * {@link #MAX_X_LABELS} labels, and room on the right for the lines' own labels.
 */
final class PlotFrame {

    static final double WIDTH = 720;
    static final double HEIGHT = 300;
    static final double LEFT = 64;
    static final double RIGHT = WIDTH - 112;
    static final double TOP = 28;
    static final double BOTTOM = HEIGHT - 44;
    static final int MAX_X_LABELS = 8;

    private final AxisScale scale;
    private final int points;

    PlotFrame(AxisScale scale, int points) {
        this.scale = scale;
        this.points = points;
    }

    double x(double index) {
        return points <= 1 ? (LEFT + RIGHT) / 2 : LEFT + index * (RIGHT - LEFT) / (points - 1);
    }

    double y(double value) {
        return BOTTOM - scale.fraction(Svg.drawable(value)) * (BOTTOM - TOP);
    }

    /** Grid lines and labels of the value axis, the base line, and the labels of every k-th point. */
    void axes(StringBuilder svg, DoubleFunction<String> valueLabel, List<String> pointLabels, String pointAxisName) {
        svg.append("<g class=\"chart-grid\">");
        for (double tick : scale.ticks()) {
            String y = Svg.number(y(tick));
            svg.append("<line x1=\"").append(Svg.number(LEFT)).append("\" x2=\"").append(Svg.number(RIGHT))
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>");
        }
        svg.append("</g><g class=\"chart-axis-labels\" font-size=\"12\" fill=\"currentColor\">");
        for (double tick : scale.ticks()) {
            svg.append("<text x=\"").append(Svg.number(LEFT - 8)).append("\" y=\"").append(Svg.number(y(tick) + 4))
                    .append("\" text-anchor=\"end\">").append(Svg.text(valueLabel.apply(tick))).append("</text>");
        }
        int every = Math.max(1, (int) Math.ceil(pointLabels.size() / (double) MAX_X_LABELS));
        for (int i = 0; i < pointLabels.size(); i += every) {
            svg.append("<text x=\"").append(Svg.number(x(i))).append("\" y=\"").append(Svg.number(BOTTOM + 18))
                    .append("\" text-anchor=\"middle\">").append(Svg.text(pointLabels.get(i))).append("</text>");
        }
        svg.append("<text x=\"").append(Svg.number((LEFT + RIGHT) / 2)).append("\" y=\"").append(Svg.number(HEIGHT - 6))
                .append("\" text-anchor=\"middle\" class=\"chart-axis-name\">").append(Svg.text(pointAxisName))
                .append("</text></g>");
        svg.append("<line class=\"chart-axis\" x1=\"").append(Svg.number(LEFT)).append("\" x2=\"")
                .append(Svg.number(RIGHT)).append("\" y1=\"").append(Svg.number(BOTTOM)).append("\" y2=\"")
                .append(Svg.number(BOTTOM)).append("\" stroke=\"currentColor\"/>");
    }

    /** A polyline through the values, one per point. */
    String points(List<Double> values) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            path.append(i == 0 ? "" : " ").append(Svg.number(x(i))).append(',').append(Svg.number(y(values.get(i))));
        }
        return path.toString();
    }
}
