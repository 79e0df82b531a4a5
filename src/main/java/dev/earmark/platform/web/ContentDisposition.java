package dev.earmark.platform.web;

import java.nio.charset.StandardCharsets;

/**
 * Content-Disposition values naming a file in any script (RFC 6266 with the RFC 8187 encoding), with a plain ASCII
 * name first for clients that read only that one (RFC 6266, 4.3: "filename" before "filename*").
 */
public final class ContentDisposition {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDisposition() {
    }

    /** Shown in the browser, saved under {@code fileName} if the listener chooses to. */
    public static String inline(String fileName) {
        return "inline; " + names(fileName);
    }

    /** Saved as {@code fileName} rather than shown: a download the listener asked for. */
    public static String attachment(String fileName) {
        return "attachment; " + names(fileName);
    }

    private static String names(String fileName) {
        return "filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** Printable ASCII but the quoted string's own quote and backslash; any other character an underscore. */
    private static String ascii(String value) {
        StringBuilder ascii = new StringBuilder(value.length());
        value.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }

    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            if (isAttrChar(b)) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || "!#$&+-.^_`|~".indexOf(b) >= 0;
    }
}
