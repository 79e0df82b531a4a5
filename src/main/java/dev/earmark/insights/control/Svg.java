package dev.earmark.insights.control;

import java.util.Locale;

/**
 * The pieces of the charts' SVG markup. Every text a chart shows goes through {@link #text}: titles of shows and
 * chapters and portals' origins are other people's data, and the markup is put into the page as it is. Characters
 * that XML 1.0 does not allow at all (most control characters, lone surrogates, U+FFFE and U+FFFF) are dropped, as
 * no escaping can carry them. Coordinates are finite by construction; {@link #number} refuses anything else rather
 * than writing "NaN" into a path.
 */
public final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private Svg() {
    }

    /** Text as element content or attribute value (quotes escaped too). */
    public static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                escaped.append(c).append(value.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowed(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A text cut to {@code max} characters (code points) with an ellipsis, for labels beside a bar. */
    public static String shortened(String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    /** A coordinate: one decimal at most, no exponent, never NaN or infinite. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a coordinate: " + value);
        }
        String formatted = String.format(Locale.ROOT, "%.1f", value);
        return formatted.endsWith(".0") ? formatted.substring(0, formatted.length() - 2) : formatted;
    }

    /** A value the charts can draw: NaN and infinities count as nothing, negatives as zero. */
    static double drawable(Double value) {
        return value == null || !Double.isFinite(value) || value < 0 ? 0 : value;
    }

    /** An id made of letters, digits and hyphens only, as ids are written into attributes and references. */
    static String id(String value) {
        String id = value.replaceAll("[^A-Za-z0-9-]", "-");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "chart-" + id : id;
    }

    /** The root element's opening: sized by its view box, an image for assistive technology named by title and desc. */
    static void open(StringBuilder svg, String id, String kind, double width, double height, String title, String summary) {
        svg.append("<svg xmlns=\"").append(NAMESPACE).append("\" class=\"chart chart-").append(kind)
                .append("\" id=\"").append(id).append("\" viewBox=\"0 0 ").append(number(width)).append(' ')
                .append(number(height)).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\"><title id=\"").append(id).append("-title\">").append(text(title))
                .append("</title><desc id=\"").append(id).append("-desc\">").append(text(summary)).append("</desc>");
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
