package dev.earmark.insights.control;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The drop-off curve as SVG: the share of plays still listening at each minute of the episode (0 to 100 %), with the
 * episode's chapter starts marked on the axis: a dashed line each and its number above the plot (the chapter's title
 * is the mark's own title, and the table beside the chart names them), numbers staggered where starts lie close.
 */
public final class DropOffChart {

    /** A chapter's mark: where it starts, in minutes of the episode, and its title. */
    public record Mark(double minute, String title) {
    }

    private static final double LABEL_ROOM = 16;

    private final String id;
    private final String title;
    private final String summary;
    private final List<Double> shares;
    private final List<String> minuteLabels;
    private final String minuteAxisName;
    private final List<Mark> marks;
    private final DoubleFunction<String> shareLabel;

    /**
     * @param shares a share from 0 to 1 per minute
     * @param minuteLabels a label per minute, of which every k-th is written on the axis
     * @param shareLabel how a share is written (a percentage in the viewer's locale)
     */
    public DropOffChart(String id, String title, String summary, List<Double> shares, List<String> minuteLabels,
            String minuteAxisName, List<Mark> marks, DoubleFunction<String> shareLabel) {
        if (shares.size() != minuteLabels.size()) {
            throw new IllegalArgumentException(shares.size() + " shares for " + minuteLabels.size() + " labels");
        }
        this.id = Svg.id(id);
        this.title = title;
        this.summary = summary;
        this.shares = shares;
        this.minuteLabels = minuteLabels;
        this.minuteAxisName = minuteAxisName;
        this.marks = marks;
        this.shareLabel = shareLabel;
    }

    public String svg() {
        double max = shares.stream().mapToDouble(Svg::drawable).max().orElse(0);
        PlotFrame frame = new PlotFrame(AxisScale.ofShares(max), shares.size());
        StringBuilder svg = new StringBuilder(4096);
        Svg.open(svg, id, "drop-off", PlotFrame.WIDTH, PlotFrame.HEIGHT, title, summary);
        frame.axes(svg, shareLabel, minuteLabels, minuteAxisName);
        marks(svg, frame);
        svg.append("<g class=\"chart-series chart-series-0\">");
        if (shares.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"")
                    .append(frame.points(shares)).append("\"/>");
        }
        int every = Math.max(1, (int) Math.ceil(shares.size() / 60.0));
        for (int i = 0; i < shares.size(); i += every) {
            Markers.write(svg, 0, frame.x(i), frame.y(shares.get(i)));
        }
        return svg.append("</g></svg>").toString();
    }

    private void marks(StringBuilder svg, PlotFrame frame) {
        svg.append("<g class=\"chart-marks\" font-size=\"11\" fill=\"currentColor\">");
        double lastX = Double.NEGATIVE_INFINITY;
        boolean raised = false;
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            if (!Double.isFinite(mark.minute()) || mark.minute() < 0 || mark.minute() > Math.max(0, shares.size() - 1)) {
                continue;
            }
            double x = frame.x(mark.minute());
            raised = x - lastX < LABEL_ROOM && !raised;
            lastX = x;
            String at = Svg.number(x);
            svg.append("<g class=\"chart-mark\"><title>").append(Svg.text((i + 1) + ". " + mark.title()))
                    .append("</title><line x1=\"").append(at).append("\" x2=\"").append(at).append("\" y1=\"")
                    .append(Svg.number(PlotFrame.TOP)).append("\" y2=\"").append(Svg.number(PlotFrame.BOTTOM))
                    .append("\" stroke=\"currentColor\" stroke-dasharray=\"3 3\"/><text x=\"").append(at)
                    .append("\" y=\"").append(Svg.number(PlotFrame.TOP - (raised ? 14 : 4)))
                    .append("\" text-anchor=\"middle\">").append(i + 1).append("</text></g>");
        }
        svg.append("</g>");
    }
}
