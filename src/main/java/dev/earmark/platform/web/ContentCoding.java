package dev.earmark.platform.web;

import java.util.Enumeration;
import java.util.Locale;

/** Which answers are worth compressing and whether the client takes gzip (RFC 9110, sections 8.4 and 12.5.3). */
public final class ContentCoding {

    static final String GZIP = "gzip";

    private ContentCoding() {
    }

    /**
     * Whether the {@code Accept-Encoding} headers allow gzip: named (or as {@code x-gzip}) with a weight above 0,
     * or not named and {@code *} above 0. No header at all means no coding was asked for.
     */
    public static boolean acceptsGzip(Enumeration<String> acceptEncoding) {
        double gzip = -1;
        double any = -1;
        while (acceptEncoding.hasMoreElements()) {
            for (String element : acceptEncoding.nextElement().split(",")) {
                String[] parts = element.split(";");
                String coding = parts[0].strip().toLowerCase(Locale.ROOT);
                if (coding.equals(GZIP) || coding.equals("x-gzip")) {
                    gzip = Math.max(gzip, weight(parts));
                } else if (coding.equals("*")) {
                    any = Math.max(any, weight(parts));
                }
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }

    /** The {@code q} parameter, 1 when absent; one that is not a number counts as 0, which refuses. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException notAWeight) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /**
     * Text in any of its forms (pages, JSON, scripts, style sheets, XML, WebVTT). Audio, video and images are
     * compressed already, and gzip would only cost time; {@code image/svg+xml} stays an image.
     */
    static boolean isCompressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.startsWith("text/")
                || type.equals("application/json") || type.equals("application/javascript")
                || type.equals("application/xml")
                || (type.startsWith("application/") && (type.endsWith("+json") || type.endsWith("+xml")));
    }

    /**
     * A strong tag names one exact sequence of bytes, so the compressed body may not carry the identity body's
     * (RFC 9110, section 8.8.3); the weak form still revalidates, since If-None-Match compares weakly.
     */
    static String weakened(String entityTag) {
        return entityTag.startsWith("W/") ? entityTag : "W/" + entityTag;
    }
}
