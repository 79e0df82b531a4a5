package dev.earmark.platform.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * What a request's Range and If-Range headers select of a representation (RFC 9110, section 14). One
 * range is served as such; several are answered with the whole representation, which the RFC allows,
 * and so is a header that does not parse.
 */
public final class ByteRange {

    /** What to send. */
    public sealed interface Selection permits Whole, Part, Unsatisfiable {
    }

    public record Whole() implements Selection {
    }

    /** Bytes {@code first} to {@code last}, both included, as in a Content-Range header. */
    public record Part(long first, long last) implements Selection {

        public long length() {
            return last - first + 1;
        }

        public String contentRange(long completeLength) {
            return "bytes " + first + "-" + last + "/" + completeLength;
        }
    }

    public record Unsatisfiable() implements Selection {

        public static String contentRange(long completeLength) {
            return "bytes */" + completeLength;
        }
    }

    private static final String BYTES_UNIT = "bytes=";

    private ByteRange() {
    }

    /** Whether a Range header may be honoured: only if If-Range is absent or names the current version. */
    public static boolean ifRangeHolds(String ifRange, EntityTag current, Instant lastModified) {
        if (ifRange == null) {
            return true;
        }
        String validator = ifRange.strip();
        if (validator.startsWith("\"") || validator.startsWith("W/")) {
            return current.matchesStrongly(validator);
        }
        try {
            Instant date = ZonedDateTime.parse(validator, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return date.equals(lastModified.truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    /** The selection of a Range header, or {@link Whole} when there is none. */
    public static Selection select(String range, long completeLength) {
        if (range == null || !range.regionMatches(true, 0, BYTES_UNIT, 0, BYTES_UNIT.length())) {
            return new Whole();
        }
        String single = null;
        for (String element : range.substring(BYTES_UNIT.length()).split(",")) {
            // Lists may carry empty elements (RFC 9110, section 5.6.1), which mean nothing.
            String spec = element.strip();
            if (!spec.isEmpty()) {
                if (single != null) {
                    return new Whole();
                }
                single = spec;
            }
        }
        return single == null ? new Whole() : selectOne(single, completeLength);
    }

    private static Selection selectOne(String spec, long completeLength) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        String firstText = spec.substring(0, dash);
        String lastText = spec.substring(dash + 1);
        if (firstText.isEmpty()) {
            return suffix(lastText, completeLength);
        }
        if (!isDigits(firstText) || !(lastText.isEmpty() || isDigits(lastText))) {
            return new Whole();
        }
        long first = saturatedValue(firstText);
        long last = lastText.isEmpty() ? Long.MAX_VALUE : saturatedValue(lastText);
        if (last < first) {
            return new Whole();
        }
        if (first >= completeLength) {
            return new Unsatisfiable();
        }
        return new Part(first, Math.min(last, completeLength - 1));
    }

    /** The last n bytes; all of them if the representation is shorter. */
    private static Selection suffix(String lengthText, long completeLength) {
        if (!isDigits(lengthText)) {
            return new Whole();
        }
        long suffixLength = saturatedValue(lengthText);
        if (suffixLength == 0) {
            return new Unsatisfiable();
        }
        if (completeLength == 0) {
            return new Whole();
        }
        return new Part(Math.max(0, completeLength - suffixLength), completeLength - 1);
    }

    /** ASCII digits only: Long.parseLong would also take a sign and other scripts' digits. */
    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A position beyond any file is as good as Long.MAX_VALUE, and must not wrap around. */
    private static long saturatedValue(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                return Long.MAX_VALUE;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
