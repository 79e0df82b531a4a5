package dev.earmark.insights.control;

/** The point markers that tell series apart without colour: a circle, a square, a triangle. */
final class Markers {

    private Markers() {
    }

    static void write(StringBuilder svg, int series, double x, double y) {
        switch (series % 3) {
            case 0 -> svg.append("<circle cx=\"").append(Svg.number(x)).append("\" cy=\"").append(Svg.number(y))
                    .append("\" r=\"3.5\" fill=\"currentColor\"/>");
            case 1 -> svg.append("<rect x=\"").append(Svg.number(x - 3.5)).append("\" y=\"").append(Svg.number(y - 3.5))
                    .append("\" width=\"7\" height=\"7\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/>");
            default -> svg.append("<path d=\"M").append(Svg.number(x)).append(' ').append(Svg.number(y - 4.5))
                    .append(" L").append(Svg.number(x + 4.5)).append(' ').append(Svg.number(y + 3.5))
                    .append(" L").append(Svg.number(x - 4.5)).append(' ').append(Svg.number(y + 3.5))
                    .append(" Z\" fill=\"currentColor\"/>");
        }
    }
}
